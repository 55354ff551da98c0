/// What a CSV import can contain.
enum ImportKind: String, CaseIterable, Sendable {
    case students = "leerlingen"
    case companies = "bedrijven"
    case positions = "stageplaatsen"

    var dutchName: String { rawValue }

    /// Accepts the Dutch name or the English word (`stagelijn import students FILE`).
    init?(argument: String) {
        switch argument.lowercased() {
        case "students", "leerlingen": self = .students
        case "companies", "bedrijven": self = .companies
        case "positions", "stageplaatsen": self = .positions
        default: return nil
        }
    }
}
