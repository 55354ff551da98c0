/// The work-schedule check: youth labour law (Arbeidstijdenwet/-besluit, Nadere regeling kinderarbeid) and the adult
/// limits from 18. A pure function of the schedule; every violation is reported, one per rule per date, and for week
/// rules one per ISO week dated on its Monday.
///
/// Decisions where the law's table is silent (written down so results can be checked):
/// - the age is taken on each shift's date; a week rule uses the column of the week's first shift (the youngest age,
///   so the most protective limit), the 4-week average applies to windows with at least one shift worked at 16–17;
/// - a daily-rest violation is dated on the shift that starts too early, judged by the column on that date;
/// - under 13 only `minimumAge` is reported for a shift: no column of the table applies.
public enum ScheduleCheck {
    public static func check(_ schedule: WorkSchedule) -> [ScheduleViolation] {
        let shifts = schedule.shifts.sorted { $0.date < $1.date }
        var violations: [ScheduleViolation] = []
        var previous: Shift?
        for shift in shifts {
            let age = schedule.birthDate.age(on: shift.date)
            violations += minimumAge(age: age, kind: schedule.stageKind, date: shift.date)
            if let column = LabourLawColumn.applying(age: age, kind: schedule.stageKind) {
                violations += perShift(shift, column: column, exceptions: schedule.exceptions)
                if let previous {
                    violations += dailyRest(previous: previous, next: shift, column: column)
                }
            }
            previous = shift
        }
        violations += perWeek(shifts, schedule: schedule)
        violations += fourWeekAverages(shifts, schedule: schedule)
        return violations.sorted { ($0.date, $0.rule) < ($1.date, $1.rule) }
    }

    public static func isCompliant(_ schedule: WorkSchedule) -> Bool { check(schedule).isEmpty }

    static let minimumAgeSource = "Nadere regeling kinderarbeid: maatschappelijke stage vanaf 13 jaar, beroepsstage vanaf 14 jaar"

    static func minimumAge(age: Int, kind: StageKind, date: LocalDate) -> [ScheduleViolation] {
        let minimum = kind == .socialStage ? 13 : 14
        guard age < minimum else { return [] }
        let message = age < 13
            ? "Op \(date.dutch) is de leerling \(age) jaar; onder de 13 jaar is geen stage toegestaan."
            : "Op \(date.dutch) is de leerling \(age) jaar; een beroepsstage mag pas vanaf 14 jaar (op 13 jaar alleen een maatschappelijke stage)."
        return [ScheduleViolation(rule: .minimumAge, date: date, message: message, source: minimumAgeSource)]
    }

    static func perShift(_ shift: Shift, column: LabourLawColumn,
                         exceptions: Set<ScheduleException>) -> [ScheduleViolation] {
        var found: [ScheduleViolation] = []
        func add(_ rule: ScheduleRule, _ message: String) {
            found.append(ScheduleViolation(rule: rule, date: shift.date, message: message, source: column.source))
        }
        if let night = column.nightWindow, shift.start < night.morning || shift.end > night.evening {
            add(.nightWork, "De dienst van \(shift.start) tot \(shift.end) valt deels tussen \(night.evening) en \(night.morning); "
                + "voor een \(column.dutchName) is werken in die uren niet toegestaan.")
        }
        let limit = column.maxPerDay(schoolDay: shift.schoolDay)
        if shift.workedMinutes > limit {
            let day = column.isUnder16 && column != .vocational14to15 ? (shift.schoolDay ? " op een schooldag" : " op een dag zonder school") : ""
            add(.maxHoursPerDay, "Gewerkt \(dutchDuration(shift.workedMinutes)); voor een \(column.dutchName) is\(day) maximaal \(dutchDuration(limit)) toegestaan.")
        }
        if shift.workedMinutes > column.breakThreshold, !hasRequiredBreak(shift.breaks, column: column) {
            let how = column.shortestBreakPart.map { "minstens \(column.requiredBreak) minuten pauze, eventueel in delen van minstens \($0) minuten" }
                ?? "een aaneengesloten pauze van minstens \(column.requiredBreak) minuten"
            add(.breakRequired, "Bij een arbeidstijd van \(dutchDuration(shift.workedMinutes)) (meer dan \(dutchDuration(column.breakThreshold))) is \(how) verplicht.")
        }
        if shift.date.isSunday, let allowedWith = column.sundayAllowedWith, !allowedWith.isEmpty,
           !allowedWith.isSubset(of: exceptions) {
            add(.sundayWork, sundayMessage(column: column, allowedWith: allowedWith, exceptions: exceptions))
        } else if shift.date.isSunday, column.sundayAllowedWith == nil {
            add(.sundayWork, "Op zondag werken is voor een \(column.dutchName) nooit toegestaan.")
        }
        return found
    }

    static func hasRequiredBreak(_ breaks: [Int], column: LabourLawColumn) -> Bool {
        if let part = column.shortestBreakPart {
            return breaks.filter { $0 >= part }.reduce(0, +) >= column.requiredBreak
        }
        return breaks.contains { $0 >= column.requiredBreak }
    }

    static func sundayMessage(column: LabourLawColumn, allowedWith: Set<ScheduleException>,
                              exceptions: Set<ScheduleException>) -> String {
        let missing = ScheduleException.allCases.filter { allowedWith.contains($0) && !exceptions.contains($0) }
        return "Op zondag werken mag voor een \(column.dutchName) alleen als is vastgelegd: "
            + allowedWith.sorted { $0.rawValue < $1.rawValue }.map(\.dutchName).joined(separator: " én ")
            + ". Ontbreekt: " + missing.map(\.dutchName).joined(separator: ", ") + "."
    }

    static func dailyRest(previous: Shift, next: Shift, column: LabourLawColumn) -> [ScheduleViolation] {
        let rest = next.absoluteStart - previous.absoluteEnd
        guard rest < column.dailyRest else { return [] }
        return [ScheduleViolation(
            rule: .dailyRest, date: next.date,
            message: "Tussen het einde van de dienst op \(previous.date.dutch) (\(previous.end)) en het begin op \(next.date.dutch) (\(next.start)) "
                + "zit \(dutchDuration(rest)) rust; voor een \(column.dutchName) is minstens \(dutchDuration(column.dailyRest)) nodig.",
            source: column.source)]
    }

    /// Shifts grouped per ISO week, keyed by the Monday's day number, each week sorted by date.
    static func weeks(_ shifts: [Shift]) -> [Int: [Shift]] {
        Dictionary(grouping: shifts) { $0.date.isoWeekMonday.dayNumber }
    }

    static func perWeek(_ shifts: [Shift], schedule: WorkSchedule) -> [ScheduleViolation] {
        var found: [ScheduleViolation] = []
        for (mondayNumber, week) in weeks(shifts) {
            guard let first = week.min(by: { $0.date < $1.date }),
                  let column = LabourLawColumn.applying(age: schedule.birthDate.age(on: first.date), kind: schedule.stageKind)
            else { continue }
            let monday = LocalDate(dayNumber: mondayNumber)
            let worked = week.reduce(0) { $0 + $1.workedMinutes }
            if worked > column.maxPerWeek {
                found.append(ScheduleViolation(
                    rule: .maxHoursPerWeek, date: monday,
                    message: "In de week van maandag \(monday.dutch) is \(dutchDuration(worked)) gewerkt; voor een \(column.dutchName) is maximaal \(dutchDuration(column.maxPerWeek)) per week toegestaan.",
                    source: column.source))
            }
            if let maxDays = column.maxDaysPerWeek, week.count > maxDays {
                found.append(ScheduleViolation(
                    rule: .maxDaysPerWeek, date: monday,
                    message: "In de week van maandag \(monday.dutch) wordt op \(week.count) dagen gewerkt; voor een \(column.dutchName) zijn maximaal \(maxDays) dagen per week toegestaan.",
                    source: column.source))
            }
        }
        return found
    }

    /// Every window of 4 consecutive ISO weeks that holds a shift worked at 16–17; weeks without shifts count as 0.
    static func fourWeekAverages(_ shifts: [Shift], schedule: WorkSchedule) -> [ScheduleViolation] {
        let column = LabourLawColumn.minor16to17
        guard let limit = column.maxAveragePerWeekOver4Weeks else { return [] }
        var workedPerWeek: [Int: Int] = [:]
        var minorWeeks: Set<Int> = []
        for shift in shifts {
            let monday = shift.date.isoWeekMonday.dayNumber
            workedPerWeek[monday, default: 0] += shift.workedMinutes
            if LabourLawColumn.applying(age: schedule.birthDate.age(on: shift.date), kind: schedule.stageKind) == column {
                minorWeeks.insert(monday)
            }
        }
        let windowStarts = Set(minorWeeks.flatMap { week in (0..<4).map { week - 7 * $0 } })
        var found: [ScheduleViolation] = []
        for start in windowStarts {
            let total = (0..<4).reduce(0) { $0 + (workedPerWeek[start + 7 * $1] ?? 0) }
            guard total > 4 * limit else { continue }
            let monday = LocalDate(dayNumber: start)
            found.append(ScheduleViolation(
                rule: .avgHoursPer4Weeks, date: monday,
                message: "In de 4 weken vanaf maandag \(monday.dutch) is gemiddeld \(dutchDuration(total / 4)) per week gewerkt; voor een \(column.dutchName) is gemiddeld maximaal \(dutchDuration(limit)) per week toegestaan.",
                source: column.source))
        }
        return found
    }
}
