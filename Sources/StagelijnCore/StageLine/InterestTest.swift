/// The interest test over the ten sectors (seed 004: a visual test halfway year 2 that helps choose two provisional
/// sectors). Short statements in simple words with a picture, answered "leuk" / "weet ik niet" / "niet leuk".
/// Stagelijn's own items, not a copy of any commercial test; the school edits them.
public struct InterestItem: Codable, Equatable, Sendable {
    public var key: String
    public var sector: Sector
    /// One short sentence in the "je" form, read-aloud friendly.
    public var statement: String
    /// A picture shown large above the statement (an emoji, so it needs no file and no JavaScript).
    public var picture: String

    public init(key: String, sector: Sector, statement: String, picture: String) {
        self.key = key
        self.sector = sector
        self.statement = statement
        self.picture = picture
    }
}

public enum InterestAnswer: String, Codable, CaseIterable, Sendable {
    case like = "leuk"
    case unsure = "weet-niet"
    case dislike = "niet-leuk"

    public var points: Int {
        switch self {
        case .like: 2
        case .unsure: 1
        case .dislike: 0
        }
    }

    public var dutchName: String {
        switch self {
        case .like: "Leuk"
        case .unsure: "Weet ik niet"
        case .dislike: "Niet leuk"
        }
    }
}

public enum InterestTest {
    public struct SectorScore: Equatable, Sendable {
        public let sector: Sector
        /// Points as a share of the maximum for the sector's answered items, 0…100.
        public let percent: Int
        public let likes: Int
        public let answered: Int
    }

    public struct Result: Equatable, Sendable {
        /// All ten sectors, best first.
        public let scores: [SectorScore]
        /// The two provisional sectors proposed (fewer when too little was answered "leuk").
        public let proposed: [Sector]
    }

    /// Scores every sector; items without an answer do not count. Ties: more "leuk" answers first, then the order
    /// of the ten sectors. A sector is only proposed with at least one "leuk".
    public static func score(items: [InterestItem], answers: [String: InterestAnswer]) -> Result {
        let scores = Sector.allCases.map { sector -> SectorScore in
            let given = items.filter { $0.sector == sector }.compactMap { answers[$0.key] }
            let points = given.reduce(0) { $0 + $1.points }
            let percent = given.isEmpty ? 0 : Int((Double(points) / Double(2 * given.count) * 100).rounded())
            return SectorScore(sector: sector, percent: percent, likes: given.filter { $0 == .like }.count, answered: given.count)
        }
        let order = Dictionary(uniqueKeysWithValues: Sector.allCases.enumerated().map { ($1, $0) })
        let ranked = scores.sorted {
            ($0.percent, $0.likes, -order[$0.sector]!) > ($1.percent, $1.likes, -order[$1.sector]!)
        }
        return Result(scores: ranked, proposed: Array(ranked.filter { $0.likes > 0 }.prefix(2).map(\.sector)))
    }

    /// The sector interests after the test: the two proposed first, then the ones the student already had.
    public static func mergedInterests(existing: [Sector], proposed: [Sector]) -> [Sector] {
        proposed + existing.filter { !proposed.contains($0) }
    }

    /// What is wrong with a school's edited item list (every sector needs at least two items).
    public static func problems(_ items: [InterestItem]) -> [String] {
        var problems: [String] = []
        for sector in Sector.allCases where items.filter({ $0.sector == sector }).count < 2 {
            problems.append("\(sector.dutchName) heeft minstens twee uitspraken nodig.")
        }
        if items.contains(where: { $0.statement.trimmingCharacters(in: .whitespaces).isEmpty }) {
            problems.append("Een uitspraak is leeg.")
        }
        if items.contains(where: { $0.statement.count > 140 }) {
            problems.append("Houd elke uitspraak kort (hoogstens 140 tekens).")
        }
        if Set(items.map(\.key)).count != items.count { problems.append("Twee uitspraken hebben dezelfde code.") }
        return problems
    }
}
