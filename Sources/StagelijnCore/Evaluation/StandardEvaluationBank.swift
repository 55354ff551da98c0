/// The bank a new board starts with. Core statements are written so they read right for every perspective (B1, no
/// "je" or "u" in them); the extra items address their own reader ("je" for the student, "u" for the company).
public enum StandardEvaluationBank {
    public static let content = EvaluationBankContent(title: "Evaluatie van de stage", items: core + extra)

    static let core: [EvaluationItem] = [
        .init(key: "voorbereiding", theme: .preparation, kind: .agreement, text: "De leerling was goed voorbereid op de stage."),
        .init(key: "afspraken", theme: .agreements, kind: .agreement, text: "De afspraken over de stage waren duidelijk."),
        .init(key: "begeleiding-school", theme: .schoolGuidance, kind: .agreement, text: "De begeleiding door school was goed."),
        .init(key: "begeleiding-bedrijf", theme: .companyGuidance, kind: .agreement, text: "De begeleiding op het bedrijf was goed."),
        .init(key: "werk", theme: .workAndLearning, kind: .agreement, text: "Het werk paste bij wat de leerling moest leren."),
        .init(key: "geleerd", theme: .workAndLearning, kind: .agreement, text: "De leerling heeft veel geleerd op deze stage."),
        .init(key: "beoordeling", theme: .assessment, kind: .agreement, text: "De beoordeling was eerlijk en duidelijk."),
        .init(key: "problemen", theme: .problemSolving, kind: .agreement, text: "Als er iets mis ging, werd het snel opgelost."),
        .init(key: "cijfer", theme: .overall, kind: .mark, text: "Rapportcijfer voor deze stage (1 tot en met 10)"),
        .init(key: "goed", theme: .overall, kind: .open, text: "Wat ging goed?"),
        .init(key: "beter", theme: .overall, kind: .open, text: "Wat kan beter?"),
    ]

    static let extra: [EvaluationItem] = [
        .init(key: "leerling-veilig", theme: .companyGuidance, kind: .agreement, text: "Ik voelde me veilig op mijn stage.",
              perspective: .student),
        .init(key: "leerling-aanrader", theme: .workAndLearning, kind: .agreement,
              text: "Ik zou deze stageplaats aanraden aan een andere leerling.", perspective: .student),
        .init(key: "bedrijf-contact-school", theme: .schoolGuidance, kind: .agreement,
              text: "Ik wist wie ik bij school kon bellen als dat nodig was.", perspective: .workplaceMentor),
        .init(key: "bedrijf-opnieuw", theme: .overall, kind: .agreement,
              text: "Wij willen opnieuw een leerling van deze school begeleiden.", perspective: .workplaceMentor),
        .init(key: "begeleider-bezoeken", theme: .schoolGuidance, kind: .agreement,
              text: "Ik kon de leerling vaak genoeg bezoeken.", perspective: .supervisor),
        .init(key: "coordinator-match", theme: .preparation, kind: .agreement,
              text: "De stageplaats paste bij deze leerling.", perspective: .coordinator),
    ]
}
