import Foundation

/// The three parts of an assessment, in the order they approve (sector practice, DOMAIN.md): the student's
/// self-assessment, the praktijkbegeleider's assessment, the school's judgement.
public enum AssessmentPerspective: String, CaseIterable, Codable, Comparable, Sendable {
    case student = "leerling"
    case workplaceMentor = "praktijkbegeleider"
    case school = "school"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var dutchName: String {
        switch self {
        case .student: "leerling (zelfbeoordeling)"
        case .workplaceMentor: "praktijkbegeleider"
        case .school: "stagebegeleider (school)"
        }
    }
}

/// Who has approved an assessment. Rules: a part approves only after every earlier part has approved; an edit of a
/// part withdraws its own approval and every later one (the later approver agreed to something that changed);
/// a final assessment approved by the school is locked for good.
public struct ApprovalChain: Equatable, Sendable {
    public private(set) var approved: Set<AssessmentPerspective>
    public let isFinal: Bool

    public init(approved: Set<AssessmentPerspective>, isFinal: Bool) {
        self.approved = approved
        self.isFinal = isFinal
    }

    public enum Problem: Error, Equatable, Sendable {
        case locked
        case waitingFor(AssessmentPerspective)
        case alreadyApproved

        public var dutch: String {
            switch self {
            case .locked: "Deze eindbeoordeling is goedgekeurd en staat vast in de stagemap; er kan niets meer aan veranderen."
            case let .waitingFor(part): "Eerst keurt de \(part.dutchName) goed."
            case .alreadyApproved: "Dit deel is al goedgekeurd."
            }
        }
    }

    /// Locked: the final assessment with the school's approval.
    public var isLocked: Bool { isFinal && approved.contains(.school) }

    /// Why `part` may not approve now, or nil when it may.
    public func problem(approving part: AssessmentPerspective) -> Problem? {
        if isLocked { return .locked }
        if approved.contains(part) { return .alreadyApproved }
        return AssessmentPerspective.allCases.first { $0 < part && !approved.contains($0) }.map(Problem.waitingFor)
    }

    public mutating func approve(_ part: AssessmentPerspective) throws(Problem) {
        if let problem = problem(approving: part) { throw problem }
        approved.insert(part)
    }

    /// Records an edit of `part`: returns the approvals it withdraws (its own and every later one), in chain order,
    /// so the page can say whose approval was withdrawn.
    public mutating func edit(_ part: AssessmentPerspective) throws(Problem) -> [AssessmentPerspective] {
        if isLocked { throw .locked }
        let withdrawn = AssessmentPerspective.allCases.filter { $0 >= part && approved.contains($0) }
        approved.subtract(withdrawn)
        return withdrawn
    }
}
