import Plot
import Vapor

enum AuditPage {
    static func render(_ req: Request, _ page: Page<AuditEntryModel>) -> Response {
        let chrome = PageChrome(req, title: "Logboek", section: .audit)
        return Layout.page(chrome, .group(
            .h1(.text("Logboek van wijzigingen")),
            .p(.class("muted"), .text("Elke wijziging van persoonsgegevens: wie, wat, wanneer, van → naar.")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Wanneer"), .th("Wie"), .th("Wat"), .th("Wijzigingen"))),
                .tbody(.forEach(page.items) { entry in
                    .tr(.td(.text(DutchFormat.dateTime(entry.at))),
                        .td(.text(entry.actorName)),
                        .td(.text("\(entry.entity) · \(entry.action)")),
                        .td(.element(named: "code", text: entry.changes)))
                }))),
            Pager.node(page: page, path: .audit, query: [])
        ))
    }
}
