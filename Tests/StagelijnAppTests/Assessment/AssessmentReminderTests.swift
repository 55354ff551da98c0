import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Assessment reminders to the praktijkbegeleider")
struct AssessmentReminderTests {
    typealias S = AssessmentSteps

    @Test func aWeekBeforeTheDueDateThePraktijkbegeleiderGetsOneReminderWithAWorkingLink() async throws {
        try await withTestApp { app, f, clock in
            // setup: the interim is due on 06-11; the link was sent on 21-09
            _ = try await S.plan(app, f)
            _ = try await S.companyToken(app, f)
            // act: nothing three weeks before; on 31-10 one mail, and no second one the day after
            #expect(try await AssessmentReminders.runDue(now: clock.now(), on: app.db) == 0)
            clock.advance(by: 40 * VisitPlanFixtures.day)
            #expect(try await AssessmentReminders.runDue(now: clock.now(), on: app.db) == 1)
            clock.advance(by: VisitPlanFixtures.day)
            #expect(try await AssessmentReminders.runDue(now: clock.now(), on: app.db) == 0)
            // check: the mail names the student and the date, and its link opens the assessments
            let mail = try #require(try await Mailbox.deliver(app, now: clock.now()).last)
            #expect(mail.recipient == "piet@bakkerij.example" && mail.subject.contains("Tussentijdse beoordeling van Sem de Vries: uiterlijk 06-11-2026"))
            let token = try #require(Mailbox.token("uren", in: mail.body))
            #expect(try await Browser(app).get("/uren/\(token)/beoordelingen").status == .ok)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "assessment").filter(\.$actorName == "herinnering").count() == 1)
        }
    }

    @Test func noReminderWithoutALinkOrAfterTheCompanyApproved() async throws {
        try await withTestApp { app, f, clock in
            // setup: no hours link yet
            let interim = try #require(try await S.plan(app, f).first?.id)
            clock.advance(by: 40 * VisitPlanFixtures.day)
            // act / check: no link → nothing (the school sees the due date on its home page)
            #expect(try await AssessmentReminders.runDue(now: clock.now(), on: app.db) == 0)
            // the company already approved its part → nothing either
            let token = try await S.companyToken(app, f)
            let student = Browser(app)
            try await student.login("student")
            let fields = S.scoreFields(try await student.get("/beoordelingen/\(interim)").body)
            #expect(try await student.post("/beoordelingen/\(interim)", S.filled(fields, score: 3, approve: true)).status == .seeOther)
            #expect(try await Browser(app).post("/uren/\(token)/beoordelingen/\(interim)", S.filled(fields, score: 3, approve: true)).status == .seeOther)
            #expect(try await AssessmentReminders.runDue(now: clock.now(), on: app.db) == 0)
        }
    }
}
