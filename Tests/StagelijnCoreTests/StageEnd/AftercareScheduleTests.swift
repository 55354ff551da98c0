import Foundation
import Testing
@testable import StagelijnCore

@Suite("Stage end: aftercare schedule")
struct AftercareScheduleTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test func twoYearsOfThreeContactsEachInsideItsWindow() {
        // setup: left on Friday 10 July 2026, summer holiday 11 July – 23 August 2026
        let calendar = SchoolCalendar(holidays: [Self.day("2026-07-11")...Self.day("2026-08-23")])
        // act
        let plan = AftercareSchedule.plan(leftOn: Self.day("2026-07-10"), calendar: calendar)
        // check
        #expect(plan.count == 6)
        #expect(plan.map(\.year) == [1, 1, 1, 2, 2, 2])
        #expect(plan.map(\.number) == [1, 2, 3, 1, 2, 3])
        #expect(plan[0].window == Self.day("2026-07-11")...Self.day("2026-11-10"))
        #expect(plan[5].window.upperBound == Self.day("2028-07-10"))
        for contact in plan {
            #expect(contact.window.contains(contact.planned))
            #expect(calendar.isSchoolDay(contact.planned), "\(contact.planned)")
        }
    }

    @Test func aContactIsNotPlannedInTheHolidays() {
        // setup: the first window's middle (10 September) falls in a (made-up) long holiday
        let calendar = SchoolCalendar(holidays: [Self.day("2026-08-01")...Self.day("2026-09-30")])
        let plan = AftercareSchedule.plan(leftOn: Self.day("2026-07-10"), calendar: calendar)
        #expect(plan[0].planned == Self.day("2026-10-01"))
    }

    /// Property: for random leaving days and random holiday lists, the six windows tile the two years without gaps
    /// or overlap, and every contact is planned inside its window — on a school day whenever the window has one.
    @Test func propertyEveryContactInsideItsWindow() {
        var generator = SeededGenerator(seed: 15)
        for _ in 0..<400 {
            let left = Self.day("2024-01-01").adding(days: Int.random(in: 0..<1500, using: &generator))
            var holidays: [ClosedRange<LocalDate>] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let start = left.adding(days: Int.random(in: -30..<760, using: &generator))
                holidays.append(start...start.adding(days: Int.random(in: 0..<(Bool.random(using: &generator) ? 14 : 200), using: &generator)))
            }
            let calendar = SchoolCalendar(holidays: holidays)
            let plan = AftercareSchedule.plan(leftOn: left, calendar: calendar)
            #expect(plan.count == AftercareSchedule.years * AftercareSchedule.contactsPerYear)
            #expect(plan.first?.window.lowerBound == left.adding(days: 1))
            #expect(plan.last?.window.upperBound == left.addingMonths(24))
            for (previous, next) in zip(plan, plan.dropFirst()) {
                #expect(previous.window.upperBound.adding(days: 1) == next.window.lowerBound)
            }
            for contact in plan {
                #expect(contact.window.contains(contact.planned), "\(left) \(contact.dutchName)")
                let length = contact.window.lowerBound.days(until: contact.window.upperBound)
                let hasSchoolDay = (0...length).contains { calendar.isSchoolDay(contact.window.lowerBound.adding(days: $0)) }
                if hasSchoolDay { #expect(calendar.isSchoolDay(contact.planned), "\(left) \(contact.dutchName)") }
                #expect((118...124).contains(length + 1), "a window is four months")
            }
        }
    }

    @Test func statesFollowTheWindow() {
        let window = Self.day("2026-09-01")...Self.day("2026-12-31")
        #expect(AftercareSchedule.state(window: window, recordedOn: nil, today: Self.day("2026-08-31")) == .upcoming)
        #expect(AftercareSchedule.state(window: window, recordedOn: nil, today: Self.day("2026-09-01")) == .due)
        #expect(AftercareSchedule.state(window: window, recordedOn: nil, today: Self.day("2026-12-31")) == .due)
        #expect(AftercareSchedule.state(window: window, recordedOn: nil, today: Self.day("2027-01-01")) == .missed)
        #expect(AftercareSchedule.state(window: window, recordedOn: Self.day("2026-10-01"), today: Self.day("2027-01-01")) == .done)
    }

    @Test func vsoOnlyOnRequest() {
        #expect(!AftercarePolicy.rule(for: .vso).plansAftercare(requested: false, schoolChooses: true))
        #expect(AftercarePolicy.rule(for: .vso).plansAftercare(requested: true, schoolChooses: false))
        #expect(AftercarePolicy.rule(for: .praktijkonderwijs).plansAftercare(requested: false, schoolChooses: false))
        #expect(AftercarePolicy.rule(for: .mbo).plansAftercare(requested: false, schoolChooses: true))
        #expect(!AftercarePolicy.rule(for: .mbo).plansAftercare(requested: false, schoolChooses: false))
    }

    @Test func monthsAreAddedOnTheCalendar() {
        #expect(Self.day("2026-01-31").addingMonths(1) == Self.day("2026-02-28"))
        #expect(Self.day("2026-11-15").addingMonths(4) == Self.day("2027-03-15"))
        #expect(Self.day("2024-02-29").addingMonths(24) == Self.day("2026-02-28"))
    }
}
