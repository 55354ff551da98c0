import Plot
import StagelijnCore
import Vapor

enum StagePeriodListPage {
    struct Context {
        let periods: [StagePeriodModel]
        let canEdit: Bool
    }

    static func render(_ req: Request, _ context: Context) -> Response {
        let chrome = PageChrome(req, title: "Stageperiodes", section: .periods)
        return Layout.page(chrome, .group(
            .h1(.text("Stageperiodes")),
            ExportLink.node(req, "stageperiodes.csv"),
            .if(context.canEdit, .div(.class("actions"), .a(.class("button"), .attr("href", SitePath.periodNew.path), .text("Periode toevoegen")))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Naam"), .th("Schooljaar"), .th("Van – tot"), .th("Dagen × uren"))),
                .tbody(.forEach(context.periods) { period in
                    .tr(.td(context.canEdit ? .a(.attr("href", SitePath.periodEdit(period.id ?? UUID()).path), .text(period.name))
                                            : .text(period.name)),
                        .td(.text(period.schoolYear)),
                        .td(.text("\(period.start.dutch) – \(period.end.dutch)")),
                        .td(.text("\(period.daysPerWeek) × \(period.hoursPerDay) uur")))
                })))
        ))
    }
}

enum StagePeriodFormPage {
    struct Context {
        let values: Forms.Values
        let periodID: UUID?
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let title = context.periodID == nil ? "Stageperiode toevoegen" : "Stageperiode bewerken"
        let chrome = PageChrome(req, title: title, section: .periods)
        let v = context.values
        return Layout.page(chrome, status: status, .group(
            .h1(.text(title)),
            Forms.errorSummary(v),
            .form(.method(.post), .attr("action", (context.periodID.map { SitePath.period($0) } ?? .periods).path),
                  .class("stack"), .attr("novalidate", "novalidate"),
                Forms.csrf(chrome.csrfToken),
                Forms.text("Naam", "name", v, required: true, hint: "Bijvoorbeeld: Individuele stage I (najaar)."),
                Forms.text("Schooljaar", "schoolYear", v, required: true, hint: "Zoals 2026-2027."),
                Forms.text("Startdatum", "startDate", v, type: .date, required: true),
                Forms.text("Einddatum", "endDate", v, type: .date, required: true),
                Forms.text("Dagen per week", "daysPerWeek", v, type: .number, required: true),
                Forms.text("Uren per dag (inclusief pauze)", "hoursPerDay", v, type: .number, required: true),
                .div(.class("actions"), .button(.type(.submit), .text("Opslaan")),
                     .a(.class("button secondary"), .attr("href", SitePath.periods.path), .text("Annuleren"))))
        ))
    }
}
