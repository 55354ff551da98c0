/// The planned working days of a placement as a weekly pattern ("ma en di 08:30–15:30, 30 min pauze"),
/// expanded over the stage period into the shifts the schedule check judges.
public struct WeekdayHours: Hashable, Sendable, Codable {
    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int
    public var start: String
    public var end: String
    public var breakMinutes: Int
    public var schoolDay: Bool

    public init(weekday: Int, start: String, end: String, breakMinutes: Int, schoolDay: Bool = false) {
        self.weekday = weekday
        self.start = start
        self.end = end
        self.breakMinutes = breakMinutes
        self.schoolDay = schoolDay
    }

    public static let dutchWeekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    public var dutchWeekday: String { Self.dutchWeekdays[(weekday - 1) % 7] }
}

public struct WeeklySchedule: Hashable, Sendable, Codable {
    public var days: [WeekdayHours]

    public init(days: [WeekdayHours]) { self.days = days.sorted { $0.weekday < $1.weekday } }

    /// Every shift of the pattern between `start` and `end` (inclusive). Days whose times cannot be read are skipped;
    /// `problems` names them for the form.
    public func shifts(from start: LocalDate, through end: LocalDate) -> [Shift] {
        guard start <= end else { return [] }
        let byWeekday = Dictionary(days.compactMap { day -> (Int, Shift)? in
            guard let from = ClockTime(parsing: day.start), let until = ClockTime(parsing: day.end), until > from else { return nil }
            return (day.weekday, Shift(date: start, start: from, end: until,
                                       breaks: day.breakMinutes > 0 ? [day.breakMinutes] : [], schoolDay: day.schoolDay))
        }, uniquingKeysWith: { first, _ in first })
        var result: [Shift] = []
        for number in start.dayNumber...end.dayNumber {
            let date = LocalDate(dayNumber: number)
            guard var shift = byWeekday[date.isoWeekday] else { continue }
            shift.date = date
            result.append(shift)
        }
        return result
    }

    /// Field problems of the pattern, keyed by the form's field names (`start3`, `end3`, `break3`).
    public func problems() -> [FieldError] {
        var errors: [FieldError] = []
        for day in days {
            let from = ClockTime(parsing: day.start), until = ClockTime(parsing: day.end)
            if from == nil {
                errors.append(FieldError(field: "start\(day.weekday)", label: "begintijd \(day.dutchWeekday)",
                                         message: "Vul een begintijd in als UU:MM, bijvoorbeeld 08:30."))
            }
            if until == nil {
                errors.append(FieldError(field: "end\(day.weekday)", label: "eindtijd \(day.dutchWeekday)",
                                         message: "Vul een eindtijd in als UU:MM, bijvoorbeeld 15:30."))
            }
            if let from, let until {
                if until <= from {
                    errors.append(FieldError(field: "end\(day.weekday)", label: "eindtijd \(day.dutchWeekday)",
                                             message: "De eindtijd moet na de begintijd liggen, op dezelfde dag."))
                } else if day.breakMinutes < 0 || day.breakMinutes >= until.minutes - from.minutes {
                    errors.append(FieldError(field: "break\(day.weekday)", label: "pauze \(day.dutchWeekday)",
                                             message: "De pauze moet korter zijn dan de werktijd."))
                }
            }
        }
        return errors
    }

    /// "ma 08:30–15:30 (30 min pauze), di …" for the agreement text.
    public var dutchSummary: String {
        days.map { "\($0.dutchWeekday) \($0.start)–\($0.end)" + ($0.breakMinutes > 0 ? " (\($0.breakMinutes) min pauze)" : "") }
            .joined(separator: ", ")
    }
}
