import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Stage end: outflow, aftercare and allowance")
struct OutflowAllowanceTests {
    static func leave(_ browser: Browser, _ student: UUID, on day: String = "2026-07-10", destination: String = "arbeid",
                      extra: [(String, String)] = []) async throws -> Browser.Page {
        try await browser.post("/uitstroom", [("studentID", student.uuidString), ("leftOn", day), ("profile", "arbeid"),
                                              ("destination", destination)] + extra)
    }

    @Test func aLeaverGetsTwoYearsOfThreeContactsAndTheSupervisorRecordsOne() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let coordinator = Browser(app), supervisor = Browser(app)
            try await coordinator.login("coordinator")
            try await supervisor.login("supervisor")
            // act
            let created = try await Self.leave(coordinator, f.ownStudent, extra: [("supervisorID", f.users["supervisor"]!.uuidString)])
            // check: six contacts inside their windows
            #expect(created.status == .seeOther)
            let outflow = try #require(try await OutflowModel.query(on: app.db).filter(\.$student.$id == f.ownStudent).first())
            // The leaving day starts the student file's retention period (issue 17).
            let departure = try await StudentDepartureModel.query(on: app.db).filter(\.$student.$id == f.ownStudent).first()
            #expect(departure?.leftOn == "2026-07-10")
            let contacts = try await AftercareQueries.contacts(outflow: outflow.requireID(), on: app.db)
            #expect(contacts.count == 6)
            #expect(contacts.allSatisfy { $0.window.contains($0.planned) })
            // The first window (11 July – 10 November) is open on 21 September: due on the supervisor's home page.
            let home = try await supervisor.get("/")
            #expect(home.body.contains("Nazorg: nu bellen of bezoeken"))
            let first = try #require(contacts.first?.id)
            let wrong = try await supervisor.post("/uitstroom/\(outflow.id!)/contact/\(first)", [("day", "2026-09-20"), ("party", "werkgever"), ("minute", "")])
            #expect(wrong.status == .badRequest && wrong.body.contains("Kort verslag"))
            let done = try await supervisor.post("/uitstroom/\(outflow.id!)/contact/\(first)",
                                                 [("day", "2026-09-20"), ("party", "werkgever"), ("minute", "Werkt 4 dagen, gaat goed"), ("destination", "arbeid-met-bbl")])
            #expect(done.status == .seeOther)
            #expect(!(try await supervisor.get("/").body.contains("Nazorg: nu bellen of bezoeken")))
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "aftercareContact").count() == 1)
            // Another school's coordinator does not find the leaver.
            let other = Browser(app)
            try await other.login("coordinatorA2")
            #expect(try await other.get("/uitstroom/\(outflow.id!)").status == .notFound)
            #expect(try await other.post("/uitstroom/\(outflow.id!)/contact/\(first)", [("day", "2026-09-20"), ("party", "werkgever"), ("minute", "x")]).status == .notFound)
        }
    }

    @Test func vsoAftercareOnlyOnRequest() async throws {
        try await withTestApp { app, f, _ in
            let student = try #require(try await StudentModel.find(f.otherStudent, on: app.db))
            student.schoolType = .vso
            try await student.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await Self.leave(coordinator, f.otherStudent, extra: [("schoolChooses", "ja")]).status == .seeOther)
            let outflow = try #require(try await OutflowModel.query(on: app.db).filter(\.$student.$id == f.otherStudent).first())
            #expect(!outflow.aftercare)
            #expect(try await AftercareContactModel.query(on: app.db).count() == 0)
            #expect(try await coordinator.post("/uitstroom/\(outflow.id!)/nazorg").status == .seeOther)
            #expect(try await AftercareContactModel.query(on: app.db).count() == 6)
        }
    }

    @Test func aFormerStudentLeavesTheStudentListButStaysFindable() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/leerlingen").body.contains("Noor"))
            // act
            #expect(try await Self.leave(coordinator, f.otherStudent).status == .seeOther)
            // check: gone from the list of current students, the student page still opens (outflow, privacy)
            let list = try await coordinator.get("/leerlingen").body
            #expect(!list.contains("Noor") && list.contains("Sem"))
            #expect(try await coordinator.get("/leerlingen/\(f.otherStudent)").status == .ok)
        }
    }

    @Test func aWrongLeavingFormKeepsWhatWasTyped() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let page = try await coordinator.post("/uitstroom", [("studentID", f.studentB1.uuidString), ("leftOn", "31-02-2026"), ("profile", "x"),
                                                                 ("destination", "arbeid"), ("note", "Bakker Jansen")])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("Kies een leerling van uw school"))
            #expect(page.body.contains("Bakker Jansen"))
            #expect(try await OutflowModel.query(on: app.db).count() == 0)
        }
    }

    @Test func normFiguresAtThePeildatum() async throws {
        try await withTestApp { app, f, clock in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            _ = try await Self.leave(coordinator, f.ownStudent, destination: "arbeid")
            _ = try await Self.leave(coordinator, f.otherStudent, destination: "geen-werk-of-opleiding")
            let year = try #require(SchoolYear(parsing: "2025-2026"))
            // Before 1 November 2026 nothing is counted yet.
            let early = try await OutflowFigures.load(school: f.schoolA1, schoolYear: year, today: LocalDate(clock.now()), on: app.db)
            #expect(early.leavers == 2 && early.placed.rate == nil)
            let later = try await OutflowFigures.load(school: f.schoolA1, schoolYear: year, today: LocalDate(iso: "2026-11-02")!, on: app.db)
            #expect(later.placed.lasting == 1 && later.placed.counted == 2 && later.placed.meetsNorm == false)
            #expect(later.afterOneYear.rate == nil)
        }
    }

    @Test func theAllowanceIsCheckedOnThePlacementPage() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.post("/vergoedingen/norm", [("minimum", "200"), ("costs", "ja")]).status == .seeOther)
            let wrong = try await coordinator.post("/stages/\(f.placementA1)/vergoeding", [("source", "cao"), ("amount", "veel"), ("unit", "maand")])
            #expect(wrong.status == .badRequest && wrong.body.contains("‘veel’ is geen bedrag"))
            #expect(try await coordinator.post("/stages/\(f.placementA1)/vergoeding",
                                               [("source", "bedrijf"), ("amount", "100"), ("unit", "maand"), ("costs", "")]).status == .seeOther)
            let page = try await coordinator.get("/stages/\(f.placementA1)")
            #expect(page.body.contains("lager dan de norm van de school"))
            #expect(page.body.contains("Geen onkostenvergoeding"))
            #expect(page.body.contains("€ 5,07 per uur"), "a 16-year-old's youth minimum wage (born 4 March 2010)")
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "allowance").count() == 1)
            // The student reads their own; a mentor of another class does not find it.
            let student = Browser(app), mentor2 = Browser(app)
            try await student.login("student")
            try await mentor2.login("mentor2")
            #expect(try await student.post("/stages/\(f.placementA1)/vergoeding", [("source", "geen")]).status == .forbidden)
            #expect(try await mentor2.get("/stages/\(f.placementA1)/vergoeding").status == .forbidden)
            let overview = try await coordinator.get("/vergoedingen")
            #expect(overview.status == .ok)
        }
    }
}
