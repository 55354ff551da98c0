/// The statutory minimum wage per hour by age, as data with the date each table took effect. It is indexed twice a
/// year (1 January, 1 July): an indexation is one more entry in `entries`, not a code change.
/// Amounts in euro cents per hour. Source: Rijksoverheid, minimumloon per 1 januari 2026 (DOMAIN.md, "Allowance").
public struct YouthMinimumWageTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let effectiveFrom: LocalDate
        /// Age → cents per hour; the highest age is the adult rate and counts for everyone older.
        public let centsPerHourByAge: [Int: Int]

        public init(effectiveFrom: LocalDate, centsPerHourByAge: [Int: Int]) {
            self.effectiveFrom = effectiveFrom
            self.centsPerHourByAge = centsPerHourByAge
        }
    }

    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The Dutch table as known to Stagelijn. Add the next indexation below the last entry.
    public static let netherlands = YouthMinimumWageTable(entries: [
        Entry(effectiveFrom: LocalDate(year: 2026, month: 1, day: 1)!,
              centsPerHourByAge: [21: 1471, 20: 1177, 19: 883, 18: 736, 17: 581, 16: 507, 15: 441]),
    ])

    /// The table in force on `date`, or nil before the first one.
    public func entry(on date: LocalDate) -> Entry? {
        entries.last { $0.effectiveFrom <= date }
    }

    /// Cents per hour for someone of `age` on `date`. Below the lowest age in the table there is no minimum wage
    /// (nil).
    public func centsPerHour(age: Int, on date: LocalDate) -> Int? {
        // An age missing from the table takes the nearest lower age's rate; above the highest, the adult rate.
        guard let entry = entry(on: date), let key = entry.centsPerHourByAge.keys.filter({ $0 <= age }).max() else { return nil }
        return entry.centsPerHourByAge[key]
    }

    /// The reference for a student younger than the table: the lowest age's rate (a 14-year-old's labour is judged
    /// against what a 15-year-old must at least earn).
    public func referenceCentsPerHour(age: Int, on date: LocalDate) -> Int? {
        guard let entry = entry(on: date), let lowest = entry.centsPerHourByAge.keys.min() else { return nil }
        return centsPerHour(age: max(age, lowest), on: date)
    }
}
