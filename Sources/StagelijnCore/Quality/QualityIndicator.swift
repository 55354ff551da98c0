/// Where a quality requirement comes from, so a reader of the dashboard can check it (issue 13).
public enum QualitySource: String, CaseIterable, Sendable {
    case wvo, stagepact, inspectie, sector, school

    public var dutchName: String {
        switch self {
        case .wvo: "WVO 2020 art. 35 (stageovereenkomst)"
        case .stagepact: "Stagepact mbo/vo (2023–2027)"
        case .inspectie: "Inspectie van het Onderwijs, standaard beroepspraktijkvorming (OP5) en rapport stages (2024)"
        case .sector: "Sectornorm praktijkonderwijs (Inspectie en sectorraad, peildatum 1 november)"
        case .school: "Eigen norm van de school"
        }
    }
}

/// One indicator that measures a quality requirement: what is counted, over which stages or reports, and from where.
/// Every indicator is a share (numerator of denominator) so that norms are percentages and groups can be compared.
public enum QualityIndicator: String, CaseIterable, Codable, Sendable {
    case signedBeforeStart = "getekend-voor-start"
    case visitRhythm = "bezoek-ritme"
    case contactMoments = "contactmomenten"
    case assessmentsOnTime = "beoordelingen-op-tijd"
    case evaluationResponse = "evaluatie-respons"
    case reportsAnswered = "meldingen-beantwoord"
    case leaversPlaced = "uitstroom-geplaatst"
    case retainedOneYear = "na-een-jaar"
    case retainedTwoYears = "na-twee-jaar"

    public var dutchName: String {
        switch self {
        case .signedBeforeStart: "Getekende overeenkomst vóór de start"
        case .visitRhythm: "Bezocht volgens het ritme"
        case .contactMoments: "Drie contactmomenten per stage"
        case .assessmentsOnTime: "Tussen- en eindbeoordeling op tijd"
        case .evaluationResponse: "Respons op de evaluatie (laagste perspectief)"
        case .reportsAnswered: "Meldingen binnen 3 schooldagen beantwoord"
        case .leaversPlaced: "Schoolverlaters geplaatst"
        case .retainedOneYear: "Na 1 jaar nog op de plek"
        case .retainedTwoYears: "Na 2 jaar nog op de plek"
        }
    }

    /// The requirement as the school states it (default wording; the norm is filled in).
    public func statement(norm: Int) -> String {
        switch self {
        case .signedBeforeStart: "Minstens \(norm) % van de stages heeft een volledig getekende stageovereenkomst vóór de eerste stagedag."
        case .visitRhythm: "Minstens \(norm) % van de stages wordt minstens elke 3 weken bezocht."
        case .contactMoments: "Minstens \(norm) % van de afgeronde stages had de drie contactmomenten (start, halverwege, eind)."
        case .assessmentsOnTime: "Minstens \(norm) % van de tussen- en eindbeoordelingen is op tijd afgerond."
        case .evaluationResponse: "De respons op de evaluatie is per perspectief minstens \(norm) %."
        case .reportsAnswered: "Minstens \(norm) % van de meldingen krijgt binnen 3 schooldagen een eerste reactie."
        case .leaversPlaced: "Minstens \(norm) % van de schoolverlaters heeft op 1 november werk, opleiding of dagbesteding."
        case .retainedOneYear: "Minstens \(norm) % van de schoolverlaters zit 1 jaar later nog op een duurzame plek."
        case .retainedTwoYears: "Minstens \(norm) % van de schoolverlaters zit 2 jaar later nog op een duurzame plek."
        }
    }

    /// How it is counted, in the words of the definition page.
    public var definition: String {
        switch self {
        case .signedBeforeStart:
            "Teller: begonnen stages met een verstuurde overeenkomst die getekend is door school, leerling en bedrijf (en een ouder als de leerling jonger dan 18 was) en die zonder uitzondering zijn gestart. Noemer: alle stages die zijn begonnen. Een stage die met een vastgelegde uitzondering zonder handtekeningen begon, telt als niet gehaald."
        case .visitRhythm:
            "Per begonnen stage: het aantal bezoeken dat nodig was (één per volle 3 weken stageduur tot vandaag of tot het eind) en het aantal vastgelegde bezoeken. Teller: stages met minstens zoveel bezoeken als nodig. Noemer: begonnen stages die minstens één bezoek nodig hadden."
        case .contactMoments:
            "Teller: afgeronde stages met alle drie de contactmomenten (start, halverwege en eind) vastgelegd. Noemer: afgeronde stages. Voortijdig afgebroken stages tellen niet mee."
        case .assessmentsOnTime:
            "Teller: tussen- en eindbeoordelingen die uiterlijk op de vervaldatum door school zijn afgerond. Noemer: beoordelingen waarvan de vervaldatum voorbij is of die al zijn afgerond."
        case .evaluationResponse:
            "Per perspectief (leerling, praktijkbegeleider, stagebegeleider, coördinator): ingevulde evaluaties gedeeld door verstuurde evaluaties. De waarde is die van het perspectief met de laagste respons; een perspectief zonder verstuurde evaluaties telt niet mee."
        case .reportsAnswered:
            "Teller: meldingen met een eerste reactie uiterlijk op de termijn van 3 schooldagen (vakanties tellen niet mee). Noemer: meldingen waarvan de termijn voorbij is of die al een reactie hebben."
        case .leaversPlaced:
            "Teller: schoolverlaters van het vorige schooljaar met werk, een opleiding of dagbesteding op de peildatum 1 november. Noemer: alle schoolverlaters van dat schooljaar (uitstroommonitor); zonder waarneming telt iemand als niet geplaatst."
        case .retainedOneYear:
            "Teller: schoolverlaters die 1 jaar na de peildatum nog op een duurzame plek zitten. Noemer: schoolverlaters van wie de situatie na 1 jaar bekend is."
        case .retainedTwoYears:
            "Teller: schoolverlaters die 2 jaar na de peildatum nog op een duurzame plek zitten. Noemer: schoolverlaters van wie de situatie na 2 jaar bekend is."
        }
    }

    public var source: QualitySource {
        switch self {
        case .signedBeforeStart: .wvo
        case .visitRhythm, .assessmentsOnTime: .inspectie
        case .contactMoments: .stagepact
        case .evaluationResponse: .inspectie
        case .reportsAnswered: .stagepact
        case .leaversPlaced, .retainedOneYear, .retainedTwoYears: .sector
        }
    }

    /// The default norm in percent.
    public var defaultNorm: Int {
        switch self {
        case .signedBeforeStart: 100
        case .visitRhythm: 90
        case .contactMoments: 100
        case .assessmentsOnTime: 90
        case .evaluationResponse: 60
        case .reportsAnswered: 100
        case .leaversPlaced: 90
        case .retainedOneYear, .retainedTwoYears: 75
        }
    }

    public var defaultOwner: Role {
        switch self {
        case .signedBeforeStart, .contactMoments, .evaluationResponse, .reportsAnswered: .coordinator
        case .visitRhythm, .assessmentsOnTime: .supervisor
        case .leaversPlaced, .retainedOneYear, .retainedTwoYears: .leadership
        }
    }

    /// Outflow indicators come from the stage-end part (uitstroommonitor), not from the stages themselves.
    public var isOutflow: Bool { [.leaversPlaced, .retainedOneYear, .retainedTwoYears].contains(self) }
}
