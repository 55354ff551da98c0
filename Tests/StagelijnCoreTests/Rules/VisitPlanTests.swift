import Testing
@testable import StagelijnCore

@Suite("Visit plan: from the stage's own start, only running stages due, a visit closes its nearest slot")
struct VisitPlanTests {
    let periodStart = d("2026-09-28"), end = d("2026-12-18")

    @Test func aStageThatStartsLateHasNothingDueBeforeItsStart() {
        // The period began on 28-09, this stage on 30-11: on 23-11 nothing is due or overdue.
        let items = SupervisionPlan.items(start: d("2026-11-30"), end: end, intervalWeeks: 3, today: d("2026-11-23"), done: [])
        #expect(items.allSatisfy { $0.state == .upcoming && $0.dueDate >= d("2026-11-30") })
        #expect(items.first?.kind == .contactStart && items.first?.dueDate == d("2026-12-04"))
    }

    @Test func onlyARunningStageHasItemsDueOrOverdue() {
        let today = d("2026-11-23")
        let waiting = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: today, done: [], status: .agreement)
        #expect(!waiting.isEmpty && waiting.allSatisfy { $0.state == .upcoming })
        let running = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: today, done: [], status: .active)
        #expect(running.contains { $0.state == .overdue })
        // A stage broken off: what was not done is history (missed), later slots are gone.
        let ended = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: today, done: [], status: .terminated)
        #expect(ended.allSatisfy { $0.state == .missed && $0.dueDate <= today })
        #expect(SupervisionSummary([ended, waiting]) == SupervisionSummary([]))
    }

    @Test func aVisitRecordedTodayClosesTodaysSlotNotTheOldestOverdueOne() {
        // Visits due 19-10, 09-11, 30-11; on 30-11 the supervisor visits.
        let items = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: d("2026-11-30"),
                                          done: [(.visit, d("2026-11-30"))])
        let visits = items.filter { $0.kind == .visit }
        #expect(visits.map(\.state) == [.overdue, .overdue, .done])
        #expect(visits.last?.doneOn == d("2026-11-30"))
    }

    @Test func aVisitAFewDaysEarlyClosesItsOwnSlotAndFarVisitsCloseNothing() {
        let early = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: d("2026-11-10"),
                                          done: [(.visit, d("2026-11-06"))])
        #expect(early.filter { $0.kind == .visit }.map(\.state) == [.overdue, .done, .upcoming])
        // Two visits in the first week: the second has no open slot within one interval, so it closes none.
        let twice = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: d("2026-10-25"),
                                          done: [(.visit, d("2026-10-01")), (.visit, d("2026-10-02"))])
        #expect(twice.filter { $0.kind == .visit }.map(\.state) == [.done, .upcoming, .upcoming])
    }

    @Test func aContactMomentClosesItsOwnKindWhateverTheDate() {
        let items = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: d("2026-11-23"),
                                          done: [(.contactMidway, d("2026-11-20"))])
        #expect(items.first { $0.kind == .contactMidway }?.state == .done)
        #expect(items.first { $0.kind == .contactStart }?.state == .overdue)
    }

    @Test func theSummaryUsesRealDutchSingularAndPlural() {
        let one = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: d("2026-10-28"),
                                        done: [(.contactStart, d("2026-09-30"))])
        #expect(SupervisionSummary([one]).dutchOverdue == "1 bezoek te laat.")
        let many = SupervisionPlan.items(start: periodStart, end: end, intervalWeeks: 3, today: d("2026-11-23"), done: [])
        let summary = SupervisionSummary([many, many])
        #expect(summary.dutchOverdue == "4 bezoeken en 4 contactmomenten te laat.")
        #expect(SupervisionSummary([]).dutchOverdue == "Niets te laat." && SupervisionSummary([]).dutchDue == nil)
        #expect(SupervisionSummary.count(1, "dag", "dagen") == "1 dag" && SupervisionSummary.count(2, "dag", "dagen") == "2 dagen")
    }
}
