/// The phase of a school's stage line a student is in, which decides the default stage goals (issue 11: "stage
/// goals per programme phase, e.g. pro year 3 individual stage, year 4/5 deepening per sector, VSO BES").
/// Derived from school type and year; issue 14 (trajectories per student) may record the phase explicitly.
public enum ProgrammePhase: String, CaseIterable, Codable, Sendable {
    case proPreparation = "pro-2"
    case proIndividual = "pro-3"
    case proDeepening = "pro-4-5"
    case vsoInternal = "vso-bis"
    case vsoGuidedExternal = "vso-bes"
    case vsoIndependent = "vso-zes"
    case vmbo = "vmbo"
    case entree = "entree"
    case mbo = "mbo"

    public var dutchName: String {
        switch self {
        case .proPreparation: "Praktijkonderwijs jaar 2 — voorbereiding en snuffelstage"
        case .proIndividual: "Praktijkonderwijs jaar 3 — individuele stage"
        case .proDeepening: "Praktijkonderwijs jaar 4–5 — verdieping per sector"
        case .vsoInternal: "VSO — begeleide interne stage (BIS)"
        case .vsoGuidedExternal: "VSO — begeleide externe stage (BES)"
        case .vsoIndependent: "VSO — zelfstandige externe stage (ZES)"
        case .vmbo: "vmbo — beroepsgerichte stage"
        case .entree: "Entree — beroepspraktijkvorming"
        case .mbo: "mbo — beroepspraktijkvorming (BPV)"
        }
    }

    public static func of(_ type: SchoolType, year: Int) -> ProgrammePhase {
        switch type {
        case .praktijkonderwijs: year <= 2 ? .proPreparation : year == 3 ? .proIndividual : .proDeepening
        case .vso: year <= 2 ? .vsoInternal : year == 3 ? .vsoGuidedExternal : .vsoIndependent
        case .vmboBB, .vmboKB, .leerWerkTraject: .vmbo
        case .entree: .entree
        case .mbo: .mbo
        }
    }

    /// The goals a school starts with for this phase (seed 004), written so student, company and school read the same
    /// concrete behaviour. The school replaces them on its goals page.
    public var standardGoals: [String] {
        switch self {
        case .proPreparation:
            ["Kan na de snuffelstage zeggen welke sectoren passen", "Stelt zich netjes voor bij een bedrijf"]
        case .proIndividual:
            ["Komt elke stagedag op tijd en meldt zich af bij ziekte", "Voert een taak uit zoals die is uitgelegd",
             "Vraagt om hulp als iets niet lukt"]
        case .proDeepening:
            ["Werkt een hele stagedag zelfstandig mee in het team", "Voert de vaktaken van de sector veilig en netjes uit",
             "Vertelt in het voortgangsgesprek wat goed ging en wat beter kan"]
        case .vsoInternal:
            ["Maakt een taak in de school af met een stappenplan", "Werkt een dagdeel samen met een klasgenoot"]
        case .vsoGuidedExternal:
            ["Reist zelf of met de afgesproken hulp naar de stage", "Werkt een dagdeel met de jobcoach in de buurt"]
        case .vsoIndependent:
            ["Werkt zelfstandig zonder jobcoach op de werkvloer", "Lost kleine problemen zelf op of vraagt een collega"]
        case .vmbo, .entree, .mbo:
            ["Voert de beroepstaken uit de opleiding uit op de werkplek", "Gaat professioneel om met collega's en klanten"]
        }
    }
}
