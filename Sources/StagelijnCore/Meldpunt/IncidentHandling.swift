/// Where a report stands. A registered report is counted and waits; the reporter may still ask for follow-up.
public enum IncidentStatus: String, CaseIterable, Codable, Sendable {
    case registered = "geregistreerd"
    case new = "nieuw"
    case inProgress = "in-behandeling"
    case closed = "afgerond"

    public var dutchName: String {
        switch self {
        case .registered: "Geregistreerd (geteld, geen actie)"
        case .new: "Nieuw, nog niet beantwoord"
        case .inProgress: "In behandeling"
        case .closed: "Afgerond"
        }
    }

    /// The words the reporter reads.
    public var reporterText: String {
        switch self {
        case .registered: "Je melding is geteld. De school doet niets zonder jouw toestemming."
        case .new: "Je melding is binnen. Iemand van school reageert binnen 3 schooldagen."
        case .inProgress: "Iemand van school is met je melding bezig."
        case .closed: "Je melding is afgerond."
        }
    }
}

/// The steps a handler records (issue 12).
public enum IncidentStep: String, CaseIterable, Codable, Sendable {
    case talkWithStudent = "gesprek-leerling"
    case contactCompany = "contact-bedrijf"
    case replacementPlacement = "vervangende-stage"
    case reportToSBB = "melding-sbb"
    case safeguarding = "vertrouwenspersoon-politie"
    case other = "anders"

    public var dutchName: String {
        switch self {
        case .talkWithStudent: "Gesprek met de leerling"
        case .contactCompany: "Contact met het bedrijf"
        case .replacementPlacement: "Vervangende stageplaats"
        case .reportToSBB: "Gemeld bij SBB"
        case .safeguarding: "Vertrouwenspersoon of politie ingeschakeld"
        case .other: "Andere stap"
        }
    }
}

/// How a report ended, counted in the statistics.
public enum IncidentOutcome: String, CaseIterable, Codable, Sendable {
    case resolvedWithCompany = "opgelost-met-bedrijf"
    case newPlacement = "nieuwe-stageplaats"
    case companyNotPlaced = "bedrijf-niet-meer-plaatsen"
    case reportedToSBB = "gemeld-bij-sbb"
    case reporterStopped = "melder-wilde-geen-actie"
    case notSubstantiated = "niet-vast-te-stellen"
    case other = "anders"

    public var dutchName: String {
        switch self {
        case .resolvedWithCompany: "Opgelost met het bedrijf"
        case .newPlacement: "Nieuwe stageplaats"
        case .companyNotPlaced: "Bedrijf krijgt geen stagiairs meer"
        case .reportedToSBB: "Gemeld bij SBB"
        case .reporterStopped: "Melder wilde geen verdere actie"
        case .notSubstantiated: "Niet vast te stellen"
        case .other: "Anders"
        }
    }
}

/// The safeguarding route shown with every report of sexual misconduct (DOMAIN.md, Meldpunt).
public enum SafeguardingRoute {
    public static let forReporter = [
        "Je hoeft hier niet alleen mee te blijven. Praat met iemand die je vertrouwt.",
        "Het bedrijf heeft een vertrouwenspersoon. Die moet naar je luisteren en mag het niet doorvertellen zonder jouw toestemming.",
        "Is het strafbaar (bijvoorbeeld aanranding)? Dan kun je aangifte doen bij de politie: bel 0900-8844. In nood: 112.",
        "Je kunt ook anoniem praten met Centrum Seksueel Geweld: 0800-0188 (gratis, dag en nacht).",
        "De school vertelt het bedrijf niets zonder dat eerst met jou te bespreken.",
    ]

    public static let forHandler = [
        "Bespreek eerst met de melder wat die wil; vertel het bedrijf niets zonder overleg.",
        "Wijs op de vertrouwenspersoon van het bedrijf en op aangifte bij de politie (0900-8844, in nood 112).",
        "De school heeft geen wettelijke meldplicht, maar moet de leerling begeleiden. Stop de stage als de leerling niet veilig is.",
        "Centrum Seksueel Geweld: 0800-0188.",
    ]
}
