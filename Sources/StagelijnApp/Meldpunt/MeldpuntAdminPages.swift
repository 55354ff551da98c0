import Plot
import StagelijnCore
import Vapor

/// Settings of the meldpunt and its figures.
enum MeldpuntAdminPages {
    static func settings(_ req: Request, settings: MeldpuntSettingsModel, staff: [(id: UUID, name: String, role: Role)],
                         named: Set<UUID>, values: Forms.Values?, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Instellingen meldpunt", section: .meldpunt)
        let shown = values ?? Forms.Values([
            "coordinatorsHandle": settings.coordinatorsHandle ? "ja" : "",
            "careCoordinatorsHandle": settings.careCoordinatorsHandle ? "ja" : "",
            "retentionMonths": String(settings.retentionMonths),
            "holidays": settings.holidays,
        ])
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", MeldpuntPath.reports.path), .text("← Meldingen"))),
            .h1(.text("Instellingen meldpunt")),
            Forms.errorSummary(shown),
            .form(.method(.post), .attr("action", MeldpuntPath.settings.path), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  .fieldset(.class("field"),
                      .element(named: "legend", text: "Wie behandelt de meldingen?"),
                      Forms.checkbox("Alle stagecoördinatoren", "coordinatorsHandle", shown),
                      Forms.checkbox("Alle zorgcoördinatoren", "careCoordinatorsHandle", shown),
                      .p(.class("hint"), .text("Vertrouwenspersonen (ook mentoren of begeleiders die de school daarvoor aanwijst):")),
                      .forEach(staff) { person in
                          let id = "confidant-\(person.id)"
                          return .div(.class("field checkbox"),
                                      .input(.type(.checkbox), .attr("name", "confidants[]"), .attr("id", id), .attr("value", person.id.uuidString),
                                             .attr("checked", named.contains(person.id) ? "checked" : nil)),
                                      .label(.attr("for", id), .text("\(person.name) (\(person.role.dutchName))")))
                      }),
                  Forms.textArea("Schoolvakanties (tellen niet mee voor de 3 schooldagen)", "holidays", shown,
                                 hint: "Eén vakantie per regel, bijvoorbeeld: 2026-12-21 t/m 2027-01-01. Weekenden tellen nooit mee."),
                  Forms.text("Bewaartermijn van afgeronde meldingen, in maanden", "retentionMonths", shown, type: .number, required: true,
                             hint: "Daarna worden ze met alle berichten verwijderd. Open meldingen worden nooit verwijderd."),
                  .div(.class("actions"), .button(.type(.submit), .text("Opslaan"))))
        ))
    }

    static func statistics(_ req: Request, from: LocalDate, to: LocalDate, tables: [StatisticsTable]) -> Response {
        let chrome = PageChrome(req, title: "Cijfers meldpunt", section: .meldpunt)
        let query = "?van=\(from.iso)&tot=\(to.iso)"
        return Layout.page(chrome, .group(
            .h1(.text("Cijfers meldpunt")),
            .p(.text("Van \(from.dutch) tot en met \(to.dutch). Alleen aantallen, nooit de tekst van een melding. "
                     + "Elk aantal onder de 5 staat er als ‘< 5’, zodat niemand een melder kan herkennen.")),
            .form(.method(.get), .attr("action", MeldpuntPath.statistics.path), .class("inline-filters"),
                  .div(.class("field"), .label(.attr("for", "van"), .text("Van")),
                       .input(.type(.date), .attr("name", "van"), .attr("id", "van"), .attr("value", from.iso))),
                  .div(.class("field"), .label(.attr("for", "tot"), .text("Tot en met")),
                       .input(.type(.date), .attr("name", "tot"), .attr("id", "tot"), .attr("value", to.iso))),
                  .button(.type(.submit), .text("Tonen"))),
            .p(.a(.attr("href", MeldpuntPath.statisticsCSV.path + query), .text("Downloaden als CSV (voor het jaarverslag)"))),
            .forEach(tables) { table in
                .div(.class("table-wrap"), .table(
                    .caption(.text(table.title)),
                    .thead(.tr(.th(.text("")), .forEach(table.columns) { .th(.text($0)) },
                               .if(table.columns.count > 1, .th(.text("Totaal"))))),
                    .tbody(.forEach(table.rows) { row in
                        .tr(.th(.attr("scope", "row"), .text(row.label)), .forEach(row.cells) { .td(.class("number"), .text($0)) },
                            .if(table.columns.count > 1, .td(.class("number"), .text(row.total))))
                    })))
            }
        ))
    }
}
