import PropertyBased
import Testing
@testable import StagelijnCore

/// Properties of the rules that must hold for any input, checked on random schedules and agreements.
@Suite("Rules: properties on random input")
struct RulesPropertyTests {
    static let base = d("2026-01-05")   // a Monday

    /// Raw shifts: (day offset, start minute, length in minutes, kind of break), turned into a valid schedule.
    static let rawShifts = zip(Gen.int(in: 0...48), Gen.int(in: 0...1380), Gen.int(in: 1...720), Gen.int(in: 0...3))
        .array(of: 0...25)
    /// Days of age on the base date: from 12 to 20 years.
    static let ageInDays = Gen.int(in: (12 * 365)...(20 * 365))

    static func schedule(_ raw: [(Int, Int, Int, Int)], ageInDays: Int, social: Bool,
                         exceptions: Set<ScheduleException> = []) -> WorkSchedule {
        var byDate: [Int: Shift] = [:]
        for (offset, start, length, breakKind) in raw where byDate[offset] == nil {
            let end = min(start + length, 1439)
            guard end > start, let from = ClockTime(minutes: start), let until = ClockTime(minutes: end) else { continue }
            var breaks = [[], [30], [15, 15], [10]][breakKind]
            if breaks.reduce(0, +) >= end - start { breaks = [] }
            byDate[offset] = Shift(date: base.adding(days: offset), start: from, end: until, breaks: breaks)
        }
        return WorkSchedule(birthDate: base.adding(days: -ageInDays), stageKind: social ? .socialStage : .vocational,
                            shifts: Array(byDate.values), exceptions: exceptions)
    }

    static func keys(_ schedule: WorkSchedule) -> Set<String> {
        Set(ScheduleCheck.check(schedule).map { "\($0.rule.rawValue)@\($0.date.iso)" })
    }

    @Test func theOrderOfTheShiftsDoesNotMatter() async {
        await propertyCheck(count: 200, input: Self.rawShifts, Self.ageInDays, Gen.bool) { raw, age, social in
            let schedule = Self.schedule(raw, ageInDays: age, social: social)
            var reversed = schedule
            reversed.shifts.reverse()
            #expect(ScheduleCheck.check(schedule) == ScheduleCheck.check(reversed))
        }
    }

    @Test func removingAShiftNeverAddsAViolation() async {
        await propertyCheck(count: 200, input: Self.rawShifts, Self.ageInDays, Gen.bool, Gen.int(in: 0...24)) { raw, age, social, drop in
            let schedule = Self.schedule(raw, ageInDays: age, social: social)
            guard !schedule.shifts.isEmpty else { return }
            var smaller = schedule
            smaller.shifts.remove(at: drop % schedule.shifts.count)
            #expect(Self.keys(smaller).isSubset(of: Self.keys(schedule)))
        }
    }

    @Test func violationsAreDatedOnAShiftOrOnTheMondayOfAWeek() async {
        await propertyCheck(count: 200, input: Self.rawShifts, Self.ageInDays, Gen.bool) { raw, age, social in
            let schedule = Self.schedule(raw, ageInDays: age, social: social)
            let dates = Set(schedule.shifts.map(\.date))
            for violation in ScheduleCheck.check(schedule) {
                switch violation.rule {
                case .maxHoursPerWeek, .avgHoursPer4Weeks, .maxDaysPerWeek: #expect(violation.date.isoWeekday == 1)
                default: #expect(dates.contains(violation.date))
                }
                #expect(!violation.message.isEmpty && !violation.source.isEmpty)
            }
        }
    }

    @Test func aLawfulWeekdayScheduleFor16And17IsCompliant() async {
        // Weekdays only, 06:00–23:00, at most 8 worked hours with a 30-minute break, ≥ 12 h rest: always lawful.
        let days = zip(Gen.int(in: 6 * 60...9 * 60), Gen.int(in: 60...480)).array(of: 1...40)
        await propertyCheck(count: 200, input: days, Gen.int(in: (16 * 365 + 5)...(17 * 365 + 300)), Gen.bool) { days, age, social in
            var shifts: [Shift] = []
            var date = Self.base
            for (start, worked) in days {
                while date.isoWeekday > 5 { date = date.adding(days: 1) }
                shifts.append(Shift(date: date, start: ClockTime(minutes: start)!, end: ClockTime(minutes: start + worked + 30)!, breaks: [30]))
                date = date.adding(days: 1)
            }
            let schedule = WorkSchedule(birthDate: Self.base.adding(days: -age), stageKind: social ? .socialStage : .vocational, shifts: shifts)
            #expect(ScheduleCheck.check(schedule).isEmpty)
        }
    }

    @Test func workingOneMinuteOverTheDayLimitIsAlwaysReported() async {
        await propertyCheck(count: 300, input: Self.ageInDays, Gen.bool, Gen.bool) { age, social, schoolDay in
            let birthDate = Self.base.adding(days: -age)
            guard let column = LabourLawColumn.applying(age: birthDate.age(on: Self.base), kind: social ? .socialStage : .vocational) else { return }
            let limit = column.maxPerDay(schoolDay: schoolDay)
            for worked in [limit, limit + 1] {
                let shift = Shift(date: Self.base, start: ClockTime(minutes: 8 * 60)!, end: ClockTime(minutes: 8 * 60 + worked + 30)!,
                                  breaks: [30], schoolDay: schoolDay)
                let found = Self.keys(WorkSchedule(birthDate: birthDate, stageKind: social ? .socialStage : .vocational, shifts: [shift]))
                #expect(found.contains("maxHoursPerDay@\(Self.base.iso)") == (worked > limit))
            }
        }
    }

    @Test func dayNumbersRoundTripAndWeeksStartOnMonday() async {
        await propertyCheck(count: 500, input: Gen.int(in: -100_000...100_000)) { number in
            let date = LocalDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(date.adding(days: 1).dayNumber == number + 1)
            let monday = date.isoWeekMonday
            #expect(monday.isoWeekday == 1 && monday <= date && monday.days(until: date) < 7)
        }
    }

    @Test func signingNeverMakesAnAgreementLessComplete() async {
        let parts = Gen.bool.array(of: 12)
        await propertyCheck(count: 200, input: parts, Gen.int(in: (14 * 365)...(20 * 365))) { present, age in
            let today = d("2026-03-01")
            var content = AgreementContent(studentBirthDate: today.adding(days: -age))
            if present[0] { content.learningActivities = ["Vakken vullen"] }
            if present[1] { content.company = "Jumbo"; content.positionLocations = ["Heiloo"] }
            if present[2] { content.startDate = today; content.endDate = today.adding(days: 90) }
            if present[3] { content.schedule = "ma–wo" }
            if present[4] { content.schoolSupervisionShare = "bezoek"; content.companySupervisionShare = "dagelijks" }
            if present[5] { content.assessmentByCompany = "eindgesprek" }
            if present[6] { content.inspectionArrangement = "toegang" }
            if present[7] { content.accidentAndLiabilityBy = .school; content.premiumPaidBy = .school }
            let before = Set(AgreementCompleteness.missing(content, today: today))
            for (index, role) in SignatoryRole.allCases.enumerated() where present[8 + index] {
                content.signatures.append(AgreementSignature(role: role, name: "X", signedAt: today))
            }
            let after = Set(AgreementCompleteness.missing(content, today: today))
            #expect(after.isSubset(of: before))
            #expect(after.filter(\.isContent) == before.filter(\.isContent))
            let adult = today.adding(days: -age).age(on: today) >= 18
            #expect(after.isEmpty == (present.allSatisfy { $0 } || (present.prefix(11).allSatisfy { $0 } && adult)))
        }
    }
}
