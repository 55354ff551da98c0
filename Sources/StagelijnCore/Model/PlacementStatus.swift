/// The life of a placement: voorstel → kennismaking → overeenkomst → lopend → afgerond / afgebroken.
/// The introduction talk (kennismaking) comes *after* an objective proposal, never as a selection (seed 003).
public enum PlacementStatus: String, CaseIterable, Codable, Sendable {
    case proposed
    case introduction
    case agreement
    case active
    case completed
    case terminated

    public var dutchName: String {
        switch self {
        case .proposed: "voorstel"
        case .introduction: "kennismaking"
        case .agreement: "overeenkomst"
        case .active: "lopend"
        case .completed: "afgerond"
        case .terminated: "afgebroken"
        }
    }

    public var isFinal: Bool { self == .completed || self == .terminated }

    /// The statuses a placement may move to from here. Ending early is possible from every open status.
    public var allowedNext: [PlacementStatus] {
        switch self {
        case .proposed: [.introduction, .terminated]
        case .introduction: [.agreement, .proposed, .terminated]
        case .agreement: [.active, .terminated]
        case .active: [.completed, .terminated]
        case .completed, .terminated: []
        }
    }

    /// Ending a placement early always needs a reason, so dropout can be analysed (DOMAIN.md, "Dropout").
    public var requiresReason: Bool { self == .terminated }
}

public enum PlacementTransitionError: Error, Equatable, Sendable {
    case notAllowed(from: PlacementStatus, to: PlacementStatus)
    case reasonRequired

    public var dutchMessage: String {
        switch self {
        case let .notAllowed(from, to):
            "Een stage met status ‘\(from.dutchName)’ kan niet naar ‘\(to.dutchName)’."
        case .reasonRequired:
            "Geef een reden op: een afgebroken stage heeft altijd een reden."
        }
    }
}

extension PlacementStatus {
    public func validateTransition(to next: PlacementStatus, reason: String) -> PlacementTransitionError? {
        guard allowedNext.contains(next) else { return .notAllowed(from: self, to: next) }
        if next.requiresReason && reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .reasonRequired
        }
        return nil
    }
}
