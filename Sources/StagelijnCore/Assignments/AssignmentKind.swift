/// Seed 001: a stage has learning tasks set by the school and work tasks set by the company; both are supervised
/// and both are evaluated, so they share one flow and differ only in name.
public enum AssignmentKind: String, CaseIterable, Codable, Sendable {
    case learningTask = "leertaak"
    case workTask = "werktaak"

    public var dutchName: String {
        switch self {
        case .learningTask: "Leertaak"
        case .workTask: "Werktaak"
        }
    }

    /// Who the task comes from, in words for the student.
    public var origin: String {
        switch self {
        case .learningTask: "van school"
        case .workTask: "van het bedrijf"
        }
    }
}
