import Plot
import StagelijnCore
import Vapor

enum PositionFormPage {
    struct Context {
        let values: Forms.Values
        let company: CompanyModel
        let positionID: UUID?
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let title = context.positionID == nil ? "Stageplaats toevoegen bij \(context.company.name)"
                                              : "Stageplaats bij \(context.company.name) bewerken"
        let chrome = PageChrome(req, title: title, section: .positions)
        let companyID = context.company.id ?? UUID()
        let action = (context.positionID.map { SitePath.position($0) } ?? .positionCreate(company: companyID)).path
        let v = context.values
        return Layout.page(chrome, status: status, .group(
            .h1(.text(title)),
            Forms.errorSummary(v),
            .form(.method(.post), .attr("action", action), .class("stack"), .attr("novalidate", "novalidate"),
                Forms.csrf(chrome.csrfToken),
                Forms.text("Functie", "title", v, required: true),
                Forms.select("Sector", "sector", v, options: Options.sectors, includeEmpty: "kies", required: true),
                Forms.text("Aantal plaatsen", "capacity", v, type: .number, required: true),
                Forms.text("Dagen per week", "daysPerWeek", v, type: .number),
                Forms.text("Uren per dag (inclusief pauze)", "hoursPerDay", v, type: .number),
                Forms.text("Minimumleeftijd", "minimumAge", v, type: .number,
                           hint: "Risicovol werk en VCA-plichtige techniek: meestal 16 jaar of ouder."),
                Forms.checkboxes("Vereiste certificaten", "requiredCertificates", v, options: Options.certificates),
                Forms.textArea("Werkzaamheden", "description", v),
                .div(.class("actions"), .button(.type(.submit), .text("Opslaan")),
                     .a(.class("button secondary"), .attr("href", SitePath.company(companyID).path), .text("Annuleren"))))
        ))
    }
}
