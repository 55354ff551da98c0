import Plot
import StagelijnCore
import Vapor

enum CompanyDetailPage {
    struct Context {
        let company: CompanyModel
        let positions: [PositionModel]
        let canEdit: Bool
        let canAddPosition: Bool
        var cooperation: CooperationAgreementModel? = nil
        var canEditCooperation = false
        /// Staff see the school's notes and cooperation agreement; a student choosing wishes sees the company itself.
        var isStaff = true
    }

    static func render(_ req: Request, _ context: Context) -> Response {
        let company = context.company
        let id = company.id ?? UUID()
        let chrome = PageChrome(req, title: company.name, section: .companies)
        return Layout.page(chrome, .group(
            .h1(.text(company.name)),
            .div(.class("actions"),
                 .if(context.canEdit, .a(.class("button secondary"), .attr("href", SitePath.companyEdit(id).path), .text("Gegevens bewerken"))),
                 .if(context.canAddPosition, .a(.class("button"), .attr("href", SitePath.positionNew(company: id).path), .text("Stageplaats toevoegen")))),
            .dl(.class("facts"),
                .dt("Adres"), .dd(.text("\(company.street), \(company.postcode) \(company.city)")),
                .dt("Sectoren"), .dd(.text(company.sectorList.map(\.dutchName).joined(separator: ", "))),
                .dt("SBB"), .dd(.text([company.sbbStatus.dutchName, company.sbbNumber.map { "nr. \($0)" }]
                    .compactMap { $0 }.joined(separator: ", "))),
                .dt("Contactpersoon"), .dd(.text([company.contactName, company.contactEmail, company.contactPhone]
                    .compactMap { $0 }.joined(separator: " · ").ifEmpty("–"))),
                .if(company.isDeliveryService, .group(.dt("Let op"), .dd(.text("bezorgdienst")))),
                .if(context.isStaff, .unwrap(company.notes) { .group(.dt("Notities"), .dd(.text($0))) })),
            MeldpuntCompanySignals.companyBlock(req, company: id),
            CompanyQualityProfile.companyBlock(req, company: id),
            .h2(.text("Stageplaatsen")),
            .if(context.positions.isEmpty, .p(.class("muted"), .text("Nog geen stageplaatsen."))),
            .if(!context.positions.isEmpty, PositionTable.node(context.positions, showCompany: false,
                                                               canEdit: context.canAddPosition)),
            .if(context.isStaff, cooperationSection(context, csrf: chrome.csrfToken))
        ))
    }

    /// The school's cooperation agreement (WVO art. 36) with this company.
    static func cooperationSection(_ context: Context, csrf: String) -> Node<HTML.BodyContext> {
        let c = context.cooperation
        let values = Forms.Values([
            "validUntil": c?.validUntil ?? "", "companyShare": c?.companyShare ?? "", "assessment": c?.assessment ?? "",
            "inspection": c?.inspection ?? "", "accidentBy": c?.accidentBy ?? "school", "premiumBy": c?.premiumBy ?? "school",
        ])
        let parties = InsuranceParty.allCases.map { ($0.rawValue, $0.dutchName) }
        return .group(
            .h2(.text("Samenwerkingsovereenkomst (WVO art. 36)")),
            .p(.text(c.map { "Geldig tot \(LocalDate(iso: $0.validUntil)?.dutch ?? $0.validUntil). Nieuwe stageovereenkomsten met dit bedrijf nemen deze afspraken over." }
                     ?? "Geen samenwerkingsovereenkomst: elke stageovereenkomst begint met de tekst van de school.")),
            .if(context.canEditCooperation, .form(.method(.post), .attr("action", "/bedrijven/\(context.company.id?.uuidString ?? "")/samenwerking"),
                .class("stack"), .input(.type(.hidden), .attr("name", CSRFMiddleware.formField), .attr("value", csrf)),
                Forms.text("Geldig tot", "validUntil", values, type: .date, required: true),
                Forms.textArea("Begeleiding door het bedrijf", "companyShare", values),
                Forms.textArea("Beoordeling door het bedrijf", "assessment", values),
                Forms.textArea("Toezicht door de inspectie", "inspection", values),
                Forms.select("Verzekering door", "accidentBy", values, options: parties),
                Forms.select("Premie door", "premiumBy", values, options: parties),
                .button(.type(.submit), .class("secondary"), .text("Samenwerkingsovereenkomst opslaan")))))
    }
}
