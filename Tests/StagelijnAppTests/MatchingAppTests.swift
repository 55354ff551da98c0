import Fluent
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Matching in the app: wishes, runs, overrides, publishing, declines")
struct MatchingAppTests {
    @Test func aStudentRanksOwnWishesButNotSomeoneElses() async throws {
        try await withTestApp { app, f, _ in
            let student = Browser(app)
            try await student.login("student")
            let page = try await student.get("/leerlingen/\(f.ownStudent)/voorkeuren?periode=\(f.periodA1)")
            #expect(page.status == .ok)
            #expect(page.body.contains("Bakkerij Alkmaar — Medewerker bakkerij"))
            let saved = try await student.post("/leerlingen/\(f.ownStudent)/voorkeuren",
                                               [("periodID", f.periodA1.uuidString), ("mode", "plaatsen"), ("choice1", f.positionA.uuidString)])
            #expect(saved.status == .seeOther)
            #expect(try await StudentPreferenceModel.query(on: app.db).filter(\.$student.$id == f.ownStudent).count() == 1)
            #expect(try await student.get("/leerlingen/\(f.otherStudent)/voorkeuren").status == .notFound)
            // A position of another board is never offered and cannot be posted.
            let foreign = try await student.post("/leerlingen/\(f.ownStudent)/voorkeuren",
                                                 [("periodID", f.periodA1.uuidString), ("mode", "plaatsen"), ("choice1", f.positionB.uuidString)])
            #expect(foreign.status == .badRequest)
            #expect(foreign.body.contains("Deze stageplaats past niet bij de leerling of bestaat niet."))
        }
    }

    @Test func rankingSectorsExpandsToEligiblePositions() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let saved = try await coordinator.post("/leerlingen/\(f.otherStudent)/voorkeuren",
                                                   [("periodID", f.periodA1.uuidString), ("mode", "sectoren"), ("sector1", "voedsel")])
            #expect(saved.status == .seeOther)
            let wishes = try await StudentPreferenceModel.query(on: app.db).filter(\.$student.$id == f.otherStudent).all()
            #expect(wishes.map(\.$position.id) == [f.positionA])
        }
    }

    @Test func theCoordinatorRunsComparesOverridesAndPublishes() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/leerlingen/\(f.otherStudent)/voorkeuren",
                                       [("periodID", f.periodA1.uuidString), ("mode", "plaatsen"), ("choice1", f.positionA.uuidString)])
            #expect(try await coordinator.post("/matching/berekenen", [("periodID", f.periodA1.uuidString)]).status == .seeOther)
            let runs = try await MatchingRunModel.query(on: app.db).all()
            #expect(Set(runs.map(\.algorithm)) == ["deferred-acceptance", "optimal"])
            let index = try await coordinator.get("/matching?periode=\(f.periodA1)")
            #expect(index.body.contains("Stabiele indeling") && index.body.contains("Zoveel mogelijk geplaatst"))
            let run = try #require(runs.first { $0.algorithm == "deferred-acceptance" })
            let runID = try run.requireID()
            let detail = try await coordinator.get("/matching/runs/\(runID)")
            #expect(detail.body.contains("Noor Bakker"))
            #expect(detail.body.contains("Bakkerij Alkmaar — Medewerker bakkerij"))

            let short = try await coordinator.post("/matching/runs/\(runID)/aanpassen",
                                                   [("studentID", f.otherStudent.uuidString), ("positionID", ""), ("reason", "nee")])
            #expect(short.status == .badRequest)
            #expect(try await coordinator.post("/matching/runs/\(runID)/aanpassen", [
                ("studentID", f.otherStudent.uuidString), ("positionID", f.positionA.uuidString), ("reason", "Besproken met ouders en mentor"),
            ]).status == .seeOther)

            #expect(try await coordinator.post("/matching/runs/\(runID)/publiceren").status == .seeOther)
            let created = try await PlacementModel.query(on: app.db).filter(\.$student.$id == f.otherStudent).all()
            #expect(created.map(\.status) == [.proposed])
            #expect(created.first?.$position.id == f.positionA)
            #expect(try await coordinator.post("/matching/runs/\(runID)/publiceren").status == .badRequest)
            // The other run of the same period cannot be published any more.
            let other = try #require(runs.first { $0.algorithm == "optimal" })
            let second = try await coordinator.post("/matching/runs/\(try other.requireID())/publiceren")
            #expect(second.status == .conflict && second.body.contains("al een indeling gepubliceerd"))
            // Publishing tells the mentor of the class (Noor is in mentor2's class), without code words.
            let messages = try await OutboxMessageModel.query(on: app.db).all()
            #expect(messages.contains { $0.recipient == Fixture.email("mentor2") && $0.body.contains("Noor Bakker") })
            let history = try await PlacementStatusChangeModel.query(on: app.db).filter(\.$placement.$id == (created.first?.id ?? UUID())).all()
            #expect(history.allSatisfy { !$0.reason.contains("seed") && !$0.reason.contains("deferred") })
        }
    }

    @Test func aCompanyDeclineNeedsAReasonAndIsCounted() async throws {
        try await withTestApp { app, f, _ in
            let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
            placement.status = .introduction
            try await placement.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let missing = try await coordinator.post("/stages/\(f.placementA1)/afwijzing", [("declineReason", "houding"), ("explanation", "")])
            #expect(missing.status == .badRequest)
            let done = try await coordinator.post("/stages/\(f.placementA1)/afwijzing",
                                                  [("declineReason", "houding"), ("explanation", "Kwam te laat op het gesprek")])
            #expect(done.status == .seeOther)
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .terminated)
            let overview = try await coordinator.get("/matching/overzicht?periode=\(f.periodA1)")
            #expect(overview.status == .ok)
            #expect(overview.body.contains("Bakkerij Alkmaar"))
            #expect(overview.body.contains("werkhouding in het gesprek: 1"))
            #expect(overview.body.contains("met extra ondersteuning"))
        }
    }

    @Test func onlyTheCoordinatorMatchesAndOnlyForTheOwnSchool() async throws {
        try await withTestApp { app, f, _ in
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.get("/matching").status == .forbidden)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/matching/berekenen", [("periodID", f.periodA1.uuidString)])
            let run = try #require(try await MatchingRunModel.query(on: app.db).first())
            let other = Browser(app)
            try await other.login("coordinatorB1")
            #expect(try await other.get("/matching/runs/\(run.requireID())").status == .notFound)
            #expect(try await other.post("/matching/berekenen", [("periodID", f.periodA1.uuidString)]).status == .badRequest)
        }
    }
}
