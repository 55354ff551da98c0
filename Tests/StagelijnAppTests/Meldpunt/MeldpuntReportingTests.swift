import Fluent
import Foundation
import Logging
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Meldpunt: reporting and follow-up")
struct MeldpuntReportingTests {
    @Test func anAnonymousReportIsAnsweredAndReadWithTheCode() async throws {
        try await withTestApp { app, f, clock in
            // setup: a student's phone without an account
            let phone = Browser(app)
            let form = try await phone.get("/melden/A1")
            #expect(form.status == .ok && form.body.contains("Stagediscriminatie") && form.body.contains("Bijvoorbeeld"))
            // act: report anonymously
            let code = try await Meldpunt.report(app, browser: phone)
            // check: stored for school A1, anonymous, linked to the company named, only the code's hash kept
            let report = try await Meldpunt.onlyReport(app)
            #expect(report.$school.id == f.schoolA1 && report.isAnonymous && report.status == .new)
            #expect(report.$company.id == f.companyA, "the typed name matches the board's company, case ignored")
            #expect(report.groundList == [.religion] && report.codeHash != code && !report.codeHash.contains(code))
            #expect(try await SessionRecordModel.query(on: app.db).count() == 0, "an anonymous report writes no session")
            // The handlers are told that there is a report — without its text.
            let mail = try await Mailbox.deliver(app)
            #expect(Set(mail.map(\.recipient)) == [Fixture.email("coordinator"), Fixture.email("careCoordinator").lowercased()])
            #expect(!mail.contains { $0.body.contains("CanaryMeldtekst") })

            // act: the coordinator reads and answers
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let list = try await coordinator.get("/meldingen")
            #expect(list.status == .ok && list.body.contains("Stagediscriminatie") && !list.body.contains("CanaryMeldtekst"))
            let id = try report.requireID()
            let detail = try await coordinator.get("/meldingen/\(id)")
            #expect(detail.status == .ok && detail.body.contains("CanaryMeldtekst") && detail.body.contains("Geloof"))
            clock.advance(by: 600)
            let answer = try await coordinator.post("/meldingen/\(id)/actie", [("action", "bericht"), ("text", "Dank je. Wil je morgen om 10 uur met mij praten?")])
            #expect(answer.status == .seeOther)
            _ = try await coordinator.post("/meldingen/\(id)/actie", [("action", "stap"), ("step", "contact-bedrijf"), ("text", "Gebeld met de eigenaar.")])
            _ = try await coordinator.post("/meldingen/\(id)/actie", [("action", "notitie"), ("text", "Interne notitie CanaryIntern")])

            // check: the reader with the code sees the answer and the status, not the internal note or step
            let reader = Browser(app)
            try await reader.get("/melden/volgen")
            let status = try await reader.post("/melden/volgen", [("code", code.lowercased().replacingOccurrences(of: "-", with: " "))])
            #expect(status.status == .ok && status.body.contains("Wil je morgen om 10 uur met mij praten?"))
            #expect(status.body.contains("Iemand van school is met je melding bezig"))
            #expect(!status.body.contains("CanaryIntern") && !status.body.contains("Gebeld met de eigenaar"))
            // The reporter writes back; the handler sees it.
            let reply = try await reader.post("/melden/volgen/bericht", [("code", code), ("text", "Ja, dat is goed.")])
            #expect(reply.status == .ok && reply.body.contains("Ja, dat is goed."))
            #expect(try await coordinator.get("/meldingen/\(id)").body.contains("Ja, dat is goed."))
            // A wrong code finds nothing.
            #expect(try await reader.post("/melden/volgen", [("code", "AAAA-BBBB-CCCC")]).status == .notFound)

            // check: the first response is recorded, every read is audited, and no audit entry holds the text
            let stored = try await Meldpunt.onlyReport(app)
            #expect(stored.firstResponseOn == "2026-09-21" && stored.status == .inProgress)
            let audit = try await AuditEntryModel.query(on: app.db).all()
            #expect(audit.filter { $0.entity == "incidentReport" && $0.action == "read" }.count == 2)
            #expect(!audit.contains { $0.changes.contains("CanaryMeldtekst") || $0.changes.contains("morgen om 10 uur") })
        }
    }

    @Test func aFormWithMistakesComesBackWithWhatWasTypedAndNoCSRFTokenIsRefused() async throws {
        try await withTestApp { app, _, _ in
            let phone = Browser(app)
            try await phone.get("/melden/A1")
            let wrong = try await phone.post("/melden/A1", Meldpunt.form(["category": "", "description": "Dit is mijn verhaal over de stage."]))
            #expect(wrong.status == .badRequest && wrong.body.contains("Kies wat er gebeurde.") && wrong.body.contains("Dit is mijn verhaal"))
            #expect(try await Browser(app).post("/melden/A1", Meldpunt.form(), csrf: "").status == .forbidden)
            #expect(try await phone.get("/melden/ONBEKEND").status == .notFound)
            #expect(try await IncidentReportModel.query(on: app.db).count() == 0)
        }
    }

    @Test func anonymousReportsAreBoundedPerAddress() async throws {
        try await withTestApp { app, _, _ in
            let phone = Browser(app)
            try await phone.get("/melden/A1")
            // A huge text is refused (the server refuses a body over 32 kB before reading it; the form 4,000 characters).
            let long = try await phone.post("/melden/A1", Meldpunt.form(["description": String(repeating: "x", count: 40_000)]))
            #expect(long.status == .payloadTooLarge || (long.status == .badRequest && long.body.contains("Maximaal 4000 tekens")))
            for _ in 0..<MeldpuntRateLimit.reportsPerHour - 1 {
                #expect(try await phone.post("/melden/A1", Meldpunt.form()).status == .ok)
            }
            let refused = try await phone.post("/melden/A1", Meldpunt.form())
            #expect(refused.status == .tooManyRequests)
            #expect(try await IncidentReportModel.query(on: app.db).count() == MeldpuntRateLimit.reportsPerHour - 1)
        }
    }

    @Test func theTextNeverReachesTheLog() async throws {
        try await withTestApp { app, _, _ in
            // setup: capture everything the server logs at its production level (info) and above
            let capture = CapturedLog()
            capture.logLevel = .info
            app.logger = Logger(label: "capture") { _ in capture }
            // act: report, answer, read with the code, and a refused form
            let code = try await Meldpunt.report(app, ["reporterEmail": "melder@example.org", "reporterName": "CanaryNaam"])
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let id = try await Meldpunt.onlyReport(app).requireID()
            try await coordinator.get("/meldingen/\(id)")
            try await coordinator.post("/meldingen/\(id)/actie", [("action", "bericht"), ("text", "CanaryAntwoord")])
            let reader = Browser(app)
            try await reader.get("/melden/volgen")
            try await reader.post("/melden/volgen", [("code", code)])
            try await reader.post("/melden/A1", Meldpunt.form(["category": ""]))
            _ = try await Mailbox.deliver(app)
            // check
            let log = capture.lines.joined(separator: "\n")
            #expect(log.contains("POST /melden/:school"), "the request lines are captured")
            for canary in ["CanaryMeldtekst", "CanaryNaam", "melder@example.org", "CanaryAntwoord", code] {
                #expect(!log.contains(canary), "\(canary) in the log")
            }
        }
    }

    @Test func sexualMisconductShowsTheSafeguardingRouteAndNeverMailsTheCompany() async throws {
        try await withTestApp { app, f, _ in
            let company = try #require(try await CompanyModel.find(f.companyA, on: app.db))
            company.contactEmail = "eigenaar@bakkerij.example"
            try await company.save(on: app.db)
            let phone = Browser(app)
            try await phone.get("/melden/A1")
            let page = try await phone.post("/melden/A1", Meldpunt.form(["category": "seksueel-grensoverschrijdend", "grounds": ""]))
            #expect(page.body.contains("0900-8844") && page.body.contains("vertrouwenspersoon"))
            let mail = try await Mailbox.deliver(app)
            #expect(!mail.contains { $0.recipient == "eigenaar@bakkerij.example" })
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let detail = try await coordinator.get("/meldingen/\(try await Meldpunt.onlyReport(app).requireID())")
            #expect(detail.body.contains("Route bij seksueel grensoverschrijdend gedrag"))
        }
    }

    @Test func aRegisteredReportAsksNoActionUntilTheReporterAsks() async throws {
        try await withTestApp { app, _, clock in
            let code = try await Meldpunt.report(app, ["mode": "registreren"])
            #expect(try await Meldpunt.onlyReport(app).status == .registered)
            clock.advance(by: 10 * 86400)
            #expect(try await MeldpuntRepository(db: app.db).overdueCount(school: Meldpunt.onlyReport(app).$school.id, today: LocalDate(clock.now())) == 0)
            let reader = Browser(app)
            try await reader.get("/melden/volgen")
            let page = try await reader.post("/melden/volgen/bericht", [("code", code), ("opvolgen", "ja")])
            #expect(page.status == .ok)
            let report = try await Meldpunt.onlyReport(app)
            #expect(report.status == .new && report.mode == .followUp && report.responseDue == "2026-10-06")
        }
    }
}
