import Foundation
import Testing
@testable import StagelijnCore

@Suite("Weekly mail per praktijkbegeleider: when, which weeks, who")
struct WorkplaceMentorDigestRulesTests {
    let monday = LocalDate(year: 2026, month: 10, day: 12)!

    @Test func dueFromTheChosenWeekdayUntilTheEndOfTheWeek() {
        #expect(WorkplaceMentorDigestRules.isDue(today: monday, weekday: 1))
        #expect(!WorkplaceMentorDigestRules.isDue(today: monday, weekday: 3))
        #expect(WorkplaceMentorDigestRules.isDue(today: monday.adding(days: 2), weekday: 3))
        #expect(WorkplaceMentorDigestRules.isDue(today: monday.adding(days: 6), weekday: 3))
        // an impossible stored weekday falls back to Monday
        #expect(WorkplaceMentorDigestRules.isDue(today: monday, weekday: 9))
    }

    @Test func openWeeksAreTheDistinctMondaysOldestFirst() {
        let days = ["2026-10-06", "2026-09-29", "2026-10-05", "2026-09-28"].compactMap { LocalDate(iso: $0) }
        #expect(WorkplaceMentorDigestRules.openWeeks(days).map(\.iso) == ["2026-09-28", "2026-10-05"])
        #expect(WorkplaceMentorDigestRules.openWeeks([]).isEmpty)
    }

    @Test func oneAddressIsOnePerson() {
        #expect(WorkplaceMentorDigestRules.normalizedEmail(" Piet@Bakkerij.Example ") == "piet@bakkerij.example")
    }
}
