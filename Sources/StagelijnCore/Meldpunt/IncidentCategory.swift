/// The uniform categories of the meldpunt (issue 12; DOMAIN.md "Meldpunt"; Inspectie, seed 000: schools use no uniform
/// definitions). Every category has a B1 definition and a short example a 15-year-old recognises.
public enum IncidentCategory: String, CaseIterable, Codable, Sendable {
    case discrimination = "stagediscriminatie"
    case socialUnsafety = "sociale-onveiligheid"
    case sexualMisconduct = "seksueel-grensoverschrijdend"
    case stageAbuse = "stagemisbruik"
    case unsafeWork = "onveilig-werk"

    public var dutchName: String {
        switch self {
        case .discrimination: "Stagediscriminatie"
        case .socialUnsafety: "Sociale onveiligheid"
        case .sexualMisconduct: "Seksueel grensoverschrijdend gedrag"
        case .stageAbuse: "Stagemisbruik"
        case .unsafeWork: "Onveilig werk"
        }
    }

    /// Language level B1: short sentences, everyday words.
    public var definition: String {
        switch self {
        case .discrimination:
            "Je wordt anders behandeld om wie je bent. Bijvoorbeeld om je afkomst, huidskleur, geloof, geslacht, "
                + "wie je leuk vindt, een handicap of je leeftijd."
        case .socialUnsafety:
            "Je voelt je niet veilig door hoe mensen met je omgaan: pesten, schelden, dreigen, agressie of intimidatie."
        case .sexualMisconduct:
            "Iemand doet of zegt iets seksueels wat jij niet wilt. Dat mag nooit, ook niet als grap."
        case .stageAbuse:
            "Je werkt als gewone werknemer, maar je leert niets. Of je staat er helemaal alleen voor, "
                + "je moet steeds overwerken, of je doet echt werk zonder dat het een stage is."
        case .unsafeWork:
            "Het werk is gevaarlijk of mag niet voor jouw leeftijd. Bijvoorbeeld zonder beschermende kleding, "
                + "te zwaar tillen of te lange dagen."
        }
    }

    public var example: String {
        switch self {
        case .discrimination: "Na het kennismakingsgesprek zeggen ze: \u{201C}Met een hoofddoek kun je hier niet werken.\u{201D}"
        case .socialUnsafety: "Een collega scheldt je elke dag uit waar anderen bij zijn."
        case .sexualMisconduct: "Je baas raakt je aan terwijl je dat niet wilt, of stuurt je seksuele berichten."
        case .stageAbuse: "Je moet de hele dag alleen de winkel runnen en niemand legt je iets uit."
        case .unsafeWork: "Je moet met een machine werken zonder uitleg en zonder veiligheidsbril."
        }
    }

    /// Only discrimination carries grounds: a property of the report, never of a person (SECURITY.md, AVG).
    public var hasGrounds: Bool { self == .discrimination }

    /// Sexual misconduct follows the safeguarding route: the company's vertrouwenspersoon and the police; the school
    /// has no statutory duty to report but must guide (DOMAIN.md). The company is never told automatically.
    public var needsSafeguardingRoute: Bool { self == .sexualMisconduct }
}

/// The ground of a discrimination report (issue 12 list).
public enum DiscriminationGround: String, CaseIterable, Codable, Sendable {
    case origin = "herkomst"
    case religion = "religie"
    case gender = "geslacht"
    case sexualOrientation = "seksuele-orientatie"
    case disability = "handicap"
    case age = "leeftijd"
    case other = "anders"

    public var dutchName: String {
        switch self {
        case .origin: "Afkomst of huidskleur"
        case .religion: "Geloof"
        case .gender: "Geslacht"
        case .sexualOrientation: "Seksuele oriëntatie"
        case .disability: "Handicap of chronische ziekte"
        case .age: "Leeftijd"
        case .other: "Iets anders"
        }
    }
}

/// When it happened: while looking for a place (e.g. refused after a klikgesprek) or during the stage.
public enum IncidentPhase: String, CaseIterable, Codable, Sendable {
    case searching = "zoeken"
    case during = "tijdens"

    public var dutchName: String {
        switch self {
        case .searching: "Bij het zoeken naar een stage"
        case .during: "Tijdens de stage"
        }
    }
}

/// What the reporter wants: only counted (no action without consent), or handled by the school.
public enum IncidentMode: String, CaseIterable, Codable, Sendable {
    case register = "registreren"
    case followUp = "opvolgen"

    public var dutchName: String {
        switch self {
        case .register: "Alleen melden: de school telt het, maar doet niets zonder jouw toestemming"
        case .followUp: "Opvolgen: de school neemt contact op en helpt"
        }
    }
}

/// Who reports. Anonymous reporters still say this (it is not personal data).
public enum ReporterKind: String, CaseIterable, Codable, Sendable {
    case student = "leerling"
    case parent = "ouder"
    case staff = "medewerker"
    case workplaceMentor = "praktijkbegeleider"
    case other = "anders"

    public var dutchName: String {
        switch self {
        case .student: "Leerling of student"
        case .parent: "Ouder of verzorger"
        case .staff: "Medewerker van school"
        case .workplaceMentor: "Praktijkbegeleider"
        case .other: "Iemand anders"
        }
    }
}
