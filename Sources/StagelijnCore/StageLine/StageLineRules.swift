/// The step rules of a line: which conditions hold, which steps are offered, where a student is.
public enum StageLineRules {
    public static func holds(_ condition: StepCondition, _ state: TrajectoryState) -> Bool {
        switch condition {
        case let .minimumYear(year): state.schoolYear >= year
        case let .minimumAge(age): state.birthDate.age(on: state.today) >= age
        case .readinessMet: state.readinessMet
        case let .stepDone(key): state.isDone(key)
        case let .decision(kind, outcome): state.latest(kind)?.outcome == outcome
        case .sectorChosen: state.sector != nil
        case .profileChosen: !(state.profile ?? "").isEmpty
        case .groupStageHasRoom: state.groupStageHasRoom
        case let .anyOf(options): options.contains { holds($0, state) }
        }
    }

    /// Each condition of the step with whether it holds today.
    public static func check(_ step: StageLineStep, _ state: TrajectoryState) -> [(condition: StepCondition, holds: Bool)] {
        step.conditions.map { ($0, holds($0, state)) }
    }

    /// A step is offered when it is in use, not done or running, and every one of its conditions holds.
    public static func isOffered(_ step: StageLineStep, _ state: TrajectoryState) -> Bool {
        step.inUse && !state.isDone(step.key) && !state.isInProgress(step.key)
            && step.conditions.allSatisfy { holds($0, state) }
    }

    /// The steps that can be started today, in line order.
    public static func offered(_ programme: StageLineProgramme, _ state: TrajectoryState) -> [StageLineStep] {
        programme.steps.filter { isOffered($0, state) }
    }

    /// Where the student is on the line.
    public static func position(_ programme: StageLineProgramme, _ state: TrajectoryState) -> LinePosition {
        let steps = programme.steps
        let index = { (key: String) in steps.firstIndex { $0.key == key } ?? -1 }
        let running = state.records.filter { $0.status == .inProgress && index($0.stepKey) >= 0 }
            .max { (index($0.stepKey), $0.startedOn) < (index($1.stepKey), $1.startedOn) }
        if let running { return LinePosition(programme, stepKey: running.stepKey, status: .inProgress) }
        let done = state.records.filter { $0.status == .done && index($0.stepKey) >= 0 }.max { index($0.stepKey) < index($1.stepKey) }
        if let done {
            let last = index(done.stepKey) == steps.count - 1
            return LinePosition(programme, stepKey: done.stepKey, status: last ? .finished : .between)
        }
        if let stopped = state.records.last(where: { $0.status == .stopped && index($0.stepKey) >= 0 }) {
            return LinePosition(programme, stepKey: stopped.stepKey, status: .stopped)
        }
        return LinePosition(programme, stepKey: nil, status: .notStarted)
    }

    /// The candidate next steps: steps in use, not done or running, in the phase the student is in and the phase
    /// after it, with each condition checked. `offered` is true exactly when every condition holds.
    public static func nextSteps(_ programme: StageLineProgramme, _ state: TrajectoryState) -> [NextStep] {
        let position = position(programme, state)
        let from = position.phaseIndex ?? 0
        let phases = programme.phases.enumerated().filter { $0.offset >= from && $0.offset <= from + 1 }.map(\.element)
        return phases.flatMap(\.steps).filter { $0.inUse && !state.isDone($0.key) && !state.isInProgress($0.key) }.map { step in
            let checks = check(step, state)
            return NextStep(step: step, conditions: checks.map { .init(text: $0.condition.dutch(in: programme), holds: $0.holds) },
                            offered: isOffered(step, state))
        }
    }
}

public struct NextStep: Equatable, Sendable {
    public struct Check: Equatable, Sendable {
        public let text: String
        public let holds: Bool
    }

    public let step: StageLineStep
    public let conditions: [Check]
    public let offered: Bool
}

/// Where a student is on their line: a value the trajectory page shows and the quality dashboard can count
/// (group by `schoolType`, `phaseKey`, `stepKey`, `status`).
public struct LinePosition: Hashable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        /// No step started yet.
        case notStarted = "nog-niet-begonnen"
        /// In the step.
        case inProgress = "bezig"
        /// The step is done; the next one has not started.
        case between = "tussen-stappen"
        /// The last step has been stopped (uitval) and nothing runs.
        case stopped = "gestopt"
        /// The last step of the line is done.
        case finished = "afgerond"
    }

    public let schoolType: SchoolType
    public let phaseIndex: Int?
    public let phaseKey: String?
    public let stepKey: String?
    public let status: Status

    public init(_ programme: StageLineProgramme, stepKey: String?, status: Status) {
        schoolType = programme.schoolType
        let index = stepKey.flatMap { key in programme.phases.firstIndex { $0.steps.contains { $0.key == key } } }
        phaseIndex = index
        phaseKey = index.map { programme.phases[$0].key }
        self.stepKey = stepKey
        self.status = status
    }

    public func dutch(in programme: StageLineProgramme) -> String {
        let name = stepKey.flatMap { programme.step($0)?.name } ?? ""
        switch status {
        case .notStarted: return "Nog niet begonnen aan de stagelijn"
        case .inProgress: return "Bezig met: \(name)"
        case .between: return "\(name) afgerond; de volgende stap is nog niet begonnen"
        case .stopped: return "\(name) gestopt; er loopt nu geen stap"
        case .finished: return "De hele stagelijn is afgerond"
        }
    }

    /// Counts of students per position, for figures without names.
    public static func counts(_ positions: [LinePosition]) -> [LinePosition: Int] {
        positions.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
