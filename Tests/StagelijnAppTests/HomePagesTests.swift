import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// Issue 10: every role's home page answers "what needs my attention now" with that person's own items, and no role
/// sees totals that are not theirs.
@Suite("Home page per role")
struct HomePagesTests {
    @Test func theStudentSeesOwnStageAndNoSchoolFigures() async throws {
        try await withTestApp { app, f, _ in
            let student = Browser(app)
            try await student.login("student")
            let page = try await student.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("Mijn stage") && page.body.contains("Bakkerij Alkmaar") && page.body.contains("Medewerker bakkerij"))
            #expect(page.body.contains("Wat nu?"))
            #expect(!page.body.contains("Noor Bakker") && !page.body.contains("leerjaar 3 heeft een stage"))
            #expect(!page.body.contains(" u ") || page.body.contains("je"), "students are addressed with je")
        }
    }

    @Test func theParentSeesTheChildsStageAndWhatToSign() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // Agreement sent: the parent of a minor is asked to sign.
            try await setStatus(app, f.placementA1, .agreement)
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            let agreement = try #require(try await AgreementModel.query(on: app.db).filter(\.$placement.$id == f.placementA1).first())
            agreement.sentAt = Fixture.now
            try await agreement.save(on: app.db)
            let parent = Browser(app)
            try await parent.login("parent")
            let page = try await parent.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("De stage van Sem de Vries") && page.body.contains("Bakkerij Alkmaar"))
            #expect(page.body.contains("Teken de stageovereenkomst van uw kind"))
            #expect(!page.body.contains("Noor Bakker"))
        }
    }

    @Test func theMentorSeesOwnClassWithStageStatus() async throws {
        try await withTestApp { app, f, _ in
            let mentor2 = Browser(app)
            try await mentor2.login("mentor2")
            let page = try await mentor2.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("Mijn klas") && page.body.contains("Noor Bakker") && page.body.contains("nog geen stage"))
            #expect(!page.body.contains("Sem de Vries"))
            #expect(page.body.contains("1 leerling heeft nu aandacht nodig"))
        }
    }

    @Test func theCareCoordinatorSeesStudentsWithASupportNeed() async throws {
        try await withTestApp { app, f, _ in
            let noor = try #require(try await StudentModel.find(f.otherStudent, on: app.db))
            noor.needsSupport = true
            try await noor.save(on: app.db)
            let care = Browser(app)
            try await care.login("careCoordinator")
            let page = try await care.get("/")
            #expect(page.body.contains("Leerlingen met extra ondersteuning") && page.body.contains("Noor Bakker"))
            #expect(!page.body.contains("Sem de Vries"))
        }
    }

    @Test func theSupervisorSeesOwnCaseload() async throws {
        try await withTestApp { app, f, clock in
            try await setStatus(app, f.placementA1, .active, supervisor: f.users["supervisor"])
            clock.advance(by: 60 * 24 * 3600)   // well into the stage: visits are due
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let page = try await supervisor.get("/")
            #expect(page.body.contains("Mijn leerlingen op stage") && page.body.contains("Sem de Vries"))
            #expect(page.body.contains("te laat"))
            let other = Browser(app)
            try await other.login("coordinator")
            let home = try await other.get("/")
            #expect(home.body.contains("Test supervisor:") && home.body.contains("te laat"))
            #expect(home.body.contains("1 lopende stage heeft geen volledig getekende overeenkomst"))
        }
    }

    @Test func theCoordinatorSeesTargetsPerYearAndLinksToTheStudentsWithoutAStage() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let page = try await coordinator.get("/")
            #expect(page.body.contains("1 van 2") && page.body.contains("leerjaar 3 heeft een stage"))
            #expect(page.body.contains("1 leerling zoekt nog"))
            let link = try #require(page.body.firstMatch(of: #/href="(/leerlingen\?[^"]*stage=zonder[^"]*)"/#)).1
            let list = try await coordinator.get(String(link).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(list.body.contains("Noor Bakker") && !list.body.contains("Sem de Vries"))
        }
    }

    @Test func leadershipAndTheInspectorSeeFiguresWithoutNames() async throws {
        try await withTestApp { app, _, _ in
            for role in ["leadership", "inspector"] {
                let browser = Browser(app)
                try await browser.login(role)
                let page = try await browser.get("/")
                #expect(page.status == .ok, "\(role)")
                #expect(page.body.contains("Kengetallen stages") && page.body.contains("1 van 2"))
                #expect(!page.body.contains("Sem de Vries") && !page.body.contains("Noor Bakker"))
            }
        }
    }

    @Test func theStudentListShowsTheStageAndSearchIgnoresAccents() async throws {
        try await withTestApp { app, f, _ in
            let noor = try #require(try await StudentModel.find(f.otherStudent, on: app.db))
            var input = noor.input
            input.firstName = "Zoë"
            noor.apply(input, mentorID: noor.$mentor.id)
            try await noor.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let found = try await coordinator.get("/leerlingen?q=zoe")
            #expect(found.body.contains("Zoë Bakker") && !found.body.contains("Sem de Vries"))
            let all = try await coordinator.get("/leerlingen")
            #expect(all.body.contains("voorstel") && all.body.contains("geen stage"))
            let with = try await coordinator.get("/leerlingen?stage=met")
            #expect(with.body.contains("Sem de Vries") && !with.body.contains("Zoë Bakker"))
        }
    }

    @Test func studentsSeeNoStaffNotesAndNoSchoolListsInTheirMenu() async throws {
        try await withTestApp { app, f, _ in
            let company = try #require(try await CompanyModel.find(f.companyA, on: app.db))
            company.notes = "Interne notitie: let op met planning"
            try await company.save(on: app.db)
            let student = Browser(app)
            try await student.login("student")
            let page = try await student.get("/bedrijven/\(f.companyA)")
            #expect(page.status == .ok && page.body.contains("Bakkerij Alkmaar"))
            #expect(!page.body.contains("Interne notitie") && !page.body.contains("Samenwerkingsovereenkomst"))
            let home = try await student.get("/")
            #expect(!home.body.contains("href=\"/leerlingen\"") && home.body.contains("href=\"/stageplaatsen\""))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/bedrijven/\(f.companyA)").body.contains("Interne notitie"))
            let student2 = try await student.get("/stages")
            #expect(student2.body.contains("1 stage<") && !student2.body.contains("1 stages"))
        }
    }

    private func setStatus(_ app: Application, _ id: UUID, _ status: PlacementStatus, supervisor: UUID? = nil) async throws {
        let placement = try #require(try await PlacementModel.find(id, on: app.db))
        placement.status = status
        if let supervisor { placement.supervisorID = supervisor }
        try await placement.save(on: app.db)
    }
}
