import Plot
import StagelijnCore
import Vapor

enum PositionListPage {
    struct Context {
        let positions: [PositionModel]
        let filter: PositionFilter
        let canEdit: Bool
    }

    static func render(_ req: Request, _ context: Context) -> Response {
        let chrome = PageChrome(req, title: "Stageplaatsen", section: .positions)
        let capacity = context.positions.reduce(0) { $0 + $1.capacity }
        return Layout.page(chrome, .group(
            .h1(.text("Stageplaatsen")),
            ExportLink.node(req, "stageplaatsen.csv"),
            .form(.method(.get), .attr("action", SitePath.positions.path), .class("filters"),
                .div(.class("field"), .label(.for("q"), .text("Zoeken op bedrijf of plaats")),
                     .input(.type(.search), .name("q"), .id("q"), .attr("value", context.filter.search))),
                Forms.select("Sector", "sector", .init(["sector": context.filter.sector?.rawValue ?? ""]),
                             options: Options.sectors, includeEmpty: "alle sectoren"),
                .button(.type(.submit), .text("Zoeken"))),
            .p(.class("muted"), .text("\(context.positions.count) stageplaatsen, samen \(capacity) plaatsen")),
            PositionTable.node(context.positions, showCompany: true, canEdit: context.canEdit)
        ))
    }
}
