import Fluent
import Foundation
import StagelijnCore
import Testing
@testable import StagelijnApp

@Suite("Visit plan in the app: the stage's own start, running stages only, today's visit closes today's slot")
struct VisitPlanAppTests {
    typealias F = VisitPlanFixtures

    @Test func aStageThatStartsOnThirtyNovemberHasNothingOverdueInOctober() async throws {
        try await withTestApp { app, f, clock in
            // setup: the period began on 28-09, this stage's agreement says 30-11
            try await F.setStatus(.active, f.placementA1, on: app.db)
            try await F.agreement(f.placementA1, school: f.schoolA1, start: "2026-11-30", on: app.db)
            clock.advance(by: 63 * F.day)                                  // 23 November
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // act
            let week = try await coordinator.get("/begeleiding")
            let placement = try await coordinator.get("/stages/\(f.placementA1)")
            // check
            #expect(week.body.contains("Niets te laat.") && !week.body.contains("te laat)"))
            #expect(placement.body.contains("contactmoment bij de start, 04-12-2026: gepland"))
            #expect(!placement.body.contains("02-10-2026"))
        }
    }

    @Test func onlyRunningStagesCountAndTheOverviewAgreesWithTheWeekPage() async throws {
        try await withTestApp { app, f, clock in
            // setup: a stage still waiting for its agreement, far into the period
            try await F.setStatus(.agreement, f.placementA1, on: app.db)
            clock.advance(by: 63 * F.day)                                  // 23 November
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // act / check: nothing is due on a stage that has not started
            let waiting = try await coordinator.get("/begeleiding")
            #expect(waiting.body.contains("Niets te laat.") && waiting.body.contains("nog niet gestart (overeenkomst)"))
            // once it runs, the missed items show — in real Dutch — on the week page and in the overview alike
            try await F.setStatus(.active, f.placementA1, on: app.db)
            let running = try await coordinator.get("/begeleiding")
            #expect(running.body.contains("2 bezoeken en 2 contactmomenten te laat."))
            #expect(!running.body.contains("(en)"))
            let overview = try await coordinator.get("/begeleiding/overzicht?periode=\(f.periodA1)")
            #expect(overview.body.contains("<td>zonder begeleider</td><td>1</td><td>2</td><td>0</td><td>2</td><td>2</td>"))
        }
    }

    @Test func aVisitRecordedTodayClosesTodaysSlotAndTheMissedOneStaysVisible() async throws {
        try await withTestApp { app, f, clock in
            // setup: a running stage from 28-09; visits due 19-10 and 09-11
            try await F.setStatus(.active, f.placementA1, on: app.db)
            clock.advance(by: 49 * F.day)                                  // 9 November
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            // act
            let saved = try await supervisor.post("/stages/\(f.placementA1)/bezoek", [
                ("kind", "bezoek"), ("doneOn", "2026-11-09"), ("present", "Sem, Piet"), ("progress", "Werkt zelfstandiger"),
                ("concerns", ""), ("nextStep", "Kassa oefenen"),
            ])
            // check
            #expect(saved.status == .seeOther)
            let page = try await supervisor.get("/stages/\(f.placementA1)")
            #expect(page.body.contains("bezoek met voortgangsgesprek, 09-11-2026: gedaan (op 09-11-2026)"))
            #expect(page.body.contains("bezoek met voortgangsgesprek, 19-10-2026: te laat"))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let week = try await coordinator.get("/begeleiding")
            #expect(week.body.contains("1 bezoek en 1 contactmoment te laat."))
            #expect(week.body.contains("Nu aan de beurt: 1 contactmoment."))
        }
    }
}
