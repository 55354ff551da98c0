/// A user's role at one school (DOMAIN.md, "Who uses it"). Workplace mentors get in through links, not accounts.
public enum Role: String, CaseIterable, Codable, Sendable {
    case coordinator
    case supervisor
    case mentor
    case careCoordinator
    case student
    case parent
    case leadership
    case inspector

    public var dutchName: String {
        switch self {
        case .coordinator: "stagecoördinator"
        case .supervisor: "stagebegeleider"
        case .mentor: "mentor"
        case .careCoordinator: "zorgcoördinator"
        case .student: "leerling"
        case .parent: "ouder/verzorger"
        case .leadership: "schoolleiding"
        case .inspector: "inspecteur"
        }
    }
}
