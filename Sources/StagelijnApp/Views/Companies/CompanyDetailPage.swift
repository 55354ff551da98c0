import Plot
import StagelijnCore
import Vapor

enum CompanyDetailPage {
    struct Context {
        let company: CompanyModel
        let positions: [PositionModel]
        let canEdit: Bool
        let canAddPosition: Bool
    }

    static func render(_ req: Request, _ context: Context) -> Response {
        let company = context.company
        let id = company.id ?? UUID()
        let chrome = PageChrome(req, title: company.name, section: .companies)
        return Layout.page(chrome, .group(
            .h1(.text(company.name)),
            .div(.class("actions"),
                 .if(context.canEdit, .a(.class("button secondary"), .href(SitePath.companyEdit(id).path), .text("Gegevens bewerken"))),
                 .if(context.canAddPosition, .a(.class("button"), .href(SitePath.positionNew(company: id).path), .text("Stageplaats toevoegen")))),
            .dl(.class("facts"),
                .dt("Adres"), .dd(.text("\(company.street), \(company.postcode) \(company.city)")),
                .dt("Sectoren"), .dd(.text(company.sectorList.map(\.dutchName).joined(separator: ", "))),
                .dt("SBB"), .dd(.text([company.sbbStatus.dutchName, company.sbbNumber.map { "nr. \($0)" }]
                    .compactMap { $0 }.joined(separator: ", "))),
                .dt("Contactpersoon"), .dd(.text([company.contactName, company.contactEmail, company.contactPhone]
                    .compactMap { $0 }.joined(separator: " · ").ifEmpty("–"))),
                .if(company.isDeliveryService, .group(.dt("Let op"), .dd(.text("bezorgdienst")))),
                .unwrap(company.notes) { .group(.dt("Notities"), .dd(.text($0))) }),
            .h2(.text("Stageplaatsen")),
            .if(context.positions.isEmpty, .p(.class("muted"), .text("Nog geen stageplaatsen."))),
            .if(!context.positions.isEmpty, PositionTable.node(context.positions, showCompany: false,
                                                               canEdit: context.canAddPosition))
        ))
    }
}
