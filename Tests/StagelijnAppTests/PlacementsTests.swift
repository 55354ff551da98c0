import Fluent
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Placements and their status history")
struct PlacementsTests {
    @Test func proposingAPlacementChecksCapacityAndAge() async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            // The own student already has an open placement in period A1.
            let duplicate = try await browser.post("/stages", [("studentID", fixture.ownStudent.uuidString),
                ("positionID", fixture.positionA.uuidString), ("periodID", fixture.periodA1.uuidString)])
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.body.contains("heeft in deze periode al een stage"))

            let created = try await browser.post("/stages", [("studentID", fixture.otherStudent.uuidString),
                ("positionID", fixture.positionA.uuidString), ("periodID", fixture.periodA1.uuidString)])
            #expect(created.status == .seeOther)
            #expect(try await PlacementModel.query(on: app.db).filter(\.$student.$id == fixture.otherStudent).count() == 1)
        }
    }

    @Test func aPositionOfAnotherBoardCannotBeUsed() async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let page = try await browser.post("/stages", [("studentID", fixture.otherStudent.uuidString),
                ("positionID", fixture.positionB.uuidString), ("periodID", fixture.periodA1.uuidString)])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("Kies een bestaande stageplaats."))
        }
    }

    @Test func endingAPlacementNeedsAReasonAndIsKeptInTheHistory() async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let path = "/stages/\(fixture.placementA1)/status"
            let noReason = try await browser.post(path, [("status", "terminated"), ("reason", " ")])
            #expect(noReason.status == .badRequest)
            #expect(noReason.body.contains("Geef een reden op"))

            let skipping = try await browser.post(path, [("status", "completed"), ("reason", "")])
            #expect(skipping.status == .badRequest, "voorstel cannot jump to afgerond")

            let ended = try await browser.post(path, [("status", "terminated"), ("reason", "Leerling voelde zich niet veilig")])
            #expect(ended.status == .seeOther)
            let placement = try #require(try await PlacementModel.find(fixture.placementA1, on: app.db))
            #expect(placement.status == .terminated)
            let history = try await PlacementStatusChangeModel.query(on: app.db).filter(\.$placement.$id == fixture.placementA1).all()
            #expect(history.contains { $0.toStatus == .terminated && $0.reason == "Leerling voelde zich niet veilig"
                && $0.$changedBy.id == fixture.users["coordinator"] })
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entityID == fixture.placementA1).count() == 1)
            #expect(try await browser.get("/stages/\(fixture.placementA1)").body.contains("Leerling voelde zich niet veilig"))
        }
    }
}

@Suite("The status form of a placement")
struct PlacementStatusFormTests {
    @Test func nothingIsPreselectedAndARefusedChangeKeepsTheChoice() async throws {
        try await withTestApp { app, f, _ in
            let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
            placement.status = .active
            try await placement.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let page = try await coordinator.get("/stages/\(f.placementA1)")
            #expect(page.body.contains("kies de nieuwe status"))
            #expect(!page.body.contains("<option value=\"completed\" selected"))
            // Ending early without a reason is refused; the form comes back with "afgebroken" still chosen.
            let refused = try await coordinator.post("/stages/\(f.placementA1)/status", [("status", "terminated"), ("reason", "")])
            #expect(refused.status == .badRequest)
            #expect(refused.body.contains("<option value=\"terminated\" selected=\"selected\""))
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .active)
        }
    }
}

@Suite("Proposing a stage for a chosen student")
struct PlacementProposalFormTests {
    @Test func onlyPlacesTheStudentMayTakeAreOfferedAndTheyCanBeToldApart() async throws {
        try await withTestApp { app, f, _ in
            // A second place at the same company, only for adults: the fixture's students are 16.
            let adult = PositionModel()
            adult.$company.id = f.companyA
            adult.apply(PositionInput(companyReference: nil, title: "Medewerker bakkerij", sector: .food, capacity: 1,
                                      daysPerWeek: 3, hoursPerDay: 7, minimumAge: 18, requiredCertificates: [], description: nil))
            try await adult.create(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let any = try await coordinator.get("/stages/nieuw")
            #expect(any.body.contains("vanaf 18 jaar") && any.body.contains("2 × 6 uur, vanaf 14 jaar"))
            let forStudent = try await coordinator.get("/stages/nieuw?leerling=\(f.otherStudent)")
            #expect(forStudent.body.contains("2 × 6 uur, vanaf 14 jaar"))
            #expect(!forStudent.body.contains("vanaf 18 jaar"), "a place the student is too young for is not offered")
        }
    }
    /// A board has thousands of places; the form offers at most `maximumPositions`, says so, and narrows by sector or
    /// search, and a refused form keeps the place that was chosen even when it is not in the first part of the list.
    @Test func aBoardsThousandsOfPlacesAreNarrowedBySectorOrSearch() async throws {
        try await withTestApp { app, f, _ in
            func company(_ name: String, city: String, sector: Sector) async throws -> UUID {
                let model = CompanyModel()
                model.$board.id = f.boardA
                model.apply(CompanyInput(name: name, street: "Dorpsstraat 1", postcode: "1500 AA", city: city,
                                         location: GeoPoint(lat: 52.44, lon: 4.82), sectors: [sector], sbbNumber: "654321",
                                         sbbStatus: .recognised, contactName: "An", contactEmail: nil, contactPhone: nil,
                                         isDeliveryService: false, notes: nil))
                try await model.create(on: app.db)
                return try model.requireID()
            }
            func position(_ company: UUID, _ title: String, _ sector: Sector) -> PositionModel {
                let model = PositionModel()
                model.$company.id = company
                model.apply(PositionInput(companyReference: nil, title: title, sector: sector, capacity: 1, daysPerWeek: 2,
                                          hoursPerDay: 6, minimumAge: 14, requiredCertificates: [], description: nil))
                return model
            }
            // "Aa Groothandel" sorts first with as many places as the form offers; the pool in Zaandam comes after them.
            let wholesale = try await company("Aa Groothandel", city: "Alkmaar", sector: .food)
            try await (1...PlacementFormPage.maximumPositions).map { position(wholesale, "Orderpicker \($0)", .food) }.create(on: app.db)
            let pool = position(try await company("Zwembad De Golf", city: "Zaandam", sector: .green), "Medewerker zwembad", .green)
            try await pool.create(on: app.db)
            let poolID = try pool.requireID().uuidString

            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let first = try await coordinator.get("/stages/nieuw")
            #expect(first.body.contains("Er zijn meer dan \(PlacementFormPage.maximumPositions) stageplaatsen"))
            #expect(!first.body.contains("Medewerker zwembad"), "beyond the first part of the list")
            #expect(first.body.components(separatedBy: "<option").count - 1 <= PlacementFormPage.maximumPositions + 20)
            for narrowed in ["/stages/nieuw?zoek=Zaandam", "/stages/nieuw?sector=\(Sector.green.rawValue)&leerling=\(f.otherStudent)"] {
                let page = try await coordinator.get(narrowed)
                #expect(page.body.contains("Medewerker zwembad"), "\(narrowed)")
                #expect(!page.body.contains("Er zijn meer dan"), "\(narrowed)")
                #expect(!page.body.contains("Orderpicker 1,"), "\(narrowed)")
            }
            // The student chosen on the student page stays chosen while the places are narrowed.
            #expect(try await coordinator.get("/stages/nieuw?sector=\(Sector.green.rawValue)&leerling=\(f.otherStudent)").body
                .contains("value=\"\(f.otherStudent)\" selected"))
            // The list of places pages through the board's places; the totals count all pages, in SQL.
            let boardCompanies = try await CompanyModel.query(on: app.db).filter(\.$board.$id == f.boardA).all().map { try $0.requireID() }
            let boardPlaces = try await PositionModel.query(on: app.db).filter(\.$company.$id ~~ boardCompanies).all()
            let list = try await coordinator.get("/stageplaatsen")
            #expect(list.body.contains("\(boardPlaces.count) stageplaatsen, samen \(boardPlaces.reduce(0) { $0 + $1.capacity }) plaatsen"))
            let pages = (boardPlaces.count + PositionListPage.perPage - 1) / PositionListPage.perPage
            #expect(list.body.contains("Pagina 1 van \(pages)") && !list.body.contains("Medewerker zwembad"))
            #expect(try await coordinator.get("/stageplaatsen?pagina=\(pages)").body.contains("Medewerker zwembad"), "the last company on the last page")
            let searched = try await coordinator.get("/stageplaatsen?q=Zaandam")
            #expect(searched.body.contains("1 stageplaats, samen 1 plaats") && searched.body.contains("Medewerker zwembad"))
            // A refused form (no period) keeps the chosen place, though it is not among the first places.
            let refused = try await coordinator.post("/stages", [("studentID", f.otherStudent.uuidString), ("positionID", poolID)])
            #expect(refused.status == .badRequest)
            #expect(refused.body.contains("value=\"\(poolID)\" selected"))
        }
    }
}
