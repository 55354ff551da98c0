import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Weekly mail per praktijkbegeleider: one message, one link for all their students' open weeks")
struct WorkplaceMentorDigestTests {
    typealias D = WorkplaceMentorDigestFixtures

    @Test func twoStudentsOfOnePraktijkbegeleiderGiveOneMailWithOneLink() async throws {
        try await withTestApp { app, f, clock in
            // setup
            _ = try await D.twoStudentsOfPiet(app, f)
            clock.advance(by: D.monday12October.timeIntervalSince(clock.now()))
            // act
            let (enqueued, mails) = try await D.runAndDeliver(app, clock)
            // check: one mail, to Piet, naming both students with their open weeks, in Dutch with "u" and real plurals
            #expect(enqueued == 1)
            let mail = try #require(mails.count == 1 ? mails.first : nil)
            #expect(mail.recipient == D.piet)
            #expect(mail.subject == "Stage-uren bevestigen: 2 leerlingen, 3 open weken")
            #expect(mail.body.contains("Beste Piet Bakker,"))
            #expect(mail.body.contains("- Noor Bakker: 2 open weken\n- Sem de Vries: 1 open week\n"))
            #expect(mail.body.contains("wachten op uw bevestiging") && mail.body.contains("De link is alleen voor u"))
            #expect(mail.body.components(separatedBy: "https://stagelijn.example/uren-overzicht/").count == 2)
            #expect(!mail.body.contains("week(en)") && !mail.body.contains("/uren/"))
            // the coordinator sees that it went, without a working link in it
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let outbox = try await coordinator.get("/berichten")
            #expect(outbox.body.contains("Stage-uren bevestigen: 2 leerlingen, 3 open weken"))
            #expect(!outbox.body.contains(try D.token(mail)))
        }
    }

    @Test func theLinkShowsBothStudentsAndConfirmsAWeekOfEach() async throws {
        try await withTestApp { app, f, clock in
            // setup
            let setup = try await D.twoStudentsOfPiet(app, f)
            clock.advance(by: D.monday12October.timeIntervalSince(clock.now()))
            let mail = try #require(try await D.runAndDeliver(app, clock).mails.first)
            let token = try D.token(mail)
            let piet = Browser(app)
            // act
            let page = try await piet.get("/uren-overzicht/\(token)")
            let sem = try await piet.post("/uren-overzicht/\(token)/week", [
                ("placement", setup.sem.uuidString), ("monday", "2026-09-28"), ("action", "bevestigen"),
            ])
            let noor = try await piet.post("/uren-overzicht/\(token)/week", [
                ("placement", setup.noor.uuidString), ("monday", "2026-10-05"), ("action", "bevestigen"),
            ])
            // check: both students with their open weeks; each confirmation only touches its own student's week
            #expect(page.status == .ok)
            #expect(page.body.contains("<h2>Sem de Vries</h2>") && page.body.contains("<h2>Noor Bakker</h2>"))
            #expect(page.body.contains("3 weken wachten op uw bevestiging"))
            #expect(page.body.components(separatedBy: "Week bevestigen").count == 4)
            #expect(sem.status == .seeOther && noor.status == .seeOther)
            #expect(try await D.confirmed(setup.sem, week: ["2026-09-28", "2026-09-29"], on: app.db))
            #expect(try await D.confirmed(setup.noor, week: ["2026-10-05", "2026-10-06"], on: app.db))
            let noorFirstWeek = try await D.confirmed(setup.noor, week: ["2026-09-28"], on: app.db)
            #expect(!noorFirstWeek)
            let confirmedBy = try await HourEntryModel.query(on: app.db).filter(\.$confirmedAt != nil).all().map(\.confirmedBy)
            #expect(confirmedBy.count == 4 && confirmedBy.allSatisfy { $0 == "Piet Bakker" })
            let after = try await piet.get("/uren-overzicht/\(token)")
            #expect(after.body.contains("1 week wacht op uw bevestiging") && after.body.contains("Geen open weken."))
            // the same checks as the single-student page: a correction needs a comment
            let bare = try await piet.post("/uren-overzicht/\(token)/week", [
                ("placement", setup.noor.uuidString), ("monday", "2026-09-28"), ("action", "corrigeren"),
            ])
            #expect(bare.status == .badRequest && bare.body.contains("Noor Bakker: Schrijf bij een correctie wat er niet klopt."))
        }
    }

    @Test func aPraktijkbegeleiderOfAnotherSchoolOrCompanySeesNothingOfThem() async throws {
        try await withTestApp { app, f, clock in
            // setup: Piet's address is also the praktijkbegeleider of Daan at school A2 (same bakery, other school);
            // Emma at school B1 has another praktijkbegeleider at another company
            let setup = try await D.twoStudentsOfPiet(app, f)
            try await VisitPlanFixtures.setStatus(.active, f.placementA2, on: app.db)
            try await VisitPlanFixtures.setStatus(.active, f.placementB1, on: app.db)
            try await D.mentor(f.placementA2, "Piet Bakker", D.piet, on: app.db)
            try await D.mentor(f.placementB1, "Hanna Hovenier", "hanna@hovenier.example", on: app.db)
            try await D.hours(f.placementA2, ["2026-10-05"], on: app.db)
            try await D.hours(f.placementB1, ["2026-10-05"], on: app.db)
            clock.advance(by: D.monday12October.timeIntervalSince(clock.now()))
            // act
            let mails = try await D.runAndDeliver(app, clock).mails
            // check: one mail per school and praktijkbegeleider; each link shows only its own students
            #expect(mails.count == 3)
            let toPiet = mails.filter { $0.recipient == D.piet }
            let schoolA1 = try #require(toPiet.first { $0.body.contains("Sem de Vries") })
            let schoolA2 = try #require(toPiet.first { $0.body.contains("Daan Visser") })
            #expect(!schoolA1.body.contains("Daan") && !schoolA2.body.contains("Sem") && !schoolA2.body.contains("Noor"))
            let hanna = try #require(mails.first { $0.recipient == "hanna@hovenier.example" })
            #expect(!hanna.body.contains("Sem") && !hanna.body.contains("Noor") && hanna.body.contains("Emma Smit"))

            let visitor = Browser(app)
            let a2Page = try await visitor.get("/uren-overzicht/\(try D.token(schoolA2))")
            #expect(a2Page.body.contains("Daan Visser") && !a2Page.body.contains("Sem de Vries") && !a2Page.body.contains("Noor Bakker"))
            let hannaPage = try await visitor.get("/uren-overzicht/\(try D.token(hanna))")
            #expect(hannaPage.body.contains("Emma Smit") && !hannaPage.body.contains("Sem de Vries") && !hannaPage.body.contains("Noor"))
            // a placement id from another link in the form does nothing
            for (token, placement) in [(try D.token(hanna), setup.sem), (try D.token(schoolA2), setup.noor), (try D.token(schoolA1), f.placementA2)] {
                let refused = try await visitor.post("/uren-overzicht/\(token)/week", [
                    ("placement", placement.uuidString), ("monday", "2026-09-28"), ("action", "bevestigen"),
                ])
                #expect(refused.status == .notFound)
            }
            #expect(try await HourEntryModel.query(on: app.db).filter(\.$confirmedAt != nil).count() == 0)
        }
    }

    @Test func runningTwiceInAWeekSendsOneMailAndNextWeekReplacesTheLink() async throws {
        try await withTestApp { app, f, clock in
            // setup
            _ = try await D.twoStudentsOfPiet(app, f)
            clock.advance(by: D.monday12October.timeIntervalSince(clock.now()))
            let first = try await D.runAndDeliver(app, clock)
            // act: the same Monday an hour later, and on Wednesday
            clock.advance(by: 3600)
            let again = try await D.runAndDeliver(app, clock)
            clock.advance(by: 2 * D.day)
            let wednesday = try await D.runAndDeliver(app, clock)
            // check
            #expect(first.enqueued == 1 && first.mails.count == 1)
            #expect(again.enqueued == 0 && again.mails.isEmpty)
            #expect(wednesday.enqueued == 0 && wednesday.mails.isEmpty)
            #expect(try await WorkplaceMentorDigestModel.query(on: app.db).count() == 1)
            // next Monday the weeks are still open: a new mail, and last week's link stops working
            clock.advance(by: 5 * D.day)
            let next = try await D.runAndDeliver(app, clock)
            #expect(next.enqueued == 1 && next.mails.count == 1)
            let old = try await Browser(app).get("/uren-overzicht/\(try D.token(try #require(first.mails.first)))")
            #expect(old.status == .gone && old.body.contains("Deze link is ingetrokken door de school."))
            let new = try await Browser(app).get("/uren-overzicht/\(try D.token(try #require(next.mails.first)))")
            #expect(new.status == .ok && new.body.contains("Sem de Vries"))
        }
    }

    @Test func theSchoolChoosesTheWeekday() async throws {
        try await withTestApp { app, f, clock in
            // setup: the coordinator of school A1 chooses Wednesday (a day that does not exist is refused)
            _ = try await D.twoStudentsOfPiet(app, f)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/berichten/weekmail-uren").body.contains("<option value=\"1\" selected=\"selected\">maandag</option>"))
            #expect(try await coordinator.post("/berichten/weekmail-uren", [("weekday", "9")]).status == .badRequest)
            #expect(try await coordinator.post("/berichten/weekmail-uren", [("weekday", "3")]).status == .seeOther)
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.post("/berichten/weekmail-uren", [("weekday", "1")]).status == .forbidden)
            clock.advance(by: D.monday12October.timeIntervalSince(clock.now()))
            // act
            let monday = try await D.runAndDeliver(app, clock)
            clock.advance(by: 2 * D.day)
            let wednesday = try await D.runAndDeliver(app, clock)
            // check
            #expect(monday.mails.isEmpty)
            #expect(wednesday.mails.count == 1)
        }
    }

    @Test func noOpenWeeksMeansNoMail() async throws {
        try await withTestApp { app, f, clock in
            // setup: every day confirmed, and a praktijkbegeleider whose student wrote nothing
            try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
            try await D.mentor(f.placementA1, "Piet Bakker", D.piet, on: app.db)
            try await D.hours(f.placementA1, ["2026-09-28", "2026-10-05"], confirmed: true, on: app.db)
            try await VisitPlanFixtures.setStatus(.active, f.placementB1, on: app.db)
            try await D.mentor(f.placementB1, "Hanna Hovenier", "hanna@hovenier.example", on: app.db)
            clock.advance(by: D.monday12October.timeIntervalSince(clock.now()))
            // act
            let run = try await D.runAndDeliver(app, clock)
            // check
            #expect(run.enqueued == 0 && run.mails.isEmpty)
            #expect(try await OutboxMessageModel.query(on: app.db).count() == 0)
            #expect(try await WorkplaceMentorDigestModel.query(on: app.db).count() == 0)
        }
    }

    @Test func anExpiredOrRevokedLinkShowsADutchProblemPageAndConfirmsNothing() async throws {
        try await withTestApp { app, f, clock in
            // setup
            let setup = try await D.twoStudentsOfPiet(app, f)
            clock.advance(by: D.monday12October.timeIntervalSince(clock.now()))
            let token = try D.token(try #require(try await D.runAndDeliver(app, clock).mails.first))
            let piet = Browser(app)
            #expect(try await piet.get("/uren-overzicht/\(token)").status == .ok)
            // act: fifteen days later the link has expired
            clock.advance(by: 15 * D.day)
            let expired = try await piet.get("/uren-overzicht/\(token)")
            let late = try await piet.post("/uren-overzicht/\(token)/week", [
                ("placement", setup.sem.uuidString), ("monday", "2026-09-28"), ("action", "bevestigen"),
            ])
            // check
            #expect(expired.status == .gone && expired.body.contains("Deze link is verlopen. Vraag de school om een nieuwe."))
            let semConfirmed = try await D.confirmed(setup.sem, week: ["2026-09-28"], on: app.db)
            #expect(late.status == .gone && !semConfirmed)
            // revoked by the school: also a Dutch page
            let link = try #require(try await AccessLinkModel.query(on: app.db)
                .filter(\.$purpose == AccessLinkModel.Purpose.confirmHoursDigest.rawValue).first())
            link.revokedAt = clock.now()
            link.expiresAt = clock.now().addingTimeInterval(D.day)
            try await link.save(on: app.db)
            let revoked = try await piet.get("/uren-overzicht/\(token)")
            #expect(revoked.status == .gone && revoked.body.contains("Deze link is ingetrokken door de school."))
            #expect(try await piet.get("/uren-overzicht/\(String(repeating: "x", count: 43))").status == .notFound)
        }
    }
}
