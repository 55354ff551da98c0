/// School days: Monday to Friday, except the school's holidays (set by the school, e.g. the kerstvakantie).
public struct SchoolCalendar: Sendable, Equatable {
    public var holidays: [ClosedRange<LocalDate>]

    public init(holidays: [ClosedRange<LocalDate>] = []) {
        self.holidays = holidays
    }

    public func isSchoolDay(_ date: LocalDate) -> Bool {
        date.isoWeekday <= 5 && !holidays.contains { $0.contains(date) }
    }

    /// The `count`-th school day after `date` (not counting `date` itself).
    public func schoolDay(_ count: Int, after date: LocalDate) -> LocalDate {
        var day = date, found = 0
        // A holiday list cannot hold more than a few hundred days; the bound keeps a wrong list from looping forever.
        for _ in 0..<(count * 7 + 800) {
            day = day.adding(days: 1)
            if isSchoolDay(day) { found += 1 }
            if found == count { return day }
        }
        return day
    }

    /// School days after `start` up to and including `end` (0 when `end` is not after `start`).
    public func schoolDays(from start: LocalDate, to end: LocalDate) -> Int {
        guard end > start else { return 0 }
        var count = 0, day = start
        while day < end {
            day = day.adding(days: 1)
            if isSchoolDay(day) { count += 1 }
        }
        return count
    }

    /// Holidays as the school types them, one per line: `2026-12-21 t/m 2027-01-01` (or `dd-mm-jjjj`, or one date).
    /// Returns the ranges and the lines it could not read.
    public static func parseHolidays(_ text: String) -> (ranges: [ClosedRange<LocalDate>], unreadable: [String]) {
        var ranges: [ClosedRange<LocalDate>] = [], unreadable: [String] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let parts = line.replacingOccurrences(of: "t/m", with: "|").replacingOccurrences(of: " - ", with: "|")
                .split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let dates = parts.compactMap { LocalDate(parsing: $0) }
            guard dates.count == parts.count, (1...2).contains(dates.count), dates[0] <= dates[dates.count - 1],
                  FieldReader.dateRange.contains(dates[0].year), FieldReader.dateRange.contains(dates[dates.count - 1].year),
                  dates[0].days(until: dates[dates.count - 1]) <= 366
            else { unreadable.append(line); continue }
            ranges.append(dates[0]...dates[dates.count - 1])
        }
        return (ranges, unreadable)
    }

    public static func formatHolidays(_ ranges: [ClosedRange<LocalDate>]) -> String {
        ranges.map { $0.lowerBound == $0.upperBound ? $0.lowerBound.iso : "\($0.lowerBound.iso) t/m \($0.upperBound.iso)" }
            .joined(separator: "\n")
    }
}

/// Issue 12: a report that asks for follow-up gets a response within 3 school days. The day it arrives does not
/// count (a report on Friday evening is due on Wednesday); weekends and the school's holidays do not count.
public enum ResponseDeadline {
    public static let schoolDays = 3

    public static func due(receivedOn: LocalDate, calendar: SchoolCalendar) -> LocalDate {
        calendar.schoolDay(schoolDays, after: receivedOn)
    }

    /// Overdue: follow-up asked, no answer yet, and the due day has passed.
    public static func isOverdue(status: IncidentStatus, firstResponseOn: LocalDate?, due: LocalDate, today: LocalDate) -> Bool {
        guard status == .new || status == .inProgress, firstResponseOn == nil else { return false }
        return today > due
    }
}
