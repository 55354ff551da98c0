/// Growth per item between two rounds of the same perspective (the supervisor prepares the progress talk with the
/// previous round next to this one). Items are matched by key, so a new form version still compares unchanged items.
public enum Growth: Equatable, Sendable {
    case up(by: Int), same, down(by: Int), new

    public static func compare(previous: Score?, current: Score?) -> Growth? {
        guard let current else { return nil }
        guard let previous else { return .new }
        let delta = current.rawValue - previous.rawValue
        return delta > 0 ? .up(by: delta) : delta < 0 ? .down(by: -delta) : .same
    }

    /// A short sign for the side-by-side table, with its text for screen readers.
    public var symbol: (sign: String, label: String) {
        switch self {
        case .up: ("▲", "gegroeid sinds de vorige keer")
        case .same: ("=", "gelijk aan de vorige keer")
        case .down: ("▼", "lager dan de vorige keer")
        case .new: ("•", "nieuw onderdeel")
        }
    }
}
