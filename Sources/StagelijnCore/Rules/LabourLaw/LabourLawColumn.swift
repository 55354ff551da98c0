/// One column of the table of working and rest times (seed 004, "Arbeids- en rusttijden"), plus the adult limits
/// of the Arbeidstijdenwet from 18. All durations are in minutes.
public enum LabourLawColumn: String, Sendable, CaseIterable {
    case socialStage13to14
    case socialStage15
    case vocational14to15
    case minor16to17
    case adult

    /// The column for a student of `age` in a stage of `kind`; nil under 13, when no stage is allowed at all.
    /// A 13-year-old in a beroepsstage is judged (besides `minimumAge`) by the beroepsstage 14–15 column.
    public static func applying(age: Int, kind: StageKind) -> LabourLawColumn? {
        switch age {
        case ..<13: nil
        case 13, 14: kind == .socialStage ? .socialStage13to14 : .vocational14to15
        case 15: kind == .socialStage ? .socialStage15 : .vocational14to15
        case 16, 17: .minor16to17
        default: .adult
        }
    }

    public var dutchName: String {
        switch self {
        case .socialStage13to14: "leerling van 13 of 14 jaar in een maatschappelijke stage"
        case .socialStage15: "leerling van 15 jaar in een maatschappelijke stage"
        case .vocational14to15: "leerling van 14 of 15 jaar in een beroepsstage"
        case .minor16to17: "stagiair van 16 of 17 jaar"
        case .adult: "stagiair van 18 jaar of ouder"
        }
    }

    var isUnder16: Bool { self != .minor16to17 && self != .adult }

    /// Minimum rest between the end of one shift and the start of the next.
    public var dailyRest: Int {
        switch self {
        case .socialStage13to14, .vocational14to15: 14 * 60
        case .socialStage15, .minor16to17: 12 * 60
        case .adult: 11 * 60
        }
    }

    /// The hours of the night in which no work may be done: (from evening, until morning); nil for adults.
    public var nightWindow: (evening: ClockTime, morning: ClockTime)? {
        switch self {
        case .socialStage13to14, .socialStage15, .vocational14to15:
            (ClockTime(hour: 19, minute: 0)!, ClockTime(hour: 7, minute: 0)!)
        case .minor16to17:
            (ClockTime(hour: 23, minute: 0)!, ClockTime(hour: 6, minute: 0)!)
        case .adult:
            nil
        }
    }

    /// Maximum worked time on one day.
    public func maxPerDay(schoolDay: Bool) -> Int {
        switch self {
        case .socialStage13to14: schoolDay ? 2 * 60 : 7 * 60
        case .socialStage15: schoolDay ? 2 * 60 : 8 * 60
        case .vocational14to15: 7 * 60
        case .minor16to17: 9 * 60
        case .adult: 12 * 60
        }
    }

    /// Maximum worked time in one ISO week.
    public var maxPerWeek: Int {
        switch self {
        case .socialStage13to14, .socialStage15: 12 * 60
        case .vocational14to15: 35 * 60
        case .minor16to17: 45 * 60
        case .adult: 60 * 60
        }
    }

    /// Maximum average per week over any 4 consecutive ISO weeks; only for 16–17.
    public var maxAveragePerWeekOver4Weeks: Int? { self == .minor16to17 ? 40 * 60 : nil }

    /// Maximum number of working days in one ISO week; only for the maatschappelijke stage under 16.
    public var maxDaysPerWeek: Int? {
        self == .socialStage13to14 || self == .socialStage15 ? 5 : nil
    }

    /// Worked time above which a break is required.
    public var breakThreshold: Int { self == .adult ? 5 * 60 + 30 : 4 * 60 + 30 }
    /// Total break required above the threshold.
    public var requiredBreak: Int { 30 }
    /// Shortest part that counts when the break may be split; nil when it must be taken at once (under 16).
    /// For adults the Arbeidstijdenwet (art. 5:4) allows 2 × 15 minutes as well.
    public var shortestBreakPart: Int? { isUnder16 ? nil : 15 }

    /// Which recorded exceptions together allow Sunday work; nil when Sunday work is never allowed, empty when
    /// no rule applies (adults).
    public var sundayAllowedWith: Set<ScheduleException>? {
        switch self {
        case .socialStage13to14, .socialStage15:
            [.sundayInherentToWork, .parentalConsentSunday]
        case .vocational14to15:
            nil
        case .minor16to17:
            [.sundayInherentToWork, .sundayAgreedInContract]
        case .adult:
            []
        }
    }

    /// Where the limits of this column come from, for the `source` of a violation.
    var source: String {
        self == .adult
            ? "Arbeidstijdenwet, hoofdstuk 5 (arbeids- en rusttijden van volwassenen)"
            : "Arbeidstijdenbesluit hoofdstuk 3 en Nadere regeling kinderarbeid (tabel arbeids- en rusttijden, \(dutchName))"
    }
}
