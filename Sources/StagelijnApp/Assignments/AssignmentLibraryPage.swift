import Plot
import StagelijnCore
import Vapor

/// The school's library of practical assignments, per sector and phase, with the form to add one.
enum AssignmentLibraryPage {
    static var sectorOptions: [(value: String, label: String)] { Sector.allCases.map { ($0.rawValue, $0.dutchName) } }
    static var kindOptions: [(value: String, label: String)] {
        AssignmentKind.allCases.map { ($0.rawValue, "\($0.dutchName) (\($0.origin))") }
    }
    static var partOptions: [(value: String, label: String)] {
        (1...AssignmentPlanning.defaultParts).map { (String($0), "Deel \($0)") }
    }

    static func index(_ req: Request, templates: [AssignmentTemplateModel], filter: Sector?, values: Forms.Values,
                      canManage: Bool, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Opdrachtenbibliotheek", section: .assignments)
        let groups = Dictionary(grouping: templates) { $0.sectorValue?.dutchName ?? "Alle sectoren" }
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Opdrachtenbibliotheek")),
            .p(.text("Leertaken van school en werktaken van het bedrijf, per sector en fase. Een stage krijgt een kopie: "
                     + "als u hier iets verandert, blijft een al gegeven opdracht zoals hij was.")),
            .if(canManage, .p(.a(.attr("href", AssignmentPath.toDo.path), .text("Open opdrachten van mijn leerlingen")))),
            .form(.method(.get), .attr("action", AssignmentPath.library.path), .class("filters"),
                  Forms.select("Sector", "sector", .init(["sector": filter?.rawValue ?? ""]), options: sectorOptions, includeEmpty: "Alle sectoren"),
                  .button(.type(.submit), .class("secondary"), .text("Toon"))),
            ExportLink.node(req, "opdrachten.csv"),
            .if(templates.isEmpty, .p(.class("muted"), .text("Er staan nog geen opdrachten in de bibliotheek."))),
            .forEach(groups.keys.sorted()) { sector in
                .group(.h2(.text(sector)), .ul(.class("plain"), .forEach(groups[sector] ?? []) { t in
                    .li(canManage ? .a(.attr("href", AssignmentPath.libraryItem(t.id ?? UUID()).path), .text(t.title)) : .strong(.text(t.title)),
                        .text(" — \(t.kind.dutchName.lowercased())"),
                        .text(t.phase.isEmpty ? "" : ", \(t.phase)"),
                        .unwrap(t.suggestedPart) { .text(", deel \($0)") },
                        .if(t.archived, .span(.class("badge"), .text("niet meer in gebruik"))))
                }))
            },
            .if(canManage, .section(.class("card"),
                .h2(.text("Opdracht toevoegen")),
                form(chrome.csrfToken, action: AssignmentPath.library.path, values: values, archivable: false)))
        ))
    }

    static func edit(_ req: Request, template: AssignmentTemplateModel, values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Opdracht bewerken", section: .assignments)
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", AssignmentPath.library.path), .text("← Opdrachtenbibliotheek"))),
            .h1(.text("Opdracht bewerken: \(template.title)")),
            form(chrome.csrfToken, action: AssignmentPath.libraryItem(template.id ?? UUID()).path, values: values, archivable: true)
        ))
    }

    static func form(_ csrf: String, action: String, values: Forms.Values, archivable: Bool) -> Node<HTML.BodyContext> {
        .form(.method(.post), .attr("action", action), .class("stack"),
              Forms.csrf(csrf),
              Forms.errorSummary(values),
              Forms.select("Soort", "kind", values, options: kindOptions, required: true),
              Forms.text("Titel", "title", values, required: true),
              Forms.select("Sector", "sector", values, options: sectorOptions, includeEmpty: "Alle sectoren"),
              Forms.text("Fase", "phase", values, hint: "In uw eigen woorden, bijvoorbeeld ‘pro jaar 4-5’ of ‘VSO BES’."),
              Forms.select("Bedoeld voor", "suggestedPart", values, options: partOptions, includeEmpty: "Elk deel van de stage"),
              Forms.textArea("Opdracht (wat moet de leerling doen?)", "instructions", values),
              .if(archivable, Forms.checkbox("Niet meer aanbieden (al gegeven opdrachten blijven bestaan)", "archived", values)),
              .div(.class("actions"), .button(.type(.submit), .text("Opslaan"))))
    }
}
