import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Hours: violations before the company confirms, a correction that leads somewhere, running stages only")
struct HoursCorrectionTests {
    typealias F = VisitPlanFixtures

    /// Sem's running stage with a 6-hour Monday and a 10-hour Tuesday (16 years old: over the 9-hour limit), and the
    /// praktijkbegeleider's link token.
    static func weekWithAViolation(_ app: Application, _ f: Fixture, _ clock: FixedClock) async throws -> (student: Browser, token: String) {
        try await F.setStatus(.active, f.placementA1, on: app.db)
        clock.advance(by: 10 * F.day)                                      // 1 October
        let student = Browser(app)
        try await student.login("student")
        try await student.post("/stages/\(f.placementA1)/uren", [
            ("date", "2026-09-28"), ("start", "08:30"), ("end", "15:00"), ("breakMinutes", "30"), ("activities", "Brood gesneden"),
        ])
        try await student.post("/stages/\(f.placementA1)/uren", [
            ("date", "2026-09-29"), ("start", "07:00"), ("end", "17:30"), ("breakMinutes", "30"), ("activities", "Inventaris"),
        ])
        let supervisor = Browser(app)
        try await supervisor.login("supervisor")
        try await supervisor.post("/stages/\(f.placementA1)/uren/link", [("companyName", "Piet Bakker"), ("companyEmail", "piet@bakkerij.example")])
        let message = try #require(try await Mailbox.deliver(app).first)
        return (student, try #require(Mailbox.token("uren", in: message.body)))
    }

    @Test func theCompanySeesTheViolationAboveTheButtonsAndConfirmsOnlyKnowingly() async throws {
        try await withTestApp { app, f, clock in
            // setup
            let (_, token) = try await Self.weekWithAViolation(app, f, clock)
            let company = Browser(app)
            // act
            let page = try await company.get("/uren/\(token)")
            // check: in words, as a list (no table column off-screen on a phone), before the confirm button
            let warning = try #require(page.body.range(of: "Let op: deze week overtreedt de regels voor jeugdarbeid"))
            let button = try #require(page.body.range(of: "Week bevestigen"))
            #expect(warning.lowerBound < button.lowerBound)
            #expect(page.body.contains("<li>di 29-09-2026: maximale arbeidstijd per dag</li>"))
            #expect(!page.body.contains("<table"))
            let blind = try await company.post("/uren/\(token)/week", [("monday", "2026-09-28"), ("action", "bevestigen")])
            #expect(blind.status == .badRequest && blind.body.contains("Vink aan dat u dat gezien hebt"))
            #expect(try await HourEntryModel.query(on: app.db).filter(\.$confirmedAt != nil).count() == 0)
            let seen = try await company.post("/uren/\(token)/week", [("monday", "2026-09-28"), ("action", "bevestigen"), ("violationsSeen", "ja")])
            #expect(seen.status == .seeOther)
            #expect(try await HourEntryModel.query(on: app.db).filter(\.$confirmedAt != nil).count() == 2)
        }
    }

    @Test func aCorrectionByTheCompanyCanBeMadeByTheStudentOrSupervisorAndConfirmedAgain() async throws {
        try await withTestApp { app, f, clock in
            // setup
            let (student, token) = try await Self.weekWithAViolation(app, f, clock)
            let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
            placement.supervisorID = f.users["supervisor"]
            try await placement.save(on: app.db)
            let company = Browser(app)
            try await company.get("/uren/\(token)")
            // act: the company sends the week back
            #expect(try await company.post("/uren/\(token)/week", [
                ("monday", "2026-09-28"), ("action", "corrigeren"), ("comment", "Dinsdag was tot 15:30, niet 17:30"),
            ]).status == .seeOther)
            // check: the supervisor is told by mail; the student sees the comment next to the day, and a link to edit it
            let told = try await Mailbox.deliver(app)
            #expect(told.contains { $0.recipient == Fixture.email("supervisor") && $0.body.contains("Dinsdag was tot 15:30") })
            let page = try await student.get("/stages/\(f.placementA1)/uren")
            #expect(page.body.contains("Het bedrijf vraagt een correctie voor 2 dagen."))
            #expect(page.body.contains("Correctie gevraagd door het bedrijf: “Dinsdag was tot 15:30, niet 17:30”"))
            #expect(page.body.contains("/stages/\(f.placementA1)/uren?dag=2026-09-29#date"))
            let edit = try await student.get("/stages/\(f.placementA1)/uren?dag=2026-09-29")
            #expect(edit.body.contains("value=\"2026-09-29\"") && edit.body.contains("value=\"17:30\"") && edit.body.contains("Inventaris"))
            #expect(try await student.post("/stages/\(f.placementA1)/uren", [
                ("date", "2026-09-29"), ("start", "07:00"), ("end", "15:30"), ("breakMinutes", "30"), ("activities", "Inventaris"),
            ]).status == .seeOther)
            // the supervisor may correct a day too
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/stages/\(f.placementA1)/uren", [
                ("date", "2026-09-28"), ("start", "08:30"), ("end", "14:30"), ("breakMinutes", "30"), ("activities", "Brood gesneden"),
            ]).status == .seeOther)
            let tuesday = try #require(try await HourEntryModel.query(on: app.db).filter(\.$date == "2026-09-29").first())
            #expect(tuesday.end == "15:30" && tuesday.violations.isEmpty && tuesday.confirmedAt == nil)
            // the company sees the corrected week without a violation and confirms it; the request is closed
            let again = try await company.get("/uren/\(token)")
            #expect(again.body.contains("07:00–15:30") && !again.body.contains("overtreedt de regels"))
            #expect(try await company.post("/uren/\(token)/week", [("monday", "2026-09-28"), ("action", "bevestigen")]).status == .seeOther)
            let after = try await student.get("/stages/\(f.placementA1)/uren")
            #expect(!after.body.contains("Correctie gevraagd") && after.body.contains("bevestigd door Piet Bakker"))
        }
    }

    @Test func hoursCanOnlyBeWrittenOnARunningStage() async throws {
        try await withTestApp { app, f, clock in
            // setup: the stage waits for its agreement
            try await F.setStatus(.agreement, f.placementA1, on: app.db)
            clock.advance(by: 10 * F.day)
            let student = Browser(app)
            try await student.login("student")
            let day = [("date", "2026-09-29"), ("start", "09:00"), ("end", "13:00"), ("breakMinutes", "0"), ("activities", "Vegen")]
            // act / check: no form, and a clear message when posted anyway
            let page = try await student.get("/stages/\(f.placementA1)/uren")
            #expect(page.body.contains("Uren schrijven kan alleen tijdens een lopende stage.") && !page.body.contains("name=\"start\""))
            let refused = try await student.post("/stages/\(f.placementA1)/uren", day)
            #expect(refused.status == .badRequest && refused.body.contains("status ‘overeenkomst’"))
            #expect(try await HourEntryModel.query(on: app.db).count() == 0)
            // running, but the agreement says the stage starts on 30-09: the day before is refused
            try await F.setStatus(.active, f.placementA1, on: app.db)
            try await F.agreement(f.placementA1, school: f.schoolA1, start: "2026-09-30", on: app.db)
            let early = try await student.post("/stages/\(f.placementA1)/uren", day)
            #expect(early.status == .badRequest && early.body.contains("Kies een dag vanaf de eerste stagedag, 30-09-2026."))
            var onTime = day
            onTime[0] = ("date", "2026-09-30")
            #expect(try await student.post("/stages/\(f.placementA1)/uren", onTime).status == .seeOther)
            // completed: closed again
            try await F.setStatus(.completed, f.placementA1, on: app.db)
            let closed = try await student.post("/stages/\(f.placementA1)/uren", onTime)
            #expect(closed.status == .badRequest && closed.body.contains("Deze stage is afgerond: er kunnen geen uren meer bij."))
        }
    }
}
