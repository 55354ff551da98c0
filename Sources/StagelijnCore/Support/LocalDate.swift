import Foundation

/// A calendar date without a time or time zone (a birth date, a stage start date).
/// Stored and exchanged as ISO 8601 `YYYY-MM-DD`; all arithmetic uses the Gregorian calendar in UTC,
/// so a date never shifts by a day because of the server's time zone.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil when the components do not form a real date (e.g. 2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` and the Dutch `DD-MM-YYYY` (also with `/` or `.`), the forms found in school exports.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        if parts[0].count == 4 {
            self.init(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if parts[2].count == 4 {
            self.init(year: numbers[2], month: numbers[1], day: numbers[0])
        } else {
            return nil
        }
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    /// Dutch notation for pages: 01-05-2011.
    public var dutch: String { String(format: "%02d-%02d-%04d", day, month, year) }
    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Age in whole years on `date`; the birthday itself counts (a student born on 2011-05-01 is 15 on 2026-05-01).
    /// Someone born on 29 February turns a year older on 1 March in non-leap years.
    public func age(on date: LocalDate) -> Int {
        var age = date.year - year
        if (date.month, date.day) < (month, day) { age -= 1 }
        return age
    }

    public func adding(days: Int) -> LocalDate {
        let shifted = LocalDate.calendar.date(byAdding: .day, value: days, to: startOfDay) ?? startOfDay
        return LocalDate(shifted)
    }

    public func days(until other: LocalDate) -> Int {
        LocalDate.calendar.dateComponents([.day], from: startOfDay, to: other.startOfDay).day ?? 0
    }

    /// Midnight UTC of this date.
    public var startOfDay: Date {
        LocalDate.calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    public init(_ date: Date) {
        let parts = LocalDate.calendar.dateComponents([.year, .month, .day], from: date)
        // Components of a real Date are always valid, so the force-free fallback is never taken.
        self.init(uncheckedYear: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// Only for components that come from a real `Date`.
    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "geen geldige datum: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
