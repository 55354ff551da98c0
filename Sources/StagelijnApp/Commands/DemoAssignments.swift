import Fluent
import StagelijnCore
import Vapor

/// A small library of practical assignments for pro and VSO (seed 004: three parts, two assignments each) and, on
/// running demo stages, assignments in every state — open, late, handed in, confirmed by the company, assessed — so
/// the student, the parent, the supervisor and the praktijkbegeleider each have something to see. Deterministic.
struct DemoAssignments {
    let db: any Database
    let now: Date

    private typealias Item = (kind: AssignmentKind, sector: Sector?, phase: String, part: Int?, title: String, text: String)

    private static let library: [Item] = [
        (.learningTask, nil, "pro jaar 4-5", 1, "Stel je voor aan je collega’s",
         "Vertel op je eerste stagedag wie je bent. Schrijf daarna op met wie je samenwerkt en wat hun taak is."),
        (.workTask, nil, "pro jaar 4-5", 1, "Een rondleiding over je werkplek",
         "Laat je praktijkbegeleider je de werkplek laten zien. Maak een tekening of foto van de plek waar je werkt."),
        (.learningTask, nil, "pro jaar 4-5", 2, "Om hulp vragen",
         "Vraag deze week twee keer zelf om hulp of uitleg. Schrijf op wat je vroeg en wat je ervan leerde."),
        (.workTask, .hospitalityAndRetail, "pro jaar 4-5", 2, "Vakken vullen volgens de schap-indeling",
         "Vul een schap volgens de indeling. Laat je praktijkbegeleider kijken en maak een foto van het resultaat."),
        (.workTask, .green, "pro jaar 4-5", 2, "Een border onderhouden",
         "Wied en snoei een border samen met je collega. Let op het veilig gebruik van het gereedschap."),
        (.learningTask, nil, "pro jaar 4-5", 3, "Wat heb ik geleerd?",
         "Schrijf op wat je nu beter kunt dan aan het begin van je stage, en waar je nog op wilt oefenen."),
        (.workTask, nil, "pro jaar 4-5", 3, "Een taak zelfstandig afmaken",
         "Kies met je praktijkbegeleider een taak die je helemaal zelf doet, van begin tot eind."),
        (.learningTask, nil, "VSO BES", 1, "Op tijd beginnen",
         "Zorg dat je een week lang op tijd op je werkplek bent. Schrijf elke dag op hoe laat je er was."),
        (.workTask, nil, "VSO BES", 2, "Een vaste taak van de dag",
         "Doe elke stagedag dezelfde vaste taak. Vertel aan het eind van de week hoe het ging."),
    ]

    func record(placements: [PlacementModel], school: SchoolModel) async throws {
        let schoolID = try school.requireID()
        let actor = Actor.system("demo", schoolID: schoolID)
        var templates: [AssignmentTemplateModel] = []
        for item in Self.library {
            let template = AssignmentTemplateModel()
            template.$school.id = schoolID
            template.archived = false
            template.apply(AssignmentTemplateInput(kind: item.kind, sector: item.sector, phase: item.phase, suggestedPart: item.part,
                                                   title: item.title, instructions: item.text))
            try await template.create(on: db)
            templates.append(template)
        }
        let today = LocalDate(now)
        // A stage about to start already has its assignments (the student sees what is coming); only running and
        // completed stages have work handed in.
        let prepared = placements.filter { [.agreement, .active, .completed].contains($0.status) }
        for (index, placement) in prepared.enumerated() {
            let vso = placement.student.schoolType == .vso
            let sector = placement.position.sector
            let fitting = templates.filter { ($0.phase == "VSO BES") == vso && ($0.sectorValue == nil || $0.sectorValue == sector) }
            let ends = AssignmentPlanning.partEnds(start: placement.period.start, end: placement.period.end)
            let slots = (1...AssignmentPlanning.defaultParts).flatMap { part in
                fitting.filter { $0.suggestedPart == part }.prefix(AssignmentPlanning.assignmentsPerPart)
                    .map { AssignmentService.Slot(template: $0, part: part, due: ends[part - 1]) }
            }
            try await AssignmentService.assign(slots, to: placement, actor: actor, at: now, on: db)
            let given = try await PlacementAssignmentModel.query(on: db).filter(\.$placement.$id == placement.requireID())
                .sort(\.$dueDate).sort(\.$title).all()
            // Assignments due before today: most done the whole way; some stages lag a step so every list has items.
            guard placement.status != .agreement else { continue }
            for (position, assignment) in given.enumerated() where (assignment.due ?? today) < today || position == 0 {
                let lag = (index + position) % 4
                if lag == 3 { continue }                                     // late: not handed in
                _ = try await AssignmentService.handIn(assignment, text: "Ik heb ‘\(assignment.title.lowercased())’ gedaan. "
                    + "Het ging goed; de volgende keer vraag ik eerder om hulp.", photo: nil, actor: actor, at: now, on: db)
                if lag == 2 { continue }                                     // waits for the company
                try await AssignmentService.confirm(assignment, by: placement.position.company.contactName ?? "Praktijkbegeleider",
                                                    comment: "", actor: actor, at: now, on: db)
                if lag == 1 { continue }                                     // waits for the supervisor
                let score: Score = [.sufficient, .good, .practising][(index + position) % 3]
                try await AssignmentService.assess(assignment, .init(score: score, comment: "Besproken tijdens het bezoek."),
                                                   by: "Stagebegeleider", actor: actor, at: now, on: db)
            }
        }
    }
}
