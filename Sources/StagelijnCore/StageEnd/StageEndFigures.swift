/// Dropouts of a school year without names: how many, how many still without a next step, per cause.
public struct DropoutFigures: Equatable, Sendable, Codable {
    public let total: Int
    public let open: Int
    public let byCause: [DropoutCause: Int]

    public init(total: Int, open: Int, byCause: [DropoutCause: Int]) {
        self.total = total
        self.open = open
        self.byCause = byCause
    }
}

/// The share of placements with an allowance, per sector (seed 003: "passende vergoeding"; DOMAIN.md: 41–42 % of
/// mbo students receive one).
public struct AllowanceShare: Equatable, Sendable {
    public let sector: Sector
    public let withAllowance: Int
    public let placements: Int

    public init(sector: Sector, withAllowance: Int, placements: Int) {
        self.sector = sector
        self.withAllowance = min(withAllowance, placements)
        self.placements = placements
    }

    public var rate: Double? { placements > 0 ? Double(withAllowance) / Double(placements) : nil }

    /// Rows per sector in the order of `Sector.allCases`, leaving out sectors without placements.
    public static func table(_ counts: [Sector: (withAllowance: Int, placements: Int)]) -> [AllowanceShare] {
        Sector.allCases.compactMap { sector in
            counts[sector].flatMap { $0.placements > 0 ? AllowanceShare(sector: sector, withAllowance: $0.withAllowance, placements: $0.placements) : nil }
        }
    }
}
