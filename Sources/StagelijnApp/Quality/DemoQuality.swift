import Fluent
import Foundation
import StagelijnCore

/// Demo quality care: the default requirements with two stated by the school (a named owner, a stricter visit norm),
/// and a calendar with done activities (with their evidence), open ones still to come and one overdue: the latest
/// activity whose date has passed is left open, so its owner sees it on the home page.
struct DemoQuality {
    let db: any Database
    let now: Date

    func record(school: SchoolModel) async throws {
        let schoolID = try school.requireID()
        let actor = Actor.system("demo", schoolID: schoolID)
        var requirements = QualityRequirement.defaults
        if let visits = requirements.firstIndex(where: { $0.indicator == .visitRhythm }) {
            requirements[visits] = QualityRequirement(indicator: .visitRhythm, norm: 95, owner: .supervisor, ownerName: "Team stagebegeleiders")
        }
        if let signed = requirements.firstIndex(where: { $0.indicator == .signedBeforeStart }) {
            requirements[signed].ownerName = "Stagecoördinator"
        }
        try await QualityRequirementsService(db: db).save(requirements, school: schoolID, actor: actor, at: now)

        let today = LocalDate(now)
        let current = SchoolYear(containing: today)
        let service = QualityCalendarService(db: db)
        var past: [(SchoolYear, QualityActivityTemplate)] = []
        for year in [SchoolYear(parsing: "\(current.startYear - 1)-\(current.startYear)"), current].compactMap({ $0 }) {
            past += QualityCalendar.defaults.filter { $0.dueDate(in: year) < today }.map { (year, $0) }
        }
        let overdue = past.max { $0.1.dueDate(in: $0.0) < $1.1.dueDate(in: $1.0) }
        for (year, template) in past where !(year == overdue?.0 && template.key == overdue?.1.key) {
            let update = QualityCalendarService.Update(status: .done, owner: template.owner, ownerName: "",
                                                       dueOn: template.dueDate(in: year), notes: Self.notes[template.key] ?? "Besproken in het stageteam.",
                                                       decisions: Self.decisions[template.key] ?? "")
            try await service.save(update, key: template.key, year: year, school: schoolID, actor: actor, at: now)
        }
    }

    static let notes: [String: String] = [
        "stageteam-najaar": "Alle overeenkomsten nagelopen; drie stages begonnen later omdat een handtekening ontbrak.",
        "uitstroommonitor": "Bestemming van alle schoolverlaters op 1 november vastgelegd en doorgegeven.",
        "jaarverslag-meldpunt": "Jaarverslag meldpunt opgesteld zonder namen en besproken met de directie.",
        "evaluatieronde-1": "Respons leerlingen 82 %, praktijkbegeleiders 64 %. Begeleiding door school scoort lager dan door het bedrijf.",
        "stageteam-voorjaar": "Kwaliteitseisen halverwege besproken; bezoekritme bij leerjaar 3 achter.",
        "curriculum": "Evaluaties en meldingen teruggelegd in het stagecurriculum.",
        "evaluatieronde-2": "Jaarrapport stagekwaliteit vastgesteld in het MT.",
    ]

    static let decisions: [String: String] = [
        "stageteam-najaar": "Geen start meer zonder getekende overeenkomst; coördinator belt bedrijven na 5 dagen.",
        "evaluatieronde-1": "Vast belmoment van de stagebegeleider in week 2 van elke stage.",
        "curriculum": "Voorbereidingsles ‘op tijd komen en afmelden’ in leerjaar 3; één bedrijf niet meer voor leerjaar 3.",
    ]
}
