import Testing
@testable import StagelijnCore

@Suite("Supervision plan: visits every few weeks and three contact moments")
struct SupervisionPlanTests {
    let start = d("2026-09-28"), end = d("2026-12-18")   // 12 weeks

    @Test func aTwelveWeekStageHasThreeVisitsEveryThreeWeeksAndThreeContactMoments() {
        let items = SupervisionPlan.items(start: start, end: end, intervalWeeks: 3, today: start, done: [])
        #expect(items.filter { $0.kind == .visit }.map(\.dueDate) == [d("2026-10-19"), d("2026-11-09"), d("2026-11-30")])
        #expect(items.filter { $0.kind != .visit }.map(\.kind) == [.contactStart, .contactMidway, .contactEnd])
        #expect(items.allSatisfy { $0.state == .upcoming || $0.dueDate <= start })
    }

    @Test func aSupportNeedMeansMoreVisits() {
        let often = SupervisionPlan.items(start: start, end: end, intervalWeeks: 2, today: start, done: [])
        #expect(often.filter { $0.kind == .visit }.count == 5)
    }

    @Test func doneOverdueAndDueFollowTheDatesAndTheGracePeriod() {
        let done: [(kind: SupervisionKind, on: LocalDate)] = [(.contactStart, d("2026-09-30")), (.visit, d("2026-10-20"))]
        let items = SupervisionPlan.items(start: start, end: end, intervalWeeks: 3, today: d("2026-11-17"), done: done)
        func state(_ kind: SupervisionKind, _ due: String) -> SupervisionItem.State? {
            items.first { $0.kind == kind && $0.dueDate == d(due) }?.state
        }
        #expect(state(.contactStart, "2026-10-02") == .done)
        #expect(state(.visit, "2026-10-19") == .done)
        #expect(state(.contactMidway, "2026-11-07") == .overdue)      // 10 days late, grace is 7
        #expect(state(.visit, "2026-11-09") == .overdue)
        #expect(state(.visit, "2026-11-30") == .upcoming)
        let dueToday = SupervisionPlan.items(start: start, end: end, intervalWeeks: 3, today: d("2026-11-12"), done: done)
        #expect(dueToday.first { $0.kind == .visit && $0.dueDate == d("2026-11-09") }?.state == .due)
    }
}
