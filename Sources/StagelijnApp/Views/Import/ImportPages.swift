import Plot
import StagelijnCore
import Vapor

enum ImportUploadPage {
    static func render(_ req: Request, kind: ImportKind, error: String?, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Importeren", section: .imports)
        let kinds = ImportKind.allCases.map { (value: $0.rawValue, label: $0.dutchName.capitalizedFirstLetter) }
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Importeren uit CSV")),
            .p(.text("Eerst ziet u een controle van het hele bestand. Pas als alle regels kloppen, kunt u importeren; tot die tijd wordt er niets opgeslagen.")),
            .unwrap(error) { Forms.alert($0) },
            .form(.method(.post), .attr("action", SitePath.imports.path), .enctype(.multipartData), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                Forms.select("Wat importeert u?", "kind", .init(["kind": kind.rawValue]), options: kinds),
                .div(.class("field"), .label(.for("file"), .text("CSV-bestand (UTF-8, gescheiden door ; of ,)")),
                     .input(.type(.file), .name("file"), .id("file"), .attr("accept", ".csv,text/csv"))),
                .button(.type(.submit), .text("Controleren"))),
            .h2(.text("Kolommen")),
            columns("Leerlingen", StudentInput.fields),
            columns("Bedrijven", CompanyInput.fields),
            columns("Stageplaatsen", PositionInput.fields)
        ))
    }

    private static func columns(_ title: String, _ fields: [FieldSpec]) -> Node<HTML.BodyContext> {
        .p(.strong(.text("\(title): ")), .text(fields.map { $0.required ? "\($0.label) (verplicht)" : $0.label }
            .joined(separator: ", ")))
    }
}

enum ImportPreviewPage {
    struct Context {
        let pending: PendingImportModel
        let kind: ImportKind
        let preview: ImportService.Preview
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Controle van de import", section: .imports)
        let preview = context.preview
        let id = context.pending.id ?? UUID()
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Controle: \(context.pending.fileName)")),
            .if(!preview.ignoredColumns.isEmpty, .p(.class("muted"),
                .text("Deze kolommen worden niet gebruikt: \(preview.ignoredColumns.joined(separator: ", ")).")))
            ,
            preview.isClean ? clean(chrome, id: id, preview) : problems(chrome, id: id, preview)
        ))
    }

    private static func problems(_ chrome: PageChrome, id: UUID, _ preview: ImportService.Preview) -> Node<HTML.BodyContext> {
        .group(
            .div(.class("error-summary"), .attr("role", "alert"),
                 .h2(.text("Er is niets geïmporteerd: \(preview.problems.count) \(preview.problems.count == 1 ? "probleem" : "problemen") gevonden")),
                 .p(.text("Verbeter het bestand en upload het opnieuw. Pas als alle regels kloppen, wordt het bestand in één keer opgeslagen."))),
            .div(.class("table-wrap"), .table(.class("problems"),
                .thead(.tr(.th("Regel"), .th("Kolom"), .th("Probleem"))),
                .tbody(.forEach(preview.problems) { problem in
                    .tr(.td(.text(String(problem.line))), .td(.text(problem.column.ifEmpty("–"))), .td(.text(problem.message)))
                }))),
            .div(.class("actions"),
                 .a(.class("button"), .attr("href", SitePath.imports.path), .text("Ander bestand kiezen")),
                 .form(.method(.post), .attr("action", SitePath.importDiscard(id).path), .class("inline"),
                       Forms.csrf(chrome.csrfToken), .button(.type(.submit), .class("secondary"), .text("Annuleren")))))
    }

    private static func clean(_ chrome: PageChrome, id: UUID, _ preview: ImportService.Preview) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("flash"), .text("Alle regels kloppen: \(preview.newCount) nieuw, \(preview.updateCount) bijwerken.")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Regel"), .forEach(preview.header) { .th(.text($0)) })),
                .tbody(.forEach(preview.sample) { row in
                    .tr(.td(.text(String(row.line))), .forEach(row.cells) { .td(.text($0)) })
                }))),
            .if(preview.newCount + preview.updateCount > preview.sample.count,
                .p(.class("muted"), .text("De eerste \(preview.sample.count) regels worden getoond."))),
            .div(.class("actions"),
                 .form(.method(.post), .attr("action", SitePath.importConfirm(id).path), .class("inline"),
                       Forms.csrf(chrome.csrfToken), .button(.type(.submit), .text("Importeren"))),
                 .form(.method(.post), .attr("action", SitePath.importDiscard(id).path), .class("inline"),
                       Forms.csrf(chrome.csrfToken), .button(.type(.submit), .class("secondary"), .text("Annuleren")))))
    }
}
