/// What happened on one step of a student's line.
public struct StepRecord: Codable, Equatable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case inProgress = "bezig"
        case done = "afgerond"
        /// Stopped before the end (uitval): the step may be offered again.
        case stopped = "gestopt"

        public var dutchName: String {
            switch self {
            case .inProgress: "bezig"
            case .done: "afgerond"
            case .stopped: "gestopt"
            }
        }
    }

    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case good = "goed"
        case sufficient = "voldoende"
        case insufficient = "onvoldoende"
        case movedOn = "doorgestroomd"
        case droppedOut = "uitgevallen"

        public var dutchName: String {
            switch self {
            case .good: "goed"
            case .sufficient: "voldoende"
            case .insufficient: "onvoldoende"
            case .movedOn: "doorgestroomd naar de volgende stap"
            case .droppedOut: "uitgevallen"
            }
        }
    }

    public var stepKey: String
    public var status: Status
    public var startedOn: LocalDate
    public var endedOn: LocalDate?
    public var outcome: Outcome?

    public init(stepKey: String, status: Status, startedOn: LocalDate, endedOn: LocalDate? = nil, outcome: Outcome? = nil) {
        self.stepKey = stepKey
        self.status = status
        self.startedOn = startedOn
        self.endedOn = endedOn
        self.outcome = outcome
    }
}

/// A recorded decision on the line: who decided, with whom it was discussed, and why.
public struct LineDecision: Codable, Equatable, Sendable {
    public var kind: LineDecisionKind
    public var outcome: String
    public var decidedOn: LocalDate
    public var decidedBy: String
    public var participants: [DecisionParticipant]
    public var reason: String

    public init(kind: LineDecisionKind, outcome: String, decidedOn: LocalDate, decidedBy: String,
                participants: [DecisionParticipant], reason: String) {
        self.kind = kind
        self.outcome = outcome
        self.decidedOn = decidedOn
        self.decidedBy = decidedBy
        self.participants = participants
        self.reason = reason
    }
}

/// Who took part in a decision (seed 004: advice "discussed with student and parents"; the way back from the group
/// stage "decided by parents, mentor and supervisor together").
public enum DecisionParticipant: String, Codable, CaseIterable, Sendable {
    case student = "leerling"
    case parents = "ouders"
    case mentor = "mentor"
    case supervisor = "stagebegeleider"
    case jobCoach = "jobcoach"
    case careCoordinator = "zorgcoordinator"

    public var dutchName: String {
        switch self {
        case .student: "leerling"
        case .parents: "ouders"
        case .mentor: "mentor"
        case .supervisor: "stagebegeleider"
        case .jobCoach: "jobcoach"
        case .careCoordinator: "zorgcoördinator"
        }
    }
}

/// Everything the step rules look at for one student on one day.
public struct TrajectoryState: Equatable, Sendable {
    public var schoolYear: Int
    public var birthDate: LocalDate
    public var today: LocalDate
    public var records: [StepRecord]
    public var decisions: [LineDecision]
    public var readinessMet: Bool
    public var groupStageHasRoom: Bool

    public init(schoolYear: Int, birthDate: LocalDate, today: LocalDate, records: [StepRecord], decisions: [LineDecision],
                readinessMet: Bool, groupStageHasRoom: Bool) {
        self.schoolYear = schoolYear
        self.birthDate = birthDate
        self.today = today
        self.records = records
        self.decisions = decisions
        self.readinessMet = readinessMet
        self.groupStageHasRoom = groupStageHasRoom
    }

    /// The latest decision of a kind (of two on one day, the one recorded later).
    public func latest(_ kind: LineDecisionKind) -> LineDecision? {
        decisions.enumerated().filter { $0.element.kind == kind }
            .max { ($0.element.decidedOn, $0.offset) < ($1.element.decidedOn, $1.offset) }?.element
    }

    public func isDone(_ stepKey: String) -> Bool { records.contains { $0.stepKey == stepKey && $0.status == .done } }
    public func isInProgress(_ stepKey: String) -> Bool { records.contains { $0.stepKey == stepKey && $0.status == .inProgress } }
    public var profile: String? { latest(.profile)?.outcome }
    public var sector: Sector? { latest(.sectorChoice).flatMap { Sector(rawValue: $0.outcome) } }
}
