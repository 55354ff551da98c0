/// A school's stage line for one school type: ordered phases, each with its steps and the conditions under which a
/// step is offered to a student (issue 14; seed 004 for praktijkonderwijs, seed 002 for VSO). Stored per school as
/// JSON; `DefaultStageLines` ships one for every school type.
public struct StageLineProgramme: Codable, Equatable, Sendable {
    public var schoolType: SchoolType
    public var phases: [StageLinePhase]
    /// VSO profiles within which the BES and ZES stages run (seed 002: Groen, Horeca, Logistiek, …). Empty for others.
    public var profiles: [String]
    /// Length of the course in school years, for the 50 % average of WVO art. 32 lid 2 over the whole course.
    public var courseYears: Int

    public init(schoolType: SchoolType, phases: [StageLinePhase], profiles: [String] = [], courseYears: Int) {
        self.schoolType = schoolType
        self.phases = phases
        self.profiles = profiles
        self.courseYears = courseYears
    }

    /// Every step in line order.
    public var steps: [StageLineStep] { phases.flatMap(\.steps) }

    public func step(_ key: String) -> StageLineStep? { steps.first { $0.key == key } }

    public func phase(of stepKey: String) -> StageLinePhase? { phases.first { $0.steps.contains { $0.key == stepKey } } }

    /// What is wrong with an edited programme, in Dutch (empty when it can be used).
    public func problems() -> [String] {
        var problems: [String] = []
        if phases.isEmpty { problems.append("De stagelijn heeft minstens één fase nodig.") }
        for phase in phases where phase.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append("Geef elke fase een naam.")
            break
        }
        for step in steps {
            if step.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Geef elke stap een naam."); break }
        }
        for step in steps {
            if !(0...7).contains(step.daysPerWeek) || !(0...12).contains(step.hoursPerDay) || !(0...80).contains(step.weeks) {
                problems.append("\(step.name): dagen per week (0–7), uren per dag (0–12) en weken (0–80) kloppen niet.")
            }
            for case let .minimumYear(year) in step.conditions where !(1...8).contains(year) {
                problems.append("\(step.name): het leerjaar moet tussen 1 en 8 liggen.")
            }
            for case let .minimumAge(age) in step.conditions where !(12...30).contains(age) {
                problems.append("\(step.name): de leeftijd moet tussen 12 en 30 liggen.")
            }
        }
        let keys = steps.map(\.key)
        if Set(keys).count != keys.count { problems.append("Twee stappen hebben dezelfde code.") }
        return problems
    }
}

public struct StageLinePhase: Codable, Equatable, Sendable {
    public var key: String
    public var name: String
    /// "leerjaar 2", "leerjaar 4–5": shown on the trajectory page.
    public var when: String
    public var steps: [StageLineStep]

    public init(key: String, name: String, when: String, steps: [StageLineStep]) {
        self.key = key
        self.name = name
        self.when = when
        self.steps = steps
    }
}

/// One step of a line: a stage form with its usual size and the conditions that must hold before it is offered.
public struct StageLineStep: Codable, Equatable, Sendable {
    public var key: String
    public var kind: StageStepKind
    public var name: String
    public var description: String
    public var conditions: [StepCondition]
    /// The usual size, for the hour projection over the whole line (seed 004: 2 days of 5 h, then 6 h; 3 days of 7 h).
    public var daysPerWeek: Int
    public var hoursPerDay: Int
    public var weeks: Int
    /// A step not every student takes (the group stage, Entree): left out of the projection until it is started.
    public var optional: Bool
    /// A school may switch a step off without deleting it.
    public var inUse: Bool

    public init(key: String, kind: StageStepKind, name: String, description: String, conditions: [StepCondition],
                daysPerWeek: Int = 0, hoursPerDay: Int = 0, weeks: Int = 0, optional: Bool = false, inUse: Bool = true) {
        self.key = key
        self.kind = kind
        self.name = name
        self.description = description
        self.conditions = conditions
        self.daysPerWeek = daysPerWeek
        self.hoursPerDay = hoursPerDay
        self.weeks = weeks
        self.optional = optional
        self.inUse = inUse
    }

    /// Planned stage hours of the whole step.
    public var plannedHours: Double { Double(daysPerWeek * hoursPerDay * weeks) }
}

/// The kinds of step the default lines use; a school's own step keeps the kind it was copied from.
public enum StageStepKind: String, Codable, CaseIterable, Sendable {
    case internalStage = "interne-stage"
    case interestTest = "interessetest"
    case snuffelStage = "snuffelstage"
    case groupStage = "groepsstage"
    case individualStage = "individuele-stage"
    case sectorStage = "sectorstage"
    case entree = "entree"
    case vsoInternal = "bis"
    case vsoGuidedExternal = "bes"
    case vsoIndependent = "zes"
    case blockStage = "blokstage"
    case weeklyStage = "lintstage"
    case workLearning = "lwt"
    case bpv = "bpv"

    /// A step at a company (with a placement and a stage agreement), as opposed to inside the school or a test.
    public var isAtCompany: Bool {
        switch self {
        case .internalStage, .interestTest, .vsoInternal: false
        default: true
        }
    }
}
