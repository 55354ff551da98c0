/// Why a stage ended early (uitval). Seed 004 §4.5: the student and the supervisor discuss the cause first.
/// A safety cause (sociale onveiligheid, discriminatie, misbruik) may point to a meldpunt report.
public enum DropoutCause: String, CaseIterable, Codable, Sendable {
    case student, company, match, safety

    public var dutchName: String {
        switch self {
        case .student: "ligt bij de leerling (motivatie, gezondheid, thuissituatie)"
        case .company: "ligt bij het bedrijf (geen werk, geen begeleiding, bedrijf stopt)"
        case .match: "de match klopte niet (werk past niet bij de leerling)"
        case .safety: "veiligheid (onveilige situatie, discriminatie of misbruik)"
        }
    }

    public var shortName: String {
        switch self {
        case .student: "leerling"
        case .company: "bedrijf"
        case .match: "match"
        case .safety: "veiligheid"
        }
    }
}

/// What follows a dropout (seed 004 §4.5, "vervolgstap(pen)"). Whatever the step, the student keeps searching
/// actively for a next place, with the supervisor's help.
public enum DropoutNextStep: String, CaseIterable, Codable, Sendable {
    /// Back to the group stage on the stage days — only when the group stage has room (5 per dagdeel).
    case backToGroupStage = "groepsstage"
    /// An alternative programme after consulting the (stage) support team; an integral plan when the problems are wider.
    case alternativeProgramme = "alternatief"
    /// A new place found at once.
    case newPlacement = "nieuwe-plaats"
    /// Entree: the 650 hours cannot be made any more, so the course is extended.
    case entreeExtension = "verlenging-entree"

    public var dutchName: String {
        switch self {
        case .backToGroupStage: "terug naar de groepsstage"
        case .alternativeProgramme: "alternatief programma met het ondersteuningsteam"
        case .newPlacement: "direct een nieuwe stageplaats"
        case .entreeExtension: "verlenging van de Entree-opleiding (650 uur niet haalbaar)"
        }
    }
}

/// A stage that was running and is ended early is a dropout; a proposal that ends before the stage started (the
/// company declined after the introduction, a contract never signed) is not.
public enum DropoutTrigger {
    public static func opensDropout(from previous: PlacementStatus, to next: PlacementStatus) -> Bool {
        previous == .active && next == .terminated
    }
}

/// The steps of the dropout procedure in seed 004: talk, cause, company contacted, mentor informed (always), next step.
public struct DropoutProgress: Equatable, Sendable {
    public var talkRecorded: Bool
    public var companyContacted: Bool
    public var mentorInformed: Bool
    public var nextStep: DropoutNextStep?

    public init(talkRecorded: Bool, companyContacted: Bool, mentorInformed: Bool, nextStep: DropoutNextStep?) {
        self.talkRecorded = talkRecorded
        self.companyContacted = companyContacted
        self.mentorInformed = mentorInformed
        self.nextStep = nextStep
    }

    /// Open until a next step is recorded: until then it stays on the coordinator's and the mentor's home page.
    public var isOpen: Bool { nextStep == nil }

    /// What still has to happen, in the procedure's order, in Dutch.
    public var missing: [String] {
        var steps: [String] = []
        if !talkRecorded { steps.append("gesprek met de leerling") }
        if !companyContacted { steps.append("contact met het bedrijf") }
        if !mentorInformed { steps.append("mentor informeren") }
        if nextStep == nil { steps.append("vervolgstap kiezen") }
        return steps
    }
}
