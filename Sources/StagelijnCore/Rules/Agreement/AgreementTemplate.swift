/// The school's starting text for an agreement, per school type (DOMAIN.md "School types and stage forms"),
/// before a cooperation agreement with the company (WVO art. 36) or the coordinator changes it.
public enum AgreementTemplate {
    public struct Texts: Equatable, Sendable {
        public let schoolShare: String
        public let companyShare: String
        public let assessment: String
        public let inspection: String
        public let planAim: String
    }

    static let inspection = "Het bedrijf geeft de Inspectie van het Onderwijs toegang tot de werkplek en de stage-administratie om toezicht te houden."

    public static func texts(for type: SchoolType) -> Texts {
        switch type {
        case .praktijkonderwijs:
            Texts(schoolShare: "De stagebegeleider van de school bezoekt de leerling elke 3 weken (vaker bij extra ondersteuning) en voert dan een voortgangsgesprek; wekelijkse stageles op school.",
                  companyShare: "De praktijkbegeleider begeleidt de leerling dagelijks, bespreekt de werkopdrachten en tekent wekelijks de stage-agenda af.",
                  assessment: "Halverwege en aan het eind beoordeelt de praktijkbegeleider de basiswerknemersvaardigheden en de persoonlijke doelen; de beoordeling gaat in de stagemap.",
                  inspection: inspection,
                  planAim: "Werkervaring opdoen richting de uitstroombestemming (arbeid, beschut werk, dagbesteding of vervolgonderwijs).")
        case .vmboBB, .vmboKB:
            Texts(schoolShare: "De stagedocent bezoekt of belt de leerling minstens drie keer: bij de start, halverwege en aan het eind.",
                  companyShare: "De praktijkbegeleider begeleidt de leerling bij de beroepsgerichte opdrachten van het profiel en tekent de urenverantwoording af.",
                  assessment: "De praktijkbegeleider beoordeelt aan het eind de beroepsgerichte opdrachten en de werkhouding op het beoordelingsformulier van de school.",
                  inspection: inspection,
                  planAim: "Kennismaken met het beroep en de opdrachten van het profielvak in de praktijk uitvoeren.")
        case .leerWerkTraject:
            Texts(schoolShare: "De loopbaanbegeleider van de school en het mbo bewaken samen de voortgang; bezoek elke 3 weken.",
                  companyShare: "Het erkend leerbedrijf (SBB) wijst een praktijkopleider aan die de leerling dagelijks begeleidt volgens het praktijkprogramma.",
                  assessment: "De praktijkopleider beoordeelt de beroepsvaardigheden volgens het praktijkprogramma van het leer-werktraject.",
                  inspection: inspection,
                  planAim: "Beroepsvaardigheden leren in een erkend leerbedrijf, als voorbereiding op een BBL-opleiding.")
        case .vso:
            Texts(schoolShare: "De jobcoach van de school begeleidt de leerling op de werkplek (begeleide externe stage) en bouwt de begeleiding af naar zelfstandig.",
                  companyShare: "De praktijkbegeleider is het vaste aanspreekpunt en houdt contact met de jobcoach over werkdruk en afspraken.",
                  assessment: "Praktijkbegeleider en jobcoach beoordelen samen de werknemersvaardigheden en de stap naar meer zelfstandigheid.",
                  inspection: inspection,
                  planAim: "Stap voor stap zelfstandig werken, richting beschut werk, regulier werk of dagbesteding.")
        case .entree, .mbo:
            Texts(schoolShare: "De BPV-begeleider van de school heeft drie contactmomenten met leerling en bedrijf (start, halverwege, eind) en bewaakt de 650 uur.",
                  companyShare: "Het erkend leerbedrijf (SBB) begeleidt de student dagelijks via de praktijkopleider en bevestigt wekelijks de uren.",
                  assessment: "Het bedrijf beoordeelt de beroepspraktijkvorming en neemt de Proeve van Bekwaamheid mede af.",
                  inspection: inspection,
                  planAim: "De beroepspraktijkvorming van de opleiding, met de werkprocessen uit het kwalificatiedossier.")
        }
    }
}
