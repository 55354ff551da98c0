import Plot
import StagelijnCore
import Vapor

enum CompanyListPage {
    struct Context {
        let page: Page<CompanyModel>
        let filter: CompanyFilter
        let canCreate: Bool
    }

    static func render(_ req: Request, _ context: Context) -> Response {
        let chrome = PageChrome(req, title: "Bedrijven", section: .companies)
        let query = [("q", context.filter.search), ("sector", context.filter.sector?.rawValue ?? "")]
        return Layout.page(chrome, .group(
            .h1(.text("Bedrijven")),
            ExportLink.node(req, "bedrijven.csv"),
            .if(context.canCreate, .div(.class("actions"),
                .a(.class("button"), .attr("href", SitePath.companyNew.path), .text("Bedrijf toevoegen")))),
            .form(.method(.get), .attr("action", SitePath.companies.path), .class("filters"),
                .div(.class("field"), .label(.for("q"), .text("Zoeken")),
                     .input(.type(.search), .name("q"), .id("q"), .attr("value", context.filter.search),
                            .placeholder("naam, plaats, postcode of SBB-nummer"))),
                Forms.select("Sector", "sector", .init(["sector": context.filter.sector?.rawValue ?? ""]),
                             options: Options.sectors, includeEmpty: "alle sectoren"),
                .button(.type(.submit), .text("Zoeken"))),
            .p(.class("muted"), .text("\(context.page.total) bedrijven")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Naam"), .th("Plaats"), .th(.class("optional"), .text("Sectoren")), .th("SBB"))),
                .tbody(.forEach(context.page.items) { company in
                    .tr(.td(.a(.attr("href", SitePath.company(company.id ?? UUID()).path), .text(company.name))),
                        .td(.text(company.city)),
                        .td(.class("optional"), .text(company.sectorList.map(\.dutchName).joined(separator: ", "))),
                        .td(.text(company.sbbStatus.dutchName)))
                }))),
            Pager.node(page: context.page, path: .companies, query: query)
        ))
    }
}
