import Plot
import StagelijnCore
import Vapor

/// The page behind a personal signing link: made for a phone, the whole text, one clear action.
enum SigningPage {
    struct Context {
        let link: AccessLinkModel
        let placement: PlacementModel
        let state: AgreementState
        let error: String?
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let role = SignatoryRole(rawValue: context.link.role)?.dutchName ?? context.link.role
        let chrome = PageChrome(req, title: "Stageovereenkomst tekenen")
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stageovereenkomst van \(context.placement.student.fullName)")),
            .p(.text("U tekent als \(role). Lees de hele tekst; onderaan kunt u tekenen.")),
            .unwrap(context.error) { Forms.alert($0) },
            .pre(.class("document"), .text(context.state.text)),
            .p(.class("hint"), .text("Vingerafdruk van deze tekst (SHA-256): \(context.state.textHash)")),
            .form(.method(.post), .attr("action", "/teken/\(req.parameters.get("token") ?? "")"), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  .input(.type(.hidden), .name("textHash"), .attr("value", context.state.textHash)),
                  Forms.text("Uw naam", "name", .init(["name": context.link.recipientName]), required: true),
                  Forms.checkbox("Ik heb de tekst gelezen en ga akkoord", "agree", .init()),
                  .button(.type(.submit), .text("Tekenen")))
        ))
    }

    static func problem(_ req: Request, _ problem: AccessLinks.Problem) -> Response {
        let chrome = PageChrome(req, title: "Link niet bruikbaar")
        return Layout.page(chrome, status: problem.status, .group(
            .h1(.text("Deze link werkt niet (meer)")), .p(.text(problem.dutchMessage))))
    }

    static func done(_ req: Request, name: String, hash: String) -> Response {
        let chrome = PageChrome(req, title: "Getekend")
        return Layout.page(chrome, .group(
            .h1(.text("Dank u wel, \(name)")),
            .p(.text("Uw handtekening is vastgelegd. De school ziet het direct.")),
            .p(.class("hint"), .text("Getekende tekst (SHA-256): \(hash)"))))
    }
}
