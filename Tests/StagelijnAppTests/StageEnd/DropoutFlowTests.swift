import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

enum StageEndSteps {
    /// The fixture's stage running, ended early by the coordinator; returns the dropout's id.
    static func endEarly(_ app: Application, _ f: Fixture, as role: String = "coordinator") async throws -> (UUID, Browser.Page) {
        try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
        let browser = Browser(app)
        try await browser.login(role)
        let page = try await browser.post("/stages/\(f.placementA1)/status", [("status", "terminated"), ("reason", "Leerling voelde zich niet welkom")])
        let dropout = try #require(try await DropoutModel.query(on: app.db).filter(\.$placement.$id == f.placementA1).first())
        return (try dropout.requireID(), page)
    }
}

@Suite("Stage end: a stage ended early starts the dropout procedure")
struct DropoutFlowTests {
    @Test func endingARunningStageOpensADropoutAndInformsTheMentor() async throws {
        try await withTestApp { app, f, _ in
            // act
            let (id, page) = try await StageEndSteps.endEarly(app, f)
            // check: the placement status went through its one rule, the dropout opened, the mentor got a message
            #expect(page.status == .seeOther)
            #expect(page.location == "/uitval/\(id)")
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .terminated)
            let dropout = try #require(try await DropoutModel.find(id, on: app.db))
            #expect(dropout.mentorInformedAt != nil && dropout.nextStep == nil)
            let mail = try await Mailbox.deliver(app)
            #expect(mail.contains { $0.recipient == Fixture.email("mentor") && $0.subject.contains("Stage afgebroken") })
            #expect(!mail.contains { $0.body.contains("de Vries") }, "the mail names no student")
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "dropout").filter(\.$entityID == id).count() >= 2)
        }
    }

    @Test func aProposalThatEndsIsNotADropout() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let page = try await browser.post("/stages/\(f.placementA1)/status", [("status", "terminated"), ("reason", "Leerling koos iets anders")])
            #expect(page.location == "/stages/\(f.placementA1)")
            #expect(try await DropoutModel.query(on: app.db).count() == 0)
        }
    }

    @Test func theDropoutStaysOnTheHomePagesUntilANextStep() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let (id, _) = try await StageEndSteps.endEarly(app, f)
            let coordinator = Browser(app), mentor = Browser(app), otherMentor = Browser(app)
            try await coordinator.login("coordinator")
            try await mentor.login("mentor")
            try await otherMentor.login("mentor2")
            #expect(try await mentor.get("/").body.contains("/uitval/\(id)"))
            #expect(try await coordinator.get("/").body.contains("/uitval/\(id)"))
            #expect(!(try await otherMentor.get("/").body.contains("/uitval/\(id)")))
            // act: a next step before the talk and the company call is refused, with what was typed kept
            let early = try await coordinator.post("/uitval/\(id)", [("action", "vervolgstap"), ("nextStep", "nieuwe-plaats"), ("nextStepNote", "Bakkerij Zuid belt terug")])
            #expect(early.status == .badRequest)
            #expect(early.body.contains("Leg eerst het gesprek met de leerling vast"))
            #expect(early.body.contains("Bakkerij Zuid belt terug"))
            #expect(try await coordinator.post("/uitval/\(id)", [("action", "oorzaak"), ("cause", "safety")]).status == .seeOther)
            #expect(try await coordinator.post("/uitval/\(id)", [("action", "gesprek"), ("talkOn", "2026-09-21"), ("talkNote", "Gesprek op school")]).status == .seeOther)
            #expect(try await coordinator.post("/uitval/\(id)", [("action", "bedrijf"), ("companyOn", "2026-09-21"), ("companyNote", "Gebeld")]).status == .seeOther)
            // The group stage is full unless someone confirms room (this school keeps no group stage in Stagelijn).
            let full = try await coordinator.post("/uitval/\(id)", [("action", "vervolgstap"), ("nextStep", "groepsstage")])
            #expect(full.status == .badRequest && full.body.contains("groepsstage is vol"))
            let done = try await coordinator.post("/uitval/\(id)", [("action", "vervolgstap"), ("nextStep", "groepsstage"), ("groupStageRoom", "ja")])
            // check
            #expect(done.status == .seeOther)
            let dropout = try #require(try await DropoutModel.find(id, on: app.db))
            #expect(dropout.nextStep == .backToGroupStage && dropout.cause == .safety)
            #expect(!(try await mentor.get("/").body.contains("/uitval/\(id)")))
            #expect(!(try await coordinator.get("/").body.contains("/uitval/\(id)")))
            let mail = try await Mailbox.deliver(app)
            #expect(mail.contains { $0.recipient == Fixture.email("mentor") && $0.subject.contains("Vervolgstap") })
        }
    }

    @Test func onlyTheSchoolSeesItAndOnlyStaffWhoHandleItWrite() async throws {
        try await withTestApp { app, f, _ in
            let (id, _) = try await StageEndSteps.endEarly(app, f)
            for (role, view, write) in [("coordinatorA2", HTTPStatus.notFound, HTTPStatus.notFound), ("coordinatorB1", .notFound, .notFound),
                                        ("mentor2", .notFound, .forbidden), ("mentor", .ok, .forbidden), ("student", .forbidden, .forbidden),
                                        ("leadership", .forbidden, .forbidden), ("supervisor", .ok, .seeOther)] {
                let browser = Browser(app)
                try await browser.login(role)
                #expect(try await browser.get("/uitval/\(id)").status == view, "\(role)")
                #expect(try await browser.post("/uitval/\(id)", [("action", "oorzaak"), ("cause", "match")]).status == write, "\(role)")
            }
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/uitval/\(UUID())").status == .notFound)
            #expect(try await coordinator.post("/uitval/\(id)", [("action", "gesprek"), ("talkOn", "morgen"), ("talkNote", "")]).status == .badRequest)
            #expect(try await coordinator.post("/uitval/\(id)", [("action", "iets")]).status == .badRequest)
        }
    }

    @Test func figuresAreCountedByTheDatabase() async throws {
        try await withTestApp { app, f, _ in
            let (id, _) = try await StageEndSteps.endEarly(app, f)
            let dropout = try #require(try await DropoutModel.find(id, on: app.db))
            dropout.cause = .company
            try await dropout.save(on: app.db)
            let figures = try await OutflowFigures.dropouts(school: f.schoolA1, schoolYear: SchoolYear(containing: LocalDate(Fixture.now)), on: app.db)
            #expect(figures.total == 1 && figures.open == 1 && figures.byCause == [.company: 1])
            let other = try await OutflowFigures.dropouts(school: f.schoolA2, schoolYear: SchoolYear(containing: LocalDate(Fixture.now)), on: app.db)
            #expect(other.total == 0)
        }
    }
}
