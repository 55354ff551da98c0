import StagelijnCore

/// The definition pages: for every indicator (from `QualityIndicator`) and for the dashboard's other figures, how it
/// is counted and from which source.
enum QualityDefinitions {
    struct Definition {
        var key: String
        var title: String
        var text: String
        var source: String
    }

    static let others: [Definition] = [
        .init(key: "tevredenheid", title: "Tevredenheid over de begeleiding door school en door het bedrijf",
              text: "Antwoorden van leerlingen op de evaluatievragen ‘De begeleiding door school was goed’ en ‘De begeleiding op het bedrijf was goed’ (schaal 1 tot en met 5). Tevreden: 4 (eens) of 5 (helemaal eens). Per schooljaar van de stageperiode. Ter vergelijking: landelijk was 37 % van de leerlingen tevreden over de begeleiding door school tijdens de stage (JOB-monitor 2025) en 55 % in de BPV-monitor 2023, tegen 93 % over het bedrijf.",
              source: QualitySource.stagepact.dutchName),
        .init(key: "meldingen", title: "Meldingen en reactietijd",
              text: "Meldingen bij het meldpunt per schooljaar van ontvangst. Op tijd: de eerste reactie kwam uiterlijk op de termijn van 3 schooldagen na ontvangst (vakanties van de school tellen niet mee). Gemiddelde reactietijd: kalenderdagen van ontvangst tot eerste reactie, over de meldingen met een reactie.",
              source: QualitySource.stagepact.dutchName),
        .init(key: "afgebroken", title: "Voortijdig afgebroken stages",
              text: "Teller: stages die begonnen zijn en de status ‘afgebroken’ kregen. Noemer: alle stages die begonnen zijn, per schooljaar van de stageperiode.",
              source: QualitySource.inspectie.dutchName),
        .init(key: "uitstroom", title: "Uitstroom, plaatsing en uitval",
              text: "Gemeten in schooljaar Y: de schoolverlaters van het schooljaar ervoor met werk, opleiding of dagbesteding op 1 november; de schoolverlaters van twee jaar eerder die 1 jaar later nog op een duurzame plek zitten; die van drie jaar eerder na 2 jaar. Bron: de uitstroommonitor van de school (bestemming per peildatum, de laatste waarneming op of vóór die dag; zonder waarneming telt iemand als niet geplaatst). Uitval: stages die in schooljaar Y voortijdig eindigden, met hun oorzaak en vervolgstap (uitvalregistratie).",
              source: QualitySource.sector.dutchName),
        .init(key: "respons", title: "Respons op de evaluatie per perspectief",
              text: "Per perspectief: ingevulde evaluaties gedeeld door verstuurde evaluaties, per schooljaar van de stageperiode. Evaluaties gaan automatisch uit aan het eind (en halverwege lange stages); de leerling krijgt zijn evaluatie zelf, niet via het bedrijf.",
              source: QualitySource.inspectie.dutchName),
    ]

    static func find(_ key: String) -> Definition? {
        if let indicator = QualityIndicator(rawValue: key) {
            return Definition(key: key, title: indicator.dutchName, text: indicator.definition, source: indicator.source.dutchName)
        }
        return others.first { $0.key == key }
    }
}
