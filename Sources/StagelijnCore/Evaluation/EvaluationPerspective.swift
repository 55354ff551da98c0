/// Issue 13 and seed 000 (Inspectie): a stage is evaluated from at least four perspectives, so the school hears more
/// than one side. The raw values are stored and shown in the school's words.
public enum EvaluationPerspective: String, CaseIterable, Codable, Sendable, Comparable {
    case student = "leerling"
    case workplaceMentor = "praktijkbegeleider"
    case supervisor = "stagebegeleider"
    case coordinator = "coordinator"

    public var dutchName: String {
        switch self {
        case .student: "leerling"
        case .workplaceMentor: "praktijkbegeleider"
        case .supervisor: "stagebegeleider van school"
        case .coordinator: "stagecoördinator"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// When in a stage an evaluation is asked for: halfway through a long stage, and when the stage has ended.
public enum EvaluationMoment: String, CaseIterable, Codable, Sendable {
    case midpoint = "tussentijds"
    case final = "eind"

    public var dutchName: String { self == .midpoint ? "tussentijdse evaluatie" : "eindevaluatie" }
}
