/// Who may read and handle the reports of the meldpunt (issue 12). Kept out of `AccessPolicy` because it depends on
/// the school's own choice of handlers, not only on the role: the school names its handlers — by default every
/// coordinator and care coordinator, optionally one or more vertrouwenspersonen (a named staff member). Nobody else
/// reads a report; another school's reports never (the caller compares schools; 404 for another school's report).
public enum MeldpuntAccess {
    /// The school's choice; `coordinators` and `careCoordinators` are on by default.
    public struct Handlers: Sendable, Equatable {
        public var coordinators: Bool
        public var careCoordinators: Bool

        public init(coordinators: Bool = true, careCoordinators: Bool = true) {
            self.coordinators = coordinators
            self.careCoordinators = careCoordinators
        }
    }

    /// Roles that can be named vertrouwenspersoon: school staff, not students, parents, leadership or inspectors.
    public static func canBeNamedConfidant(_ role: Role) -> Bool {
        [.coordinator, .supervisor, .mentor, .careCoordinator].contains(role)
    }

    /// May this member of the report's school list, read and handle reports?
    public static func isHandler(role: Role, namedConfidant: Bool, handlers: Handlers, sameSchool: Bool) -> Bool {
        guard sameSchool else { return false }
        switch role {
        case .coordinator where handlers.coordinators: return true
        case .careCoordinator where handlers.careCoordinators: return true
        default: return namedConfidant && canBeNamedConfidant(role)
        }
    }

    /// Only the coordinator names the handlers and sets holidays and retention (always, so a school cannot lock
    /// itself out); the coordinator can still switch off reading reports themselves.
    public static func canConfigure(role: Role, sameSchool: Bool) -> Bool { sameSchool && role == .coordinator }

    /// Counts without text (statistics, "< 5"): leadership and the inspector (aggregated, SECURITY.md), and handlers.
    public static func canSeeStatistics(role: Role, isHandler: Bool, sameSchool: Bool) -> Bool {
        sameSchool && (isHandler || role == .leadership || role == .inspector || role == .coordinator)
    }

    /// The number of open reports about a company (never their text): the coordinator on the company page and in
    /// matching and placement creation, and handlers; the supervisor proposing places sees the warning too.
    public static func canSeeCompanySignals(role: Role, sameSchool: Bool) -> Bool {
        sameSchool && [.coordinator, .supervisor, .careCoordinator].contains(role)
    }

    /// "Niet plaatsen" with a reason: the coordinator.
    public static func canBlockCompany(role: Role, sameSchool: Bool) -> Bool { sameSchool && role == .coordinator }
}
