import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Supervision: visits, contact moments, the stage-agenda and the company's confirmation")
struct SupervisionTests {
    static func activate(_ id: UUID, on db: any Database) async throws {
        let placement = try #require(try await PlacementModel.find(id, on: db))
        placement.status = .active
        try await placement.save(on: db)
    }

    @Test func theSupervisorSeesTheCaseloadAndRecordsAVisitInOneForm() async throws {
        try await withTestApp { app, f, clock in
            try await Self.activate(f.placementA1, on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.post("/stages/\(f.placementA1)/begeleider",
                                               [("supervisorID", f.users["supervisor"]!.uuidString)]).status == .seeOther)
            clock.advance(by: 20 * 24 * 3600)     // 11 October: the start contact moment is overdue
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let week = try await supervisor.get("/begeleiding")
            #expect(week.body.contains("Sem de Vries"))
            #expect(week.body.contains("contactmoment bij de start (02-10-2026, te laat)"))
            let bad = try await supervisor.post("/stages/\(f.placementA1)/bezoek", [("kind", "contact-start"), ("doneOn", "2026-10-10"), ("present", "Sem, Piet")])
            #expect(bad.status == .badRequest && bad.body.contains("Schrijf kort hoe het gaat") && bad.body.contains("Sem, Piet"))
            #expect(try await supervisor.post("/stages/\(f.placementA1)/bezoek", [
                ("kind", "contact-start"), ("doneOn", "2026-10-10"), ("present", "Sem, Piet"), ("progress", "Goed begonnen"),
                ("concerns", ""), ("nextStep", "Doel: zelfstandig vitrine vullen"),
            ]).status == .seeOther)
            let after = try await supervisor.get("/begeleiding")
            #expect(after.body.contains("Niets te laat."))
            #expect(try await supervisor.get("/stages/\(f.placementA1)").body.contains("contactmoment bij de start, 02-10-2026: gedaan (op 10-10-2026)"))
            let later = Browser(app)                       // the earlier session ended while the clock moved on
            try await later.login("coordinator")
            // 11 October: no visit due yet (the first is on 19 October), the start contact moment done, none missed.
            let overview = try await later.get("/begeleiding/overzicht?periode=\(f.periodA1)")
            #expect(overview.body.contains("<td>Test supervisor</td><td>1</td><td>0</td><td>0</td><td>0</td>"))
            // School-wide figures: the supervision team sees them, a mentor (own class only) does not.
            let mentor = Browser(app)
            try await mentor.login("mentor")
            #expect(try await mentor.get("/begeleiding/overzicht").status == .forbidden)
            // Students and parents do not see the supervision pages.
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.get("/begeleiding").status == .forbidden)
        }
    }

    @Test func theStudentWritesHoursAndEveryDayIsChecked() async throws {
        try await withTestApp { app, f, clock in
            try await Self.activate(f.placementA1, on: app.db)
            clock.advance(by: 10 * 24 * 3600)     // 1 October 2026
            let student = Browser(app)
            try await student.login("student")
            let fine = try await student.post("/stages/\(f.placementA1)/uren", [
                ("date", "2026-09-28"), ("start", "08:30"), ("end", "15:00"), ("breakMinutes", "30"), ("activities", "Brood gesneden"),
            ])
            #expect(fine.status == .seeOther)
            // 16 years old: 10 hours in a day breaks the 9-hour limit; it is kept, flagged, and the supervisor sees it.
            #expect(try await student.post("/stages/\(f.placementA1)/uren", [
                ("date", "2026-09-29"), ("start", "07:00"), ("end", "17:30"), ("breakMinutes", "30"), ("activities", "Inventaris"),
            ]).status == .seeOther)
            let page = try await student.get("/stages/\(f.placementA1)/uren")
            #expect(page.body.contains("maximale arbeidstijd per dag"))
            #expect(page.body.contains("Week van 28-09-2026: 16 uur") && page.body.contains("nog niet bevestigd"))
            let future = try await student.post("/stages/\(f.placementA1)/uren", [
                ("date", "2026-10-20"), ("start", "08:30"), ("end", "15:00"), ("breakMinutes", "30"), ("activities", "x"),
            ])
            #expect(future.status == .badRequest && future.body.contains("niet in de toekomst"))
            // The supervision week page flags the day for the school.
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/begeleiding").body.contains("1 dag met overtreding, 2 dagen niet bevestigd"))
            let parent = Browser(app)
            try await parent.login("parent")
            #expect(try await parent.get("/stages/\(f.placementA1)/uren").status == .ok)
            #expect(try await parent.post("/stages/\(f.placementA1)/uren", [("date", "2026-09-30")]).status == .forbidden)
        }
    }

    @Test func theCompanyConfirmsAWeekThroughItsLinkAndReachesNothingElse() async throws {
        try await withTestApp { app, f, clock in
            try await Self.activate(f.placementA1, on: app.db)
            clock.advance(by: 10 * 24 * 3600)
            // Another student's entry in the same week, in another school's placement using the same company.
            let foreign = HourEntryModel()
            foreign.$placement.id = f.placementA2
            foreign.date = "2026-09-28"; foreign.start = "09:00"; foreign.end = "12:00"; foreign.breakMinutes = 0
            foreign.activities = "niet van Sem"; foreign.violations = ""
            try await foreign.create(on: app.db)
            let student = Browser(app)
            try await student.login("student")
            try await student.post("/stages/\(f.placementA1)/uren", [
                ("date", "2026-09-28"), ("start", "08:30"), ("end", "15:00"), ("breakMinutes", "30"), ("activities", "Brood gesneden"),
            ])
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            try await supervisor.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            #expect(try await supervisor.post("/stages/\(f.placementA1)/uren/link",
                                              [("companyName", "Piet Bakker"), ("companyEmail", "piet@bakkerij.example")]).status == .seeOther)
            let message = try #require(try await Mailbox.deliver(app).first)
            let token = try #require(Mailbox.token("uren", in: message.body))

            let company = Browser(app)
            let page = try await company.get("/uren/\(token)")
            #expect(page.status == .ok && page.body.contains("Sem de Vries") && !page.body.contains("niet van Sem"))
            #expect(page.body.contains("Stageovereenkomst en leerdoelen van Sem de Vries") && page.body.contains("Deeg maken"))
            let short = try await company.post("/uren/\(token)/week", [("monday", "2026-09-28"), ("action", "corrigeren"), ("comment", "")])
            #expect(short.status == .badRequest)
            #expect(try await company.post("/uren/\(token)/week", [("monday", "2026-09-28"), ("action", "bevestigen")]).status == .seeOther)
            let entries = try await HourEntryModel.query(on: app.db).all()
            #expect(entries.first { $0.$placement.id == f.placementA1 }?.confirmedBy == "Piet Bakker")
            #expect(entries.first { $0.$placement.id == f.placementA2 }?.confirmedAt == nil)
            // An Entree student's progress counts the confirmed hours (6 of 650).
            let model = try #require(try await StudentModel.find(f.ownStudent, on: app.db))
            model.schoolType = .entree
            try await model.save(on: app.db)
            #expect(try await supervisor.get("/leerlingen/\(f.ownStudent)").body.contains("6 uur van 650 uur stage-uren gemaakt"))
            // A week without this student's hours, and an unknown token: 404.
            #expect(try await company.post("/uren/\(token)/week", [("monday", "2026-10-05"), ("action", "bevestigen")]).status == .notFound)
            #expect(try await Browser(app).get("/uren/\(String(repeating: "B", count: 43))").status == .notFound)
            // The hours link cannot be used to sign an agreement.
            #expect(try await Browser(app).get("/teken/\(token)").status == .notFound)
        }
    }

    @Test func theCoordinatorSetsTheSchoolsVisitRhythm() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.post("/begeleiding/ritme", [("visitIntervalWeeks", "4"), ("visitIntervalSupportWeeks", "2")]).status == .seeOther)
            let school = try #require(try await SchoolModel.find(f.schoolA1, on: app.db))
            #expect(school.visitIntervalWeeks == 4 && school.visitIntervalSupportWeeks == 2)
            #expect(try await coordinator.post("/begeleiding/ritme", [("visitIntervalWeeks", "2"), ("visitIntervalSupportWeeks", "5")]).status == .badRequest)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/begeleiding/ritme", [("visitIntervalWeeks", "9"), ("visitIntervalSupportWeeks", "1")]).status == .forbidden)
        }
    }

    /// Issue 10, item 4: the overview counts what the agreement pages say, and hours the company confirmed.
    @Test func theOverviewCountsRunningStagesWithoutACompleteSignedAgreementAndConfirmedHours() async throws {
        try await withTestApp { app, f, clock in
            typealias F = VisitPlanFixtures
            // setup: Sem (a minor) runs with an agreement signed by school, student and company — no parent yet
            try await F.setStatus(.active, f.placementA1, on: app.db)
            let sem = try await F.agreement(f.placementA1, school: f.schoolA1, sent: true,
                                            signatures: [(.school, "2026-09-20"), (.student, "2026-09-20"), (.company, "2026-09-20")], on: app.db)
            // Noor runs without any agreement, started with the coordinator's recorded exception
            let noor = try await F.otherPlacement(f, status: .active, on: app.db)
            try await PlacementStatusChangeModel(placementID: noor, from: .agreement, to: .active, reason: "Bedrijf start eerder, akkoord ouders",
                                                 by: f.users["coordinator"], at: Fixture.now, agreementException: true).create(on: app.db)
            // hours: confirmed on a running stage and on a stage still waiting for its agreement, one day open
            let lotte = StudentModel()
            lotte.$school.id = f.schoolA1
            var input = Fixture.studentInput
            input.studentNumber = "1003"; input.firstName = "Lotte"; input.lastName = "Jansen"
            lotte.apply(input, mentorID: nil)
            try await lotte.create(on: app.db)
            let waiting = PlacementModel(schoolID: f.schoolA1, studentID: try lotte.requireID(), positionID: f.positionA,
                                         periodID: f.periodA1, status: .agreement)
            try await waiting.create(on: app.db)
            try await F.hours(noor, "2026-09-28", "09:00", "12:00", pause: 0, confirmed: true, on: app.db)
            try await F.hours(try waiting.requireID(), "2026-09-29", "08:30", "15:00", confirmed: true, on: app.db)
            try await F.hours(f.placementA1, "2026-09-29", "09:00", "13:00", pause: 0, on: app.db)
            clock.advance(by: 10 * VisitPlanFixtures.day)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            func complete(_ id: UUID) async throws -> Bool {
                let placement = try #require(try await PlacementModel.query(on: app.db).filter(\.$id == id).with(\.$school).with(\.$student).first())
                return try await AgreementRepository(db: app.db).state(for: placement, today: LocalDate(year: 2026, month: 10, day: 1)!).isComplete
            }
            // act
            let before = try await coordinator.get("/begeleiding/overzicht?periode=\(f.periodA1)")
            // check: both running stages counted, split by exception, each a link to its agreement
            #expect(before.body.contains("2 van 2 lopende stages: 1 met een vastgelegde uitzondering, 1 zonder."))
            #expect(before.body.contains("/stages/\(f.placementA1)/overeenkomst\">Sem de Vries</a> — zonder uitzondering"))
            #expect(before.body.contains("/stages/\(noor)/overeenkomst\">Noor Bakker</a> — uitzondering vastgelegd"))
            #expect(try await complete(f.placementA1) == false)
            #expect(before.body.contains("<dt>Bevestigd door het bedrijf</dt><dd>9 uur</dd>"))
            #expect(before.body.contains("<dt>Nog niet bevestigd</dt><dd>4 uur</dd>"))
            // the parent signs Sem's; Noor turns out to be 18 and gets a signed agreement: the counts follow the Core rule
            try await F.sign(sem, .parent, on: "2026-09-22", db: app.db)
            #expect(try await coordinator.get("/begeleiding/overzicht?periode=\(f.periodA1)").body
                .contains("1 van 2 lopende stages: 1 met een vastgelegde uitzondering, 0 zonder."))
            #expect(try await complete(f.placementA1) == true)
            let adult = try #require(try await StudentModel.find(f.otherStudent, on: app.db))
            adult.birthDate = "2008-01-01"
            try await adult.save(on: app.db)
            try await F.agreement(noor, school: f.schoolA1, sent: true,
                                  signatures: [(.school, "2026-09-20"), (.student, "2026-09-20"), (.company, "2026-09-21")], on: app.db)
            #expect(try await coordinator.get("/begeleiding/overzicht?periode=\(f.periodA1)").body
                .contains("0 van 2 lopende stages: 0 met een vastgelegde uitzondering, 0 zonder."))
            #expect(try await complete(noor) == true)
        }
    }
}
