/// The stage lines Stagelijn ships for every school type; a school edits its own copy.
/// Praktijkonderwijs after seed 004 ("Stroomschema stagelijn"), VSO after seed 002 (BIS → BES → ZES with profiles),
/// vmbo block or weekly stage, lwt at an SBB-recognised company (DOMAIN.md "School types and stage forms").
public enum DefaultStageLines {
    public static func programme(for type: SchoolType) -> StageLineProgramme {
        switch type {
        case .praktijkonderwijs: praktijkonderwijs
        case .vso: vso
        case .vmboBB, .vmboKB: vmbo(type)
        case .leerWerkTraject: lwt
        case .entree: entree
        case .mbo: mbo
        }
    }

    public static let vsoProfiles = ["Groen", "Horeca", "Logistiek", "Schoonmaak", "Detailhandel"]

    static let praktijkonderwijs = StageLineProgramme(schoolType: .praktijkonderwijs, phases: [
        StageLinePhase(key: "voorbereiding", name: "Stagevoorbereiding", when: "leerjaar 2", steps: [
            StageLineStep(key: "interne-stage", kind: .internalStage, name: "Interne stage",
                          description: "Kantinedienst en huishoudelijke taken in school, met eigen leerdoelen.",
                          conditions: [.minimumYear(2)], daysPerWeek: 1, hoursPerDay: 4, weeks: 4),
            StageLineStep(key: "interessetest", kind: .interestTest, name: "Interessetest",
                          description: "Welke van de tien sectoren passen bij je? Twee voorlopige sectoren.",
                          conditions: [.minimumYear(2)]),
            StageLineStep(key: "snuffelstage", kind: .snuffelStage, name: "Externe snuffelstage",
                          description: "In een klein groepje een paar dagen meelopen bij een bedrijf.",
                          conditions: [.minimumYear(2), .stepDone("interne-stage")], daysPerWeek: 1, hoursPerDay: 5, weeks: 3),
        ]),
        StageLinePhase(key: "orientatie", name: "Oriëntatiefase", when: "leerjaar 3", steps: [
            StageLineStep(key: "groepsstage", kind: .groupStage, name: "Groepsstage",
                          description: "Op een externe locatie met een begeleider van school; maximaal 5 leerlingen per dagdeel.",
                          conditions: [.minimumYear(3), .decision(.provisionalAdvice, ProvisionalAdvice.groupStage.rawValue),
                                       .groupStageHasRoom],
                          daysPerWeek: 2, hoursPerDay: 4, weeks: 19, optional: true),
            StageLineStep(key: "individueel-1", kind: .individualStage, name: "Individuele stage I",
                          description: "Twee dagen per week, vijf uur per dag (met pauze), bij een bedrijf.",
                          conditions: [.minimumYear(3), .minimumAge(14), .readinessMet,
                                       .anyOf([.decision(.provisionalAdvice, ProvisionalAdvice.individualStage.rawValue),
                                               .decision(.readyForIndividual, "ja")])],
                          daysPerWeek: 2, hoursPerDay: 5, weeks: 19),
            StageLineStep(key: "individueel-2", kind: .individualStage, name: "Individuele stage II",
                          description: "Twee dagen per week, zes uur per dag (met pauze), liefst in een andere sector.",
                          conditions: [.minimumYear(3), .stepDone("individueel-1")], daysPerWeek: 2, hoursPerDay: 6, weeks: 19),
        ]),
        StageLinePhase(key: "verdieping", name: "Verdiepingsfase per sector", when: "leerjaar 4–5", steps: [
            StageLineStep(key: "sectorstage", kind: .sectorStage, name: "Sectorstage",
                          description: "Drie dagen per week, zeven uur per dag, in de gekozen sector; 3 periodes met 2 praktijkopdrachten.",
                          conditions: [.minimumYear(4), .sectorChosen], daysPerWeek: 3, hoursPerDay: 7, weeks: 76),
        ]),
        StageLinePhase(key: "entree", name: "Entree (fase II)", when: "extra jaar", steps: [
            StageLineStep(key: "entree", kind: .entree, name: "Entree-opleiding met stage",
                          description: "Minimaal 650 stage-uren (ongeveer 21 uur per week); Proeve van Bekwaamheid bij het bedrijf.",
                          conditions: [.stepDone("sectorstage")], daysPerWeek: 3, hoursPerDay: 7, weeks: 31, optional: true),
        ]),
    ], courseYears: 5)

    static let vso = StageLineProgramme(schoolType: .vso, phases: [
        StageLinePhase(key: "bis", name: "BIS — begeleide interne stage", when: "binnen school", steps: [
            StageLineStep(key: "bis", kind: .vsoInternal, name: "Begeleide interne stage (BIS)",
                          description: "Werken in school: koken, het winkeltje, klussen, koffie zetten, met begeleiding.",
                          conditions: [], daysPerWeek: 1, hoursPerDay: 4, weeks: 38),
        ]),
        StageLinePhase(key: "bes", name: "BES — begeleide externe stage", when: "buiten school, met jobcoach", steps: [
            StageLineStep(key: "bes", kind: .vsoGuidedExternal, name: "Begeleide externe stage (BES)",
                          description: "Bij een bedrijf, met een jobcoach van school in de buurt, binnen het profiel.",
                          conditions: [.stepDone("bis"), .profileChosen, .decision(.stepUp, "bes")],
                          daysPerWeek: 2, hoursPerDay: 5, weeks: 38),
        ]),
        StageLinePhase(key: "zes", name: "ZES — zelfstandige externe stage", when: "zelfstandig", steps: [
            StageLineStep(key: "zes", kind: .vsoIndependent, name: "Zelfstandige externe stage (ZES)",
                          description: "Zelfstandig bij een bedrijf, zonder jobcoach op de werkvloer.",
                          conditions: [.stepDone("bes"), .profileChosen, .decision(.stepUp, "zes")],
                          daysPerWeek: 3, hoursPerDay: 6, weeks: 38),
        ]),
    ], profiles: vsoProfiles, courseYears: 6)

    static func vmbo(_ type: SchoolType) -> StageLineProgramme {
        StageLineProgramme(schoolType: type, phases: [
            StageLinePhase(key: "beroepsgericht", name: "Beroepsgerichte stage", when: "leerjaar 3–4", steps: [
                StageLineStep(key: "blokstage", kind: .blockStage, name: "Blokstage",
                              description: "Een aaneengesloten periode van enkele weken elke dag op stage.",
                              conditions: [.minimumYear(3)], daysPerWeek: 5, hoursPerDay: 7, weeks: 3),
                StageLineStep(key: "lintstage", kind: .weeklyStage, name: "Lintstage",
                              description: "Een vaste dag per week op stage, naast de lessen.",
                              conditions: [.minimumYear(3)], daysPerWeek: 1, hoursPerDay: 7, weeks: 20, optional: true),
            ]),
        ], courseYears: 4)
    }

    static let lwt = StageLineProgramme(schoolType: .leerWerkTraject, phases: [
        StageLinePhase(key: "lwt", name: "Leer-werktraject", when: "leerjaar 3–4", steps: [
            StageLineStep(key: "lwt", kind: .workLearning, name: "Werken en leren bij een SBB-erkend leerbedrijf",
                          description: "Deel van de opleiding, samen met een mbo-school; alleen bij een SBB-erkend leerbedrijf.",
                          conditions: [.minimumYear(3), .minimumAge(15)], daysPerWeek: 2, hoursPerDay: 7, weeks: 76),
        ]),
    ], courseYears: 4)

    static let entree = StageLineProgramme(schoolType: .entree, phases: [
        StageLinePhase(key: "entree", name: "Entree", when: "één jaar", steps: [
            StageLineStep(key: "entree", kind: .entree, name: "Beroepspraktijkvorming Entree",
                          description: "Minimaal 650 stage-uren bij een SBB-erkend leerbedrijf.",
                          conditions: [], daysPerWeek: 3, hoursPerDay: 7, weeks: 31),
        ]),
    ], courseYears: 1)

    static let mbo = StageLineProgramme(schoolType: .mbo, phases: [
        StageLinePhase(key: "bpv", name: "Beroepspraktijkvorming", when: "per leerjaar", steps: [
            StageLineStep(key: "bpv", kind: .bpv, name: "BPV", description: "Bij een SBB-erkend leerbedrijf.",
                          conditions: [], daysPerWeek: 4, hoursPerDay: 8, weeks: 20),
        ]),
    ], courseYears: 3)
}
