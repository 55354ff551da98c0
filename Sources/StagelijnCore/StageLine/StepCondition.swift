/// A condition under which a step of the line is offered (issue 14: "a step is only offered when its conditions hold").
public enum StepCondition: Codable, Hashable, Sendable {
    /// The student is at least in this school year.
    case minimumYear(Int)
    /// The student is at least this old (seed 004: 14 for an individual stage; computed from the birth date).
    case minimumAge(Int)
    /// Every criterion of the readiness checklist is met (seed 004; `Readiness`).
    case readinessMet
    /// Another step of the line has been completed.
    case stepDone(String)
    /// The latest decision of this kind has this outcome (e.g. provisional advice "individuele stage").
    case decision(LineDecisionKind, String)
    /// The definitive sector choice (end of year 3) has been recorded.
    case sectorChosen
    /// A VSO profile has been chosen.
    case profileChosen
    /// The school's group stage has a free dagdeel (capacity per dagdeel, default 5).
    case groupStageHasRoom
    /// At least one of these holds.
    case anyOf([StepCondition])

    /// In Dutch, for the "next step" on the trajectory page.
    public func dutch(in programme: StageLineProgramme) -> String {
        switch self {
        case let .minimumYear(year): "in leerjaar \(year) of hoger"
        case let .minimumAge(age): "\(age) jaar of ouder"
        case .readinessMet: "alle punten van de stagegereedheid voldoen"
        case let .stepDone(key): "‘\(programme.step(key)?.name ?? key)’ is afgerond"
        case let .decision(kind, outcome): "\(kind.dutchName): \(kind.dutchOutcome(outcome))"
        case .sectorChosen: "de definitieve sectorkeuze is vastgelegd"
        case .profileChosen: "er is een profiel gekozen"
        case .groupStageHasRoom: "er is plaats in de groepsstage"
        case let .anyOf(options): options.map { $0.dutch(in: programme) }.joined(separator: " of ")
        }
    }
}

/// Decisions on a student's line, each recorded with who decided, with whom it was discussed and why.
public enum LineDecisionKind: String, Codable, CaseIterable, Sendable {
    /// Praktijkonderwijs, end of year 2 (seed 004): individual stage, group stage or extra support.
    case provisionalAdvice = "voorlopig-advies"
    /// Praktijkonderwijs, from the group stage back to an individual stage, decided by parents, mentor and supervisor.
    case readyForIndividual = "klaar-voor-individueel"
    /// Praktijkonderwijs, end of year 3: the definitive sector for years 4–5 (one of the ten sectors).
    case sectorChoice = "sectorkeuze"
    /// VSO: the profile (Groen, Horeca, Logistiek, …).
    case profile = "profiel"
    /// VSO: the step up BIS → BES → ZES (or staying where the student is).
    case stepUp = "doorstroom"

    public var dutchName: String {
        switch self {
        case .provisionalAdvice: "Voorlopig stage-advies"
        case .readyForIndividual: "Van groepsstage naar individuele stage"
        case .sectorChoice: "Definitieve sectorkeuze"
        case .profile: "Profiel"
        case .stepUp: "Doorstroom"
        }
    }

    /// The outcomes a coordinator chooses from; `nil` for a free choice from a list the app supplies (sectors,
    /// profiles).
    public var outcomes: [String]? {
        switch self {
        case .provisionalAdvice: ProvisionalAdvice.allCases.map(\.rawValue)
        case .readyForIndividual: ["ja", "nee"]
        case .stepUp: ["bes", "zes", "blijft"]
        case .sectorChoice, .profile: nil
        }
    }

    public func dutchOutcome(_ outcome: String) -> String {
        switch self {
        case .provisionalAdvice: ProvisionalAdvice(rawValue: outcome)?.dutchName ?? outcome
        case .readyForIndividual: outcome == "ja" ? "klaar voor een individuele stage" : "nog niet klaar"
        case .stepUp: ["bes": "naar BES (begeleide externe stage)", "zes": "naar ZES (zelfstandige externe stage)",
                       "blijft": "blijft in de huidige stap"][outcome] ?? outcome
        case .sectorChoice: Sector(rawValue: outcome)?.dutchName ?? outcome
        case .profile: outcome
        }
    }

    /// The school types this decision belongs to.
    public func applies(to type: SchoolType) -> Bool {
        switch self {
        case .provisionalAdvice, .readyForIndividual, .sectorChoice: type == .praktijkonderwijs
        case .profile, .stepUp: type == .vso
        }
    }
}

/// Seed 004: "voorlopig advies" at the end of year 2.
public enum ProvisionalAdvice: String, CaseIterable, Codable, Sendable {
    case individualStage = "individuele-stage"
    case groupStage = "groepsstage"
    case extraSupport = "extra-ondersteuning"

    public var dutchName: String {
        switch self {
        case .individualStage: "individuele stage"
        case .groupStage: "groepsstage"
        case .extraSupport: "extra ondersteuning (groepsstage met begeleiding)"
        }
    }
}
