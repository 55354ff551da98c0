import Plot
import StagelijnCore
import Vapor

/// A figure's definition page, and for the coordinator the stages behind a figure that did not meet the norm.
enum QualityInfoPages {
    static func definition(_ req: Request, _ d: QualityDefinitions.Definition) -> Response {
        let chrome = PageChrome(req, title: d.title, section: .quality)
        return Layout.page(chrome, .group(
            .p(.a(.attr("href", QualityPath.dashboard.path), .text("← Kwaliteit"))),
            .h1(.text(d.title)),
            .h2(.text("Hoe wordt het geteld?")), .p(.text(d.text)),
            .h2(.text("Bron")), .p(.text(d.source)),
            .p(.class("muted"), .text("Groepen kleiner dan 5 staan als ‘< 5’; soms is een tweede groep verborgen, zodat de kleine groep niet uit het totaal terug te rekenen is."))))
    }

    static func students(_ req: Request, indicator: QualityIndicator, year: String, placements: [PlacementModel]) -> Response {
        let chrome = PageChrome(req, title: indicator.dutchName, section: .quality)
        let sorted = placements.sorted { $0.student.lastName < $1.student.lastName }
        return Layout.page(chrome, .group(
            .p(.a(.attr("href", QualityPath.dashboard.path + "?jaar=\(year)"), .text("← Kwaliteit"))),
            .h1(.text("\(indicator.dutchName): niet gehaald, \(year)")),
            .p(.text(DutchFormat.count(sorted.count, "stage haalde", "stages haalden") + " deze eis niet. "),
               .a(.attr("href", QualityPath.definition(indicator.rawValue).path), .text("Hoe geteld"))),
            ExportLink.node(req, "kwaliteit-leerlingen.csv", adding: [("kengetal", indicator.rawValue)]),
            .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .thead(.tr(.th("Leerling"), .th("Klas"), .th("Bedrijf"), .th("Status"))),
                .tbody(.forEach(sorted) { p in
                    .tr(.td(.a(.attr("href", SitePath.dossier(p.id ?? UUID()).path), .text(p.student.fullName))),
                        .td(.text(p.student.className)), .td(.text(p.position.company.name)), .td(.text(p.status.dutchName)))
                })))))
    }
}
