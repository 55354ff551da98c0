import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Meldpunt: deadline, figures, retention")
struct MeldpuntDeadlineAndFiguresTests {
    @Test func unansweredAfterThreeSchoolDaysShowsOnTheHandlersHomePage() async throws {
        try await withTestApp { app, _, clock in
            // setup: a report on Monday 21 September is due on Thursday 24 September
            _ = try await Meldpunt.report(app)
            #expect(try await Meldpunt.onlyReport(app).responseDue == "2026-09-24")
            clock.advance(by: 3 * 86400) // Thursday: not late yet
            let thursday = Browser(app)
            try await thursday.login("coordinator")
            #expect(!(try await thursday.get("/").body.contains("langer dan 3 schooldagen")))
            clock.advance(by: 86400) // Friday
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let home = try await coordinator.get("/")
            #expect(home.body.contains("1 melding wacht langer dan 3 schooldagen op een reactie"), "\(home.status)")
            let care = Browser(app)
            try await care.login("careCoordinator")
            #expect(try await care.get("/").body.contains("1 melding wacht"))
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(!(try await supervisor.get("/").body.contains("Meldpunt")))
        }
    }

    @Test func holidaysMoveTheDeadline() async throws {
        try await withTestApp { app, f, _ in
            let settings = MeldpuntSettingsModel.defaults(school: f.schoolA1)
            settings.holidays = "2026-09-22 t/m 2026-09-25"
            try await settings.save(on: app.db)
            _ = try await Meldpunt.report(app)
            #expect(try await Meldpunt.onlyReport(app).responseDue == "2026-09-30")
        }
    }

    @Test func studentsAndParentsFindMeldenOnTheirHomePage() async throws {
        try await withTestApp { app, _, _ in
            for role in ["student", "parent"] {
                let browser = Browser(app)
                try await browser.login(role)
                #expect(try await browser.get("/").body.contains("href=\"/melden/A1\""), "\(role)")
            }
        }
    }

    @Test func figuresHideSmallNumbersAndNeverShowText() async throws {
        try await withTestApp { app, _, _ in
            // setup: 6 discrimination reports during the stage, 2 about unsafe work
            let phone = Browser(app)
            for _ in 0..<6 { _ = try await Meldpunt.report(app, browser: phone) }
            for _ in 0..<2 { _ = try await Meldpunt.report(app, ["category": "onveilig-werk"], browser: phone) }
            let leadership = Browser(app)
            try await leadership.login("leadership")
            let page = try await leadership.get("/meldingen/cijfers")
            #expect(page.status == .ok && page.body.contains("&lt; 5") && !page.body.contains("CanaryMeldtekst"))
            let csv = try await leadership.get("/meldingen/cijfers.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.contains("Stagediscriminatie;< 5;6;6"), "\(csv.body.prefix(300))")
            #expect(csv.body.contains("Onveilig werk;< 5;< 5;< 5"))
            #expect(!csv.body.contains("CanaryMeldtekst") && !csv.body.contains("Bakkerij"))
        }
    }

    @Test func closedReportsArePurgedAfterTheRetentionPeriod() async throws {
        try await withTestApp { app, f, clock in
            // setup: two reports; one closed with an outcome, one still open
            _ = try await Meldpunt.report(app)
            let closedID = try await Meldpunt.onlyReport(app).requireID()
            clock.advance(by: 60)
            _ = try await Meldpunt.report(app)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            _ = try await coordinator.post("/meldingen/\(closedID)/actie", [("action", "bericht"), ("text", "We gaan het oplossen.")])
            let closed = try await coordinator.post("/meldingen/\(closedID)/actie", [("action", "afronden"), ("outcome", "nieuwe-stageplaats")])
            #expect(closed.status == .seeOther)
            let settings = MeldpuntSettingsModel.defaults(school: f.schoolA1)
            settings.retentionMonths = 6
            try await settings.save(on: app.db)
            // act: just before and after six months
            clock.advance(by: 180 * 86400)
            var purged = try await Maintenance.purgeExpired(now: clock.now(), config: app.stagelijnConfig, on: app.db)
            #expect(purged.incidentReports == 0)
            clock.advance(by: 5 * 86400)
            purged = try await Maintenance.purgeExpired(now: clock.now(), config: app.stagelijnConfig, on: app.db)
            // check: the closed report and its messages are gone, the open one stays; the removal is audited
            #expect(purged.incidentReports == 1)
            #expect(try await IncidentReportModel.find(closedID, on: app.db) == nil)
            #expect(try await IncidentEntryModel.query(on: app.db).count() == 0)
            #expect(try await IncidentReportModel.query(on: app.db).count() == 1)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "incidentReport").filter(\.$action == "delete").count() == 1)
        }
    }
}
