import Plot
import StagelijnCore
import Vapor

enum PlacementListPage {
    struct Context {
        let page: Page<PlacementRow>
        let periods: [StagePeriodModel]
        let filter: PlacementFilter
        let canCreate: Bool
    }

    /// The list without the page frame (`Layout.page(req, content)`); holds nothing of the session, so it may be cached
    /// per membership.
    static func content(_ req: Request, _ context: Context) -> RenderedContent {
        let statuses = PlacementStatus.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
        let periods = context.periods.map { (value: $0.id?.uuidString ?? "", label: $0.label) }
        return RenderedContent(title: "Stages", section: .placements, .group(
            .h1(.text("Stages")),
            ExportLink.node(req, "stages.csv"),
            .if(context.canCreate, .div(.class("actions"), .a(.class("button"), .attr("href", SitePath.placementNew.path), .text("Stage voorstellen")))),
            .form(.method(.get), .attr("action", SitePath.placements.path), .class("filters"),
                Forms.select("Status", "status", .init(["status": context.filter.status?.rawValue ?? ""]),
                             options: statuses, includeEmpty: "alle statussen"),
                Forms.select("Periode", "periode", .init(["periode": context.filter.periodID?.uuidString ?? ""]),
                             options: periods, includeEmpty: "alle periodes"),
                .button(.type(.submit), .text("Filteren"))),
            .p(.class("muted"), .text(DutchFormat.count(context.page.total, "stage", "stages"))),
            PlacementTable.node(context.page.items, showStudent: true),
            Pager.node(page: context.page, path: .placements, query: [("status", context.filter.status?.rawValue ?? ""),
                                                                      ("periode", context.filter.periodID?.uuidString ?? "")])
        ))
    }
}
