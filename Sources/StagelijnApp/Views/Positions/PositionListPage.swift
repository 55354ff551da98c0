import Plot
import StagelijnCore
import Vapor

enum PositionListPage {
    struct Context {
        let page: Page<PositionModel>
        /// The places of all pages together.
        let capacity: Int
        let filter: PositionFilter
        let canEdit: Bool
    }

    /// A board has thousands of places: a page shows 100.
    static let perPage = 100

    static func render(_ req: Request, _ context: Context) -> Response {
        let chrome = PageChrome(req, title: "Stageplaatsen", section: .positions)
        return Layout.page(chrome, .group(
            .h1(.text("Stageplaatsen")),
            ExportLink.node(req, "stageplaatsen.csv"),
            .form(.method(.get), .attr("action", SitePath.positions.path), .class("filters"),
                .div(.class("field"), .label(.for("q"), .text("Zoeken op bedrijf of plaats")),
                     .input(.type(.search), .name("q"), .id("q"), .attr("value", context.filter.search))),
                Forms.select("Sector", "sector", .init(["sector": context.filter.sector?.rawValue ?? ""]),
                             options: Options.sectors, includeEmpty: "alle sectoren"),
                .button(.type(.submit), .text("Zoeken"))),
            .p(.class("muted"), .text(DutchFormat.count(context.page.total, "stageplaats", "stageplaatsen") + ", samen "
                                      + DutchFormat.count(context.capacity, "plaats", "plaatsen"))),
            PositionTable.node(context.page.items, showCompany: true, canEdit: context.canEdit),
            Pager.node(page: context.page, path: .positions, query: [("q", context.filter.search),
                                                                     ("sector", context.filter.sector?.rawValue ?? "")])
        ))
    }
}
