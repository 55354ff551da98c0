/// The rules of the schedule check; the raw values are the codes of the CLI and of stored exceptions.
/// The order is the order in which violations on one date are reported.
public enum ScheduleRule: String, CaseIterable, Sendable, Codable, Comparable {
    case minimumAge
    case nightWork
    case dailyRest
    case maxHoursPerDay
    case maxHoursPerWeek
    case avgHoursPer4Weeks
    case maxDaysPerWeek
    case breakRequired
    case sundayWork

    public var dutchName: String {
        switch self {
        case .minimumAge: "minimumleeftijd"
        case .nightWork: "nachtwerk"
        case .dailyRest: "dagelijkse rust"
        case .maxHoursPerDay: "maximale arbeidstijd per dag"
        case .maxHoursPerWeek: "maximale arbeidstijd per week"
        case .avgHoursPer4Weeks: "gemiddelde arbeidstijd per 4 weken"
        case .maxDaysPerWeek: "maximaal aantal werkdagen per week"
        case .breakRequired: "verplichte pauze"
        case .sundayWork: "zondagswerk"
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: ScheduleRule, rhs: ScheduleRule) -> Bool { lhs.order < rhs.order }
}

/// One broken rule on one date (for week rules: the Monday of the ISO week), explained in Dutch.
public struct ScheduleViolation: Hashable, Sendable, Codable {
    public let rule: ScheduleRule
    public let date: LocalDate
    public let message: String
    public let source: String

    public init(rule: ScheduleRule, date: LocalDate, message: String, source: String) {
        self.rule = rule
        self.date = date
        self.message = message
        self.source = source
    }
}

/// Dutch notation of a duration in minutes: "7 uur", "4 uur en 30 minuten", "45 minuten".
public func dutchDuration(_ minutes: Int) -> String {
    let hours = minutes / 60, rest = minutes % 60
    switch (hours, rest) {
    case (0, _): return "\(rest) minuten"
    case (_, 0): return "\(hours) uur"
    default: return "\(hours) uur en \(rest) minuten"
    }
}
