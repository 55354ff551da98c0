import Plot
import StagelijnCore
import Vapor

enum CompanyFormPage {
    struct Context {
        let values: Forms.Values
        let companyID: UUID?
        let companyName: String?
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let title = context.companyName.map { "\($0) bewerken" } ?? "Bedrijf toevoegen"
        let chrome = PageChrome(req, title: title, section: .companies)
        let v = context.values
        let back = context.companyID.map { SitePath.company($0).path } ?? SitePath.companies.path
        return Layout.page(chrome, status: status, .group(
            .h1(.text(title)),
            Forms.errorSummary(v),
            .form(.method(.post), .attr("action", context.companyID.map { SitePath.company($0).path } ?? SitePath.companies.path),
                  .class("stack"), .attr("novalidate", "novalidate"),
                Forms.csrf(chrome.csrfToken),
                Forms.text("Naam", "name", v, required: true),
                Forms.text("Straat en huisnummer", "street", v, required: true),
                Forms.text("Postcode", "postcode", v, required: true),
                Forms.text("Plaats", "city", v, required: true),
                Forms.text("Breedtegraad", "lat", v, hint: "Leeg laten: Stagelijn gebruikt het midden van de postcode."),
                Forms.text("Lengtegraad", "lon", v),
                Forms.checkboxes("Sectoren", "sectors", v, options: Options.sectors),
                Forms.select("SBB-erkenning", "sbbStatus", v, options: Options.sbbStatuses),
                Forms.text("SBB-nummer", "sbbNumber", v),
                Forms.text("Contactpersoon", "contactName", v),
                Forms.text("E-mail contactpersoon", "contactEmail", v, type: .email),
                Forms.text("Telefoon", "contactPhone", v),
                Forms.checkbox("Bezorgdienst (sommige scholen staan dit niet toe)", "isDeliveryService", v),
                Forms.textArea("Notities", "notes", v),
                .div(.class("actions"), .button(.type(.submit), .text("Opslaan")),
                     .a(.class("button secondary"), .attr("href", back), .text("Annuleren"))))
        ))
    }
}
