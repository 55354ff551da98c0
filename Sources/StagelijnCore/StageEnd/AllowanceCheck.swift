/// The agreed allowance of a placement (stagevergoeding) and the cost reimbursement (seeds 001, 003).
public struct Allowance: Equatable, Sendable {
    public enum Unit: String, CaseIterable, Codable, Sendable {
        case perMonth = "maand"
        case perHour = "uur"
        public var dutchName: String { self == .perMonth ? "per maand" : "per uur" }
    }

    public enum Source: String, CaseIterable, Codable, Sendable {
        case cao, companyPolicy = "bedrijf", none = "geen"
        public var dutchName: String {
            switch self {
            case .cao: "cao"
            case .companyPolicy: "regeling van het bedrijf"
            case .none: "geen regeling"
            }
        }
    }

    /// Allowance in cents per `unit`; 0 for none.
    public var amountCents: Int
    public var unit: Unit
    public var source: Source
    /// Reimbursed costs (travel, clothing) in cents per month.
    public var costReimbursementCentsPerMonth: Int

    public init(amountCents: Int, unit: Unit, source: Source, costReimbursementCentsPerMonth: Int) {
        self.amountCents = max(0, amountCents)
        self.unit = unit
        self.source = source
        self.costReimbursementCentsPerMonth = max(0, costReimbursementCentsPerMonth)
    }

    public var hasAllowance: Bool { amountCents > 0 }
}

/// The school's own norm for a fair allowance. Without a norm only the minimum-wage comparison is made.
public struct AllowanceNorm: Equatable, Sendable {
    /// At least this allowance per month (cents); 0 = no minimum.
    public var minimumCentsPerMonth: Int
    public var requiresCostReimbursement: Bool

    public init(minimumCentsPerMonth: Int, requiresCostReimbursement: Bool) {
        self.minimumCentsPerMonth = max(0, minimumCentsPerMonth)
        self.requiresCostReimbursement = requiresCostReimbursement
    }
}

public enum AllowanceCheck {
    /// Average weeks in a month (52 / 12), to turn weekly hours into monthly hours.
    public static let weeksPerMonth = 52.0 / 12.0
    /// A stage of more hours than this per week (beyond the stage line's 3 days of 7 hours) ...
    public static let labourHoursPerWeek = 24.0
    /// ... paid less than this share of the youth minimum wage looks like unpaid labour (seed 000: stagemisbruik).
    public static let labourPayShare = 0.5

    public enum Flag: Equatable, Sendable {
        case noCostReimbursement
        case belowSchoolNorm(normCentsPerMonth: Int)
        /// Many hours for (almost) no pay: looks like labour rather than a stage.
        case reallyUnpaidLabour(hoursPerWeek: Double, shareOfMinimumWage: Double)

        public var dutchMessage: String {
            switch self {
            case .noCostReimbursement:
                "Geen onkostenvergoeding: de school vraagt dat het bedrijf minstens de kosten (reizen, kleding) vergoedt."
            case let .belowSchoolNorm(norm):
                "De vergoeding is lager dan de norm van de school (\(euro(norm)) per maand)."
            case let .reallyUnpaidLabour(hours, share):
                "Let op, mogelijk verkapte arbeid: \(Self.hoursText(hours)) per week voor \(Int((share * 100).rounded())) % van het "
                    + "minimumjeugdloon. Controleer of dit echt een leerplek is (stagemisbruik)."
            }
        }

        static func hoursText(_ value: Double) -> String { hours(value) }
    }

    public struct Result: Equatable, Sendable {
        public let allowanceCentsPerHour: Int
        public let allowanceCentsPerMonth: Int
        public let scheduledHoursPerMonth: Double
        /// nil below the table's lowest age.
        public let minimumWageCentsPerHour: Int?
        public let minimumWageCentsPerMonth: Int?
        /// Allowance as a share of the (reference) youth minimum wage for the scheduled hours.
        public let shareOfMinimumWage: Double?
        public let flags: [Flag]

        public var isOK: Bool { flags.isEmpty }
    }

    /// Checks `allowance` for a student of `age` on `date` scheduled `hoursPerWeek`, against `norm` and `table`.
    public static func check(_ allowance: Allowance, age: Int, on date: LocalDate, hoursPerWeek: Double,
                             norm: AllowanceNorm?, table: YouthMinimumWageTable = .netherlands) -> Result {
        let hoursPerMonth = max(0, hoursPerWeek) * weeksPerMonth
        let exactPerMonth = allowance.unit == .perHour ? Double(allowance.amountCents) * hoursPerMonth : Double(allowance.amountCents)
        let perMonth = Int(exactPerMonth.rounded())
        let perHour = allowance.unit == .perHour ? allowance.amountCents
            : hoursPerMonth > 0 ? Int((exactPerMonth / hoursPerMonth).rounded()) : 0
        let minimumHour = table.centsPerHour(age: age, on: date)
        let reference = table.referenceCentsPerHour(age: age, on: date)
        let share = reference.flatMap { $0 > 0 && hoursPerMonth > 0 ? exactPerMonth / (Double($0) * hoursPerMonth) : nil }
        var flags: [Flag] = []
        if let norm {
            if norm.requiresCostReimbursement && allowance.costReimbursementCentsPerMonth == 0 { flags.append(.noCostReimbursement) }
            if norm.minimumCentsPerMonth > 0 && perMonth < norm.minimumCentsPerMonth {
                flags.append(.belowSchoolNorm(normCentsPerMonth: norm.minimumCentsPerMonth))
            }
        }
        if hoursPerWeek > labourHoursPerWeek, let share, share < labourPayShare {
            flags.append(.reallyUnpaidLabour(hoursPerWeek: hoursPerWeek, shareOfMinimumWage: share))
        }
        return Result(allowanceCentsPerHour: perHour, allowanceCentsPerMonth: perMonth, scheduledHoursPerMonth: hoursPerMonth,
                      minimumWageCentsPerHour: minimumHour,
                      minimumWageCentsPerMonth: minimumHour.map { Int((Double($0) * hoursPerMonth).rounded()) },
                      shareOfMinimumWage: share, flags: flags)
    }
}

/// "€ 4,41", "€ 400,00": euro amounts from cents, Dutch notation.
public func euro(_ cents: Int) -> String {
    let sign = cents < 0 ? "-" : ""
    let value = abs(cents)
    let whole = value / 100
    var grouped = String(whole)
    var index = grouped.count - 3
    while index > 0 {
        grouped.insert(".", at: grouped.index(grouped.startIndex, offsetBy: index))
        index -= 3
    }
    return "\(sign)€ \(grouped),\(String(format: "%02d", value % 100))"
}

/// Reads "400", "400,50", "€ 1.250,00", "4.41" as cents; nil for anything else.
public func parseEuroCents(_ text: String) -> Int? {
    var cleaned = text.replacingOccurrences(of: "€", with: "").trimmingCharacters(in: .whitespaces)
    guard !cleaned.isEmpty else { return nil }
    if cleaned.contains(",") {
        cleaned = cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
    }
    let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let whole = Int(parts[0].isEmpty ? "0" : parts[0]),
          whole < 1_000_000 else { return nil }
    var cents = 0
    if parts.count == 2 {
        let fraction = parts[1]
        guard (1...2).contains(fraction.count), let value = Int(fraction) else { return nil }
        cents = fraction.count == 1 ? value * 10 : value
    }
    return whole * 100 + cents
}
