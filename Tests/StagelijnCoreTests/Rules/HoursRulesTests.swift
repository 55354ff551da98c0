import Testing
@testable import StagelijnCore

@Suite("Stage-agenda: hours only on a running stage, within its own dates, not in the future")
struct HoursRulesTests {
    let start = d("2026-09-28"), end = d("2026-12-18"), today = d("2026-10-14")

    @Test func onlyARunningStageTakesHours() {
        for status in PlacementStatus.allCases {
            let problem = StageAgendaRules.problem(day: d("2026-10-12"), status: status, start: start, end: end, today: today)
            #expect((problem == nil) == (status == .active))
        }
        #expect(StageAgendaRules.closed(status: .agreement)?.dutchMessage.contains("status ‘overeenkomst’") == true)
        #expect(StageAgendaRules.closed(status: .completed)?.dutchMessage == "Deze stage is afgerond: er kunnen geen uren meer bij.")
    }

    @Test func theDayLiesWithinTheStagesOwnDatesAndHasBeen() {
        func problem(_ day: String) -> StageAgendaProblem? {
            StageAgendaRules.problem(day: d(day), status: .active, start: start, end: end, today: today)
        }
        #expect(problem("2026-09-28") == nil && problem("2026-10-14") == nil)
        #expect(problem("2026-09-27") == .beforeStart(start))
        #expect(problem("2026-10-15") == .inFuture)
        let late = StageAgendaRules.problem(day: d("2026-12-19"), status: .active, start: start, end: end, today: d("2027-01-04"))
        #expect(late == .afterEnd(end) && late?.dutchMessage == "Kies een dag tot en met de laatste stagedag, 18-12-2026.")
    }
}
