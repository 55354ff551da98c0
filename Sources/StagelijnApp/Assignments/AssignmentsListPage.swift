import Plot
import StagelijnCore
import Vapor

/// A placement's practical assignments per part of the stage, and for the school the form to give them: by default
/// the library's two assignments of each part (seed 004: three periods × two assignments), due at the part's end.
enum AssignmentsListPage {
    static let slotNumbers = Array(1...(AssignmentPlanning.defaultParts * AssignmentPlanning.assignmentsPerPart))
    static func part(ofSlot slot: Int) -> Int { (slot + AssignmentPlanning.assignmentsPerPart - 1) / AssignmentPlanning.assignmentsPerPart }

    struct Context {
        let placement: PlacementModel
        let summaries: [AssignmentSummary]
        let canManage: Bool
        let canHandIn: Bool
        let library: [AssignmentTemplateModel]
        let span: (start: LocalDate, end: LocalDate)
        let today: LocalDate
    }

    static func render(_ req: Request, _ c: Context, values: Forms.Values?, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Praktijkopdrachten", section: .placements)
        let placementID = c.placement.id ?? UUID()
        let parts = Array(Set(c.summaries.map(\.part))).sorted()
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(placementID).path), .text("← Terug naar de stage"))),
            .h1(.text("Praktijkopdrachten van \(c.placement.student.fullName)")),
            .p(.text(c.canHandIn
                ? "Hier staan je opdrachten. Lever elke opdracht in voor de datum; je praktijkbegeleider bevestigt dat je het gedaan hebt, daarna beoordeelt je stagebegeleider hem."
                : "Leertaken van school en werktaken van het bedrijf bij \(c.placement.position.company.name). De leerling levert in, de praktijkbegeleider bevestigt, de school beoordeelt.")),
            .if(c.summaries.isEmpty, .p(.class("muted"), .text("Er zijn nog geen opdrachten gegeven."))),
            .forEach(parts) { part in
                .group(.h2(.text("Deel \(part)")),
                       AssignmentSection.list(c.summaries.filter { $0.part == part }, placementID: placementID, today: c.today))
            },
            .if(c.canManage, assignForm(chrome.csrfToken, c, values: values ?? defaults(c)))
        ))
    }

    /// Slot n of part p is offered the n-th library assignment meant for part p, for parts without assignments yet.
    static func defaults(_ c: Context) -> Forms.Values {
        var values: [String: String] = [:]
        let ends = AssignmentPlanning.partEnds(start: c.span.start, end: c.span.end)
        let givenParts = Set(c.summaries.map(\.part))
        for part in 1...AssignmentPlanning.defaultParts {
            let suggested = c.library.filter { $0.suggestedPart == part }
            for index in 0..<AssignmentPlanning.assignmentsPerPart {
                let slot = (part - 1) * AssignmentPlanning.assignmentsPerPart + index + 1
                values["due\(slot)"] = ends[part - 1].iso
                if !givenParts.contains(part), index < suggested.count { values["template\(slot)"] = suggested[index].id?.uuidString ?? "" }
            }
        }
        return .init(values)
    }

    static func assignForm(_ csrf: String, _ c: Context, values: Forms.Values) -> Node<HTML.BodyContext> {
        let options = c.library.map { t in
            (value: t.id?.uuidString ?? "", label: "\(t.kind.dutchName): \(t.title)" + (t.phase.isEmpty ? "" : " (\(t.phase))"))
        }
        return .section(.class("card"),
            .h2(.text("Opdrachten geven")),
            .if(c.library.isEmpty, .p(.text("De bibliotheek heeft nog geen opdrachten voor \(c.placement.position.sector.dutchName)."))),
            .p(.class("hint"), .text("Standaard twee opdrachten per deel van de stage, in te leveren aan het eind van dat deel. Laat een regel leeg om hem over te slaan.")),
            .p(.a(.attr("href", AssignmentPath.library.path), .text("Naar de opdrachtenbibliotheek"))),
            .if(!c.library.isEmpty, .form(.method(.post), .attr("action", AssignmentPath.placement(c.placement.id ?? UUID()).path), .class("stack"),
                Forms.csrf(csrf),
                Forms.errorSummary(values),
                .forEach(slotNumbers) { slot in
                    .div(.class("filters"),
                         Forms.select("Deel \(part(ofSlot: slot)), opdracht \((slot - 1) % AssignmentPlanning.assignmentsPerPart + 1)",
                                      "template\(slot)", values, options: options, includeEmpty: "(geen)"),
                         Forms.text("Inleveren uiterlijk", "due\(slot)", values, type: .date))
                },
                .div(.class("actions"), .button(.type(.submit), .text("Opdrachten geven")))))
        )
    }
}
