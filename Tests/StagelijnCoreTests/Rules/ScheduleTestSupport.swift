@testable import StagelijnCore

/// Short-hands for schedule tests: `d("2026-03-02")`, `shift("2026-03-02", "08:30", "15:30", breaks: [30])`.
func d(_ iso: String) -> LocalDate {
    guard let date = LocalDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
    return date
}

func t(_ text: String) -> ClockTime {
    guard let time = ClockTime(parsing: text) else { preconditionFailure("bad test time \(text)") }
    return time
}

func shift(_ date: String, _ start: String, _ end: String, breaks: [Int] = [], schoolDay: Bool = false) -> Shift {
    Shift(date: d(date), start: t(start), end: t(end), breaks: breaks, schoolDay: schoolDay)
}

/// The rule codes found, as "rule@date", sorted as the check reports them.
func found(_ birthDate: String, _ kind: StageKind, _ shifts: [Shift],
           _ exceptions: Set<ScheduleException> = []) -> [String] {
    ScheduleCheck.check(WorkSchedule(birthDate: d(birthDate), stageKind: kind, shifts: shifts, exceptions: exceptions))
        .map { "\($0.rule.rawValue)@\($0.date.iso)" }
}

/// Monday 2 March 2026 and the days after it, for readable week tests.
let mon = "2026-03-02", tue = "2026-03-03", wed = "2026-03-04", thu = "2026-03-05", fri = "2026-03-06"
let sat = "2026-03-07", sun = "2026-03-08", nextMon = "2026-03-09"

/// Birth dates that give a fixed age on every date of March 2026.
let age12 = "2013-06-01", age13 = "2012-06-01", age14 = "2011-06-01", age15 = "2010-06-01"
let age16 = "2009-06-01", age17 = "2008-06-01", age18 = "2007-06-01", age30 = "1995-06-01"
