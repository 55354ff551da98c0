/// The forms a new board starts with: one for praktijkonderwijs and one for VSO, built from seed 004 (the five areas
/// and the ten basiswerknemersvaardigheden). Boards change them through new versions, never in place once used.
public enum StandardForms {
    /// Seed 004: op tijd komen, omgaan met werkdruk, volhouden/inzet tonen, samenwerken, omgaan met collega's,
    /// omgaan met autoriteit, nakomen van afspraken, voor jezelf opkomen, vragen stellen, klantencontact.
    public static let coreWorkSkills = [
        "Komt op tijd en meldt zich af als dat nodig is", "Gaat om met werkdruk", "Houdt vol en toont inzet",
        "Werkt samen", "Gaat goed om met collega's", "Accepteert leiding en opdrachten van de praktijkbegeleider",
        "Komt afspraken na", "Komt voor zichzelf op", "Stelt vragen als iets niet duidelijk is", "Gaat netjes om met klanten",
    ]

    public static let praktijkonderwijs = form(title: "Beoordeling praktijkonderwijs", areas: [
        .personal: ["Komt verzorgd en in passende werkkleding", "Vertelt hoe het gaat en wat lastig is",
                    "Heeft zelfvertrouwen bij het werk"],
        .work: ["Werkt nauwkeurig", "Werkt in een goed tempo", "Werkt veilig en volgt de veiligheidsregels",
                "Ruimt de werkplek op"],
        .social: ["Groet en maakt contact", "Helpt anderen als dat nodig is", "Gaat goed om met tips en kritiek"],
        .inquiry: ["Kijkt hoe collega's het doen en doet het na", "Bedenkt wat er nodig is voor een taak"],
        .learning: ["Leert van fouten", "Gebruikt de tips van de praktijkbegeleider", "Kan vertellen wat er geleerd is"],
    ])

    public static let vso = form(title: "Beoordeling VSO (BES en ZES)", areas: [
        .personal: ["Komt verzorgd en in passende werkkleding", "Zegt het als iets niet lukt"],
        .work: ["Begint zelf aan het werk", "Maakt een taak af", "Werkt veilig", "Werkt zelfstandig zonder jobcoach"],
        .social: ["Groet en maakt contact", "Werkt samen met een collega"],
        .inquiry: ["Gebruikt een stappenplan of pictogrammen"],
        .learning: ["Probeert iets nieuws", "Gebruikt de tips van de jobcoach of praktijkbegeleider"],
    ])

    private static func form(title: String, areas: [CompetencyArea: [String]]) -> AssessmentFormContent {
        var items: [FormItem] = []
        for area in CompetencyArea.allCases {
            let texts = area == .coreWorkSkills ? coreWorkSkills : areas[area] ?? []
            items += texts.map { FormItem(key: FormVersioning.key(area: area, text: $0), area: area, text: $0) }
        }
        return AssessmentFormContent(title: title, items: items)
    }
}
