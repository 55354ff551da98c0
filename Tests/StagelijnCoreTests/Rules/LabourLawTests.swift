import Testing
@testable import StagelijnCore

@Suite("Schedule check: minimumAge")
struct MinimumAgeTests {
    @Test func under13NoStageAtAllAndNoOtherRuleIsJudged() {
        #expect(found(age12, .socialStage, [shift(mon, "06:00", "20:00")]) == ["minimumAge@\(mon)"])
        #expect(found(age12, .vocational, [shift(mon, "09:00", "12:00")]) == ["minimumAge@\(mon)"])
    }

    @Test func at13OnlyTheMaatschappelijkeStage() {
        #expect(found(age13, .socialStage, [shift(mon, "09:00", "11:00", schoolDay: true)]).isEmpty)
        #expect(found(age13, .vocational, [shift(mon, "09:00", "12:00")]) == ["minimumAge@\(mon)"])
    }

    @Test func theBirthdayItselfCounts() {
        // Turns 14 on Tuesday 3 March 2026: a beroepsstage is allowed that day, not the day before.
        let birth = "2012-03-03"
        #expect(found(birth, .vocational, [shift(mon, "09:00", "12:00")]) == ["minimumAge@\(mon)"])
        #expect(found(birth, .vocational, [shift(tue, "09:00", "12:00")]).isEmpty)
    }

    @Test func reportedForEveryShiftDate() {
        #expect(found(age13, .vocational, [shift(mon, "09:00", "12:00"), shift(tue, "09:00", "12:00")])
                == ["minimumAge@\(mon)", "minimumAge@\(tue)"])
    }
}

@Suite("Schedule check: nightWork")
struct NightWorkTests {
    @Test(arguments: [("07:00", "19:00", true), ("06:59", "12:00", false), ("12:00", "19:01", false),
                      ("06:00", "08:00", false)])
    func under16TheNightIsSevenToSeven(start: String, end: String, allowed: Bool) {
        let result = found(age15, .vocational, [shift(mon, start, end, breaks: [60, 60, 60, 60, 60])])
        #expect(result.contains("nightWork@\(mon)") == !allowed)
    }

    @Test(arguments: [("06:00", "15:00", true), ("14:00", "23:00", true), ("05:59", "14:00", false),
                      ("14:01", "23:01", false)])
    func at16And17TheNightIsElevenToSix(start: String, end: String, allowed: Bool) {
        let result = found(age17, .vocational, [shift(mon, start, end, breaks: [30])])
        #expect(result.contains("nightWork@\(mon)") == !allowed)
    }

    @Test func adultsHaveNoNightRule() {
        #expect(found(age18, .vocational, [shift(mon, "04:00", "12:00", breaks: [30])]).isEmpty)
    }
}

@Suite("Schedule check: dailyRest")
struct DailyRestTests {
    @Test(arguments: [
        (age14, StageKind.vocational, "18:00", "08:00", false), // 14 h for beroepsstage 14–15
        (age14, .vocational, "18:01", "08:00", true),
        (age14, .socialStage, "18:30", "08:29", true),          // 14 h for maatschappelijke stage 13–14
        (age15, .socialStage, "18:30", "06:30", false),          // 12 h for maatschappelijke stage 15 … but night
        (age16, .vocational, "22:00", "10:00", false),           // 12 h at 16–17
        (age16, .vocational, "22:00", "09:59", true),
        (age18, .vocational, "23:00", "10:00", false),           // 11 h for adults
        (age30, .vocational, "23:00", "09:59", true),
    ])
    func restBetweenTheEndAndTheNextStart(birth: String, kind: StageKind, end: String, nextStart: String, short: Bool) {
        let start = kind == .socialStage ? "17:00" : "14:00"
        let nextEnd = nextStart < "12:00" ? "12:00" : "13:00"
        let result = found(birth, kind, [shift(mon, start, end), shift(tue, nextStart, nextEnd)])
        #expect(result.contains("dailyRest@\(tue)") == short)
        #expect(!result.contains("dailyRest@\(mon)"))
    }

    @Test func theNextShiftIsTheNextDateWithAShiftNotTheNextCalendarDay() {
        // Friday until 18:00, Monday from 08:00: a whole weekend of rest.
        #expect(found(age15, .vocational, [shift(fri, "11:00", "18:00", breaks: [30]), shift(nextMon, "08:00", "12:00")]).isEmpty)
    }

    @Test func theColumnOfTheLaterShiftDecides() {
        // Turns 16 on Tuesday: 12 h rest is enough then, where 14 h was needed the day before.
        let birth = "2010-03-03"
        #expect(found(birth, .vocational, [shift(mon, "12:00", "18:00", breaks: [30]), shift(tue, "06:30", "11:00")]).isEmpty)
        #expect(found(birth, .vocational, [shift("2026-02-26", "12:00", "18:00", breaks: [30]), shift("2026-02-27", "07:00", "11:00")])
                == ["dailyRest@2026-02-27"])
    }
}

@Suite("Schedule check: maxHoursPerDay")
struct MaxHoursPerDayTests {
    @Test(arguments: [
        (age14, StageKind.socialStage, true, "09:00", "11:00", false), (age14, .socialStage, true, "09:00", "11:01", true),
        (age13, .socialStage, false, "09:00", "16:30", false), (age13, .socialStage, false, "09:00", "16:31", true),
        (age15, .socialStage, false, "09:00", "17:30", false), (age15, .socialStage, false, "09:00", "17:31", true),
        (age15, .socialStage, true, "09:00", "11:01", true),
        (age14, .vocational, true, "08:00", "15:30", false), (age15, .vocational, false, "08:00", "15:31", true),
        (age16, .vocational, false, "08:00", "17:30", false), (age17, .socialStage, true, "08:00", "17:31", true),
        (age18, .vocational, false, "06:00", "18:30", false), (age30, .vocational, false, "06:00", "18:31", true),
    ])
    func limitPerDay(birth: String, kind: StageKind, schoolDay: Bool, start: String, end: String, over: Bool) {
        // A 30-minute break, except for the 2-hour school days where none is needed.
        let breaks = end <= "11:01" ? [] : [30]
        let result = found(birth, kind, [shift(mon, start, end, breaks: breaks, schoolDay: schoolDay)])
        #expect(result.contains("maxHoursPerDay@\(mon)") == over)
    }

    @Test func breaksDoNotCountAsWorkedTime() {
        #expect(found(age15, .vocational, [shift(mon, "08:00", "16:00", breaks: [30, 30])]).isEmpty)
        #expect(found(age15, .vocational, [shift(mon, "08:00", "16:00", breaks: [30, 29])]) == ["maxHoursPerDay@\(mon)"])
    }

    @Test func theAgeOnTheShiftDateDecides() {
        // Turns 16 on Wednesday 4 March: 8 hours is too much on Tuesday (15, beroepsstage: 7 h), fine on Wednesday.
        let birth = "2010-03-04"
        #expect(found(birth, .vocational, [shift(tue, "08:00", "16:30", breaks: [30]),
                                           shift(wed, "08:00", "16:30", breaks: [30])]) == ["maxHoursPerDay@\(tue)"])
    }
}

@Suite("Schedule check: maxHoursPerWeek, avgHoursPer4Weeks, maxDaysPerWeek")
struct WeekRuleTests {
    static func week(from monday: String, days: Int, start: String = "08:00", end: String, breaks: [Int] = [30]) -> [Shift] {
        (0..<days).map { Shift(date: d(monday).adding(days: $0), start: t(start), end: t(end), breaks: breaks) }
    }

    @Test func beroepsstage14To15Has35HoursAWeekDatedOnTheMonday() {
        let exact = Self.week(from: mon, days: 5, end: "15:30")           // 5 × 7 h
        #expect(found(age15, .vocational, exact).isEmpty)
        var over = exact
        over[4].end = t("15:31")
        #expect(found(age15, .vocational, over).contains("maxHoursPerWeek@\(mon)"))
    }

    @Test func maatschappelijkeStageHas12HoursAWeek() {
        let exact = Self.week(from: mon, days: 4, start: "09:00", end: "12:00", breaks: [])   // 4 × 3 h
        #expect(found(age14, .socialStage, exact).isEmpty)
        #expect(found(age14, .socialStage, Self.week(from: mon, days: 4, start: "09:00", end: "12:01", breaks: []))
                == ["maxHoursPerWeek@\(mon)"])
    }

    @Test func aWeekSpanningAYearEndIsOneISOWeek() {
        // Monday 28 December 2026 to Saturday 2 January 2027 is ISO week 2026-W53: 6 × 8 h = 48 h > 45 h.
        let shifts = Self.week(from: "2026-12-28", days: 6, end: "16:30")
        #expect(found(age16, .vocational, shifts).filter { $0.hasPrefix("maxHoursPerWeek") } == ["maxHoursPerWeek@2026-12-28"])
        #expect(d("2027-01-03").isoWeekMonday == d("2026-12-28"))
        #expect(d("2027-01-04").isoWeekMonday == d("2027-01-04"))
    }

    @Test func adultsHave60HoursAWeek() {
        let exact = Self.week(from: mon, days: 6, start: "06:00", end: "16:30")     // 6 × 10 h
        #expect(found(age30, .vocational, exact).isEmpty)
        var over = exact
        over[2].end = t("16:31")
        #expect(found(age30, .vocational, over) == ["maxHoursPerWeek@\(mon)"])
    }

    @Test func at16And17TheAverageOverFourWeeksIsAtMost40Hours() {
        let fourWeeks = Self.week(from: mon, days: 5, end: "16:30") + Self.week(from: nextMon, days: 5, end: "16:30")
            + Self.week(from: "2026-03-16", days: 5, end: "16:30") + Self.week(from: "2026-03-23", days: 5, end: "16:30")
        #expect(found(age16, .vocational, fourWeeks).isEmpty)                 // exactly 160 h
        var over = fourWeeks
        over[19].end = t("16:31")
        #expect(found(age16, .vocational, over) == ["avgHoursPer4Weeks@\(mon)"])
        // The same hours for a 15-year-old break the weekly limit instead, and for an adult nothing.
        #expect(found(age30, .vocational, over).isEmpty)
    }

    @Test func maatschappelijkeStageUnder16WorksAtMostFiveDays() {
        let six = Self.week(from: mon, days: 6, start: "09:00", end: "10:00", breaks: [])
        #expect(found(age14, .socialStage, Array(six.prefix(5))).isEmpty)
        #expect(found(age14, .socialStage, six) == ["maxDaysPerWeek@\(mon)"])
        #expect(found(age15, .vocational, six).isEmpty)
        #expect(found(age16, .socialStage, six).isEmpty)
    }

    @Test func theYoungestAgeInTheWeekSetsTheWeekLimit() {
        // Turns 16 on Thursday: the week is judged as a 15-year-old's (35 h), so 5 × 8 h is too much.
        let shifts = Self.week(from: mon, days: 5, end: "16:30")
        let result = found("2010-03-05", .vocational, shifts)
        #expect(result.contains("maxHoursPerWeek@\(mon)"))
    }
}

@Suite("Schedule check: breakRequired")
struct BreakRequiredTests {
    @Test func exactlyFourAndAHalfHoursNeedsNoBreak() {
        #expect(found(age14, .vocational, [shift(mon, "09:00", "13:30")]).isEmpty)
        #expect(found(age14, .vocational, [shift(mon, "09:00", "13:31")]) == ["breakRequired@\(mon)"])
    }

    @Test func under16TheBreakIsThirtyMinutesAtOnce() {
        #expect(found(age15, .vocational, [shift(mon, "09:00", "14:30", breaks: [30])]).isEmpty)
        #expect(found(age15, .vocational, [shift(mon, "09:00", "14:30", breaks: [15, 15])]) == ["breakRequired@\(mon)"])
    }

    @Test func at16And17ItMayBeSplitInPartsOfFifteenMinutes() {
        #expect(found(age16, .vocational, [shift(mon, "09:00", "14:30", breaks: [15, 15])]).isEmpty)
        #expect(found(age16, .vocational, [shift(mon, "09:00", "14:30", breaks: [15, 10, 10])]) == ["breakRequired@\(mon)"])
    }

    @Test func adultsFromFiveAndAHalfHours() {
        #expect(found(age18, .vocational, [shift(mon, "09:00", "14:30")]).isEmpty)
        #expect(found(age18, .vocational, [shift(mon, "09:00", "14:31")]) == ["breakRequired@\(mon)"])
        #expect(found(age18, .vocational, [shift(mon, "09:00", "15:01", breaks: [15, 15])]).isEmpty)
    }
}

@Suite("Schedule check: sundayWork")
struct SundayWorkTests {
    let sunday = [shift(sun, "10:00", "12:00")]

    @Test func maatschappelijkeStageNeedsInherentWorkAndParentalConsent() {
        #expect(found(age14, .socialStage, sunday) == ["sundayWork@\(sun)"])
        #expect(found(age14, .socialStage, sunday, [.sundayInherentToWork]) == ["sundayWork@\(sun)"])
        #expect(found(age15, .socialStage, sunday, [.sundayInherentToWork, .parentalConsentSunday]).isEmpty)
    }

    @Test func beroepsstageUnder16Never() {
        #expect(found(age15, .vocational, sunday, Set(ScheduleException.allCases)) == ["sundayWork@\(sun)"])
    }

    @Test func at16And17OnlyWhenInherentAndAgreedInTheContract() {
        #expect(found(age17, .vocational, sunday, [.sundayInherentToWork, .sundayAgreedInContract]).isEmpty)
        #expect(found(age17, .socialStage, sunday, [.sundayInherentToWork, .parentalConsentSunday]) == ["sundayWork@\(sun)"])
    }

    @Test func adultsHaveNoSundayRule() {
        #expect(found(age18, .vocational, sunday).isEmpty)
    }

    @Test func saturdayIsNotSunday() {
        #expect(found(age15, .vocational, [shift(sat, "10:00", "12:00")]).isEmpty)
        #expect(d(sun).isSunday && !d(sat).isSunday)
    }
}

@Suite("Schedule check: reporting")
struct ScheduleReportingTests {
    @Test func everyViolationIsReportedInDateAndRuleOrder() {
        // A 14-year-old in a beroepsstage on Sunday night, 9 hours without a break, too little rest before Monday.
        let shifts = [shift(mon, "06:00", "15:00"), shift(sun, "12:00", "21:00")]
        #expect(found(age14, .vocational, shifts) == [
            "nightWork@\(mon)", "maxHoursPerDay@\(mon)", "breakRequired@\(mon)",
            "nightWork@\(sun)", "maxHoursPerDay@\(sun)", "breakRequired@\(sun)", "sundayWork@\(sun)",
        ])
    }

    @Test func messagesAreDutchAndNameTheLimitAndTheSource() throws {
        let violation = try #require(ScheduleCheck.check(WorkSchedule(
            birthDate: d(age14), stageKind: .vocational, shifts: [shift(mon, "08:00", "16:00", breaks: [30])])).first)
        #expect(violation.message == "Gewerkt 7 uur en 30 minuten; voor een leerling van 14 of 15 jaar in een beroepsstage is maximaal 7 uur toegestaan.")
        #expect(violation.source.contains("Nadere regeling kinderarbeid"))
    }

    @Test func structuralProblemsNameTheField() {
        let schedule = WorkSchedule(birthDate: d(age16), stageKind: .vocational, shifts: [
            shift(mon, "09:00", "17:00"), shift(mon, "10:00", "11:00"), shift(tue, "12:00", "12:00"),
            shift(wed, "09:00", "10:00", breaks: [60]), shift(thu, "09:00", "10:00", breaks: [0]),
        ])
        #expect(schedule.structuralProblems().map(\.field) == ["shifts[1].date", "shifts[2].end", "shifts[3].breaks", "shifts[4].breaks[0]"])
    }
}
