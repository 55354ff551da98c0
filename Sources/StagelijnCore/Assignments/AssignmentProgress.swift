import Foundation

/// Where a practical assignment stands. The chain is student → praktijkbegeleider → supervisor (DOMAIN.md, "Goals and
/// assessment"): the student hands in, the company confirms it was done at the workplace, the school assesses.
public enum AssignmentStatus: String, CaseIterable, Codable, Sendable {
    /// Not handed in yet.
    case toHandIn = "inleveren"
    /// Handed in; the praktijkbegeleider has not confirmed it yet.
    case toConfirm = "bevestigen"
    /// Handed in and confirmed; waiting for the supervisor's assessment.
    case toAssess = "beoordelen"
    /// Assessed by the supervisor: closed.
    case assessed = "beoordeeld"

    public var dutchName: String {
        switch self {
        case .toHandIn: "nog inleveren"
        case .toConfirm: "wacht op bevestiging bedrijf"
        case .toAssess: "wacht op beoordeling"
        case .assessed: "beoordeeld"
        }
    }
}

/// What happened to one assignment, as plain values.
public struct AssignmentProgress: Equatable, Sendable {
    public var handedInAt: Date?
    public var confirmedAt: Date?
    public var assessedAt: Date?

    public init(handedInAt: Date? = nil, confirmedAt: Date? = nil, assessedAt: Date? = nil) {
        self.handedInAt = handedInAt
        self.confirmedAt = confirmedAt
        self.assessedAt = assessedAt
    }

    public var status: AssignmentStatus {
        if assessedAt != nil { return .assessed }
        if handedInAt == nil { return .toHandIn }
        return confirmedAt == nil ? .toConfirm : .toAssess
    }

    /// Not handed in and the due date has passed.
    public func isOverdue(due: LocalDate, today: LocalDate) -> Bool { status == .toHandIn && due < today }

    /// Why a step cannot be taken now (nil: it can).
    public enum Refusal: Equatable, Sendable {
        case alreadyAssessed, notHandedIn

        public var dutchMessage: String {
            switch self {
            case .alreadyAssessed: "Deze opdracht is al beoordeeld en kan niet meer worden gewijzigd."
            case .notHandedIn: "De leerling heeft deze opdracht nog niet ingeleverd."
            }
        }
    }

    /// The student may hand in (again) until the supervisor has assessed.
    public var handInRefusal: Refusal? { assessedAt != nil ? .alreadyAssessed : nil }

    /// The praktijkbegeleider confirms what was handed in; an assessed assignment is closed.
    public var confirmRefusal: Refusal? {
        if assessedAt != nil { return .alreadyAssessed }
        return handedInAt == nil ? .notHandedIn : nil
    }

    /// The supervisor assesses once something was handed in. Without the company's confirmation it is allowed (a
    /// company may not answer), and the page says so.
    public var assessRefusal: Refusal? {
        if assessedAt != nil { return .alreadyAssessed }
        return handedInAt == nil ? .notHandedIn : nil
    }

    /// A new hand-in changes what the company confirmed, so its confirmation is withdrawn ("an edit withdraws later
    /// approvals"). Returns the progress after handing in and whether a confirmation was withdrawn.
    public func handingIn(at date: Date) -> (progress: AssignmentProgress, withdrewConfirmation: Bool) {
        (AssignmentProgress(handedInAt: date, confirmedAt: nil, assessedAt: nil), confirmedAt != nil)
    }
}
