import Plot
import Vapor

enum AuditPage {
    static func render(_ req: Request, _ page: Page<AuditEntryModel>) -> Response {
        let chrome = PageChrome(req, title: "Logboek", section: .audit)
        return Layout.page(chrome, .group(
            .h1(.text("Logboek van wijzigingen")),
            ExportLink.node(req, "logboek.csv"),
            .p(.class("muted"), .text("Elke wijziging van persoonsgegevens, elke keer inloggen en elke keer dat een leerlingdossier of "
                                      + "overeenkomst is bekeken: wie, wat, wanneer, van → naar.")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Wanneer"), .th("Wie"), .th("Wat"), .th("Wijzigingen"))),
                .tbody(.forEach(page.items) { entry in
                    .tr(.td(.text(DutchFormat.dateTime(entry.at))),
                        .td(.text(entry.actorName)),
                        .td(.text("\(AuditLabels.entity(entry.entity).capitalizedFirstLetter) \(AuditLabels.action(entry.action))")),
                        .td(.ul(.class("plain"), .forEach(AuditLabels.changes(entry.changes)) { .li(.text($0)) })))
                }))),
            Pager.node(page: page, path: .audit, query: [])
        ))
    }
}
