/// The conditions for an individual stage at a praktijkschool (seed 004): all must hold.
public enum ReadinessCriterion: String, CaseIterable, Sendable, Codable {
    /// Computed from the birth date, never ticked by hand.
    case ageAtLeast14 = "leeftijd"
    case socialSkills = "sociaal"
    case workAttitude = "werkhouding"
    case teacherAdvice = "advies"
    case groupStageAssessment = "groepsstage"

    public var dutchName: String {
        switch self {
        case .ageAtLeast14: "14 jaar of ouder"
        case .socialSkills: "voldoende sociale vaardigheden"
        case .workAttitude: "voldoende werkhouding"
        case .teacherAdvice: "positief advies van de docenten"
        case .groupStageAssessment: "positieve beoordelingen in de groepsstage"
        }
    }

    /// The criteria a person decides on (everything but age).
    public static var judged: [ReadinessCriterion] { allCases.filter { $0 != .ageAtLeast14 } }
}

/// One recorded decision on a criterion: who decided, when, and the outcome.
public struct ReadinessDecision: Sendable, Equatable, Codable {
    public var criterion: ReadinessCriterion
    public var met: Bool
    public var decidedBy: String
    public var decidedOn: LocalDate
    public var note: String

    public init(criterion: ReadinessCriterion, met: Bool, decidedBy: String, decidedOn: LocalDate, note: String = "") {
        self.criterion = criterion
        self.met = met
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
        self.note = note
    }
}

public enum Readiness {
    public enum State: Equatable, Sendable {
        case met, notMet, open
    }

    /// The state of every criterion on `date`; the latest decision per criterion counts.
    public static func checklist(birthDate: LocalDate, decisions: [ReadinessDecision],
                                 on date: LocalDate) -> [(criterion: ReadinessCriterion, state: State, decision: ReadinessDecision?)] {
        ReadinessCriterion.allCases.map { criterion in
            if criterion == .ageAtLeast14 {
                return (criterion, birthDate.age(on: date) >= 14 ? .met : .notMet, nil)
            }
            // Stable sort: of two decisions on one day the one recorded later wins.
            let latest = decisions.filter { $0.criterion == criterion }.sorted { $0.decidedOn < $1.decidedOn }.last
            return (criterion, latest.map { $0.met ? .met : .notMet } ?? .open, latest)
        }
    }

    /// Ready for an individual stage: every criterion met.
    public static func isReady(birthDate: LocalDate, decisions: [ReadinessDecision], on date: LocalDate) -> Bool {
        checklist(birthDate: birthDate, decisions: decisions, on: date).allSatisfy { $0.state == .met }
    }
}
