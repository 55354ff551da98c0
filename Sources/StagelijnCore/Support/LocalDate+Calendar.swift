/// Day arithmetic without Foundation's Calendar: fast enough to run inside rule checks over thousands of shifts.
extension LocalDate {
    /// Days since 1970-01-01 (negative before), from Howard Hinnant's `days_from_civil`.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `dayNumber` (`civil_from_days`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        ((dayNumber % 7 + 7 + 3) % 7) + 1
    }

    public var isSunday: Bool { isoWeekday == 7 }

    /// The Monday of this date's ISO week (a week that spans a year end keeps one Monday).
    public var isoWeekMonday: LocalDate { LocalDate(dayNumber: dayNumber - (isoWeekday - 1)) }

    /// Strict `YYYY-MM-DD`, the only form machine-readable input (JSON) accepts.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)),
              let day = Int(text.suffix(2)),
              text.prefix(4).allSatisfy(\.isASCIIDigit), text.dropFirst(5).prefix(2).allSatisfy(\.isASCIIDigit),
              text.suffix(2).allSatisfy(\.isASCIIDigit) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
