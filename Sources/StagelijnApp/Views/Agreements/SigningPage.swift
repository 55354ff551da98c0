import Plot
import StagelijnCore
import Vapor

/// The page behind a personal signing link: made for a phone, the whole text, one clear action. A student reads
/// "je", a parent or praktijkbegeleider "u".
enum SigningPage {
    struct Context {
        let link: AccessLinkModel
        let placement: PlacementModel
        let state: AgreementState
        let error: String?
    }

    /// The words that differ between "je" (a student) and "u" (a parent, a company).
    struct Address {
        let isStudent: Bool
        init(role: String) { isStudent = role == SignatoryRole.student.rawValue }
        var you: String { isStudent ? "je" : "u" }
        var your: String { isStudent ? "je" : "uw" }
        var Your: String { isStudent ? "Je" : "Uw" }
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let role = SignatoryRole(rawValue: context.link.role)?.dutchName ?? context.link.role
        let you = Address(role: context.link.role)
        let chrome = PageChrome(req, title: "Stageovereenkomst tekenen")
        let placement = context.placement
        return Layout.page(chrome, status: status, .group(
            .h1(.text(you.isStudent ? "Je stageovereenkomst" : "Stageovereenkomst van \(placement.student.fullName)")),
            .p(.text(you.isStudent ? "Je tekent als leerling. Lees de hele tekst; onderaan kun je tekenen."
                                   : "U tekent als \(role). Lees de hele tekst; onderaan kunt u tekenen.")),
            .unwrap(context.error) { Forms.alert($0) },
            .div(.class("table-wrap"), AgreementDocumentView.body(.init(
                state: context.state, schoolName: placement.school.name, schoolTown: placement.school.town,
                parentRequired: AgreementCompleteness.parentSignatureRequired(context.state.content, today: req.today)))),
            .form(.method(.post), .attr("action", "/teken/\(req.parameters.get("token") ?? "")"), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  .input(.type(.hidden), .name("textHash"), .attr("value", context.state.textHash)),
                  Forms.text("\(you.Your) naam", "name", .init(["name": context.link.recipientName]), required: true),
                  Forms.checkbox("Ik heb de tekst gelezen en ga akkoord", "agree", .init()),
                  .button(.type(.submit), .text("Tekenen")))
        ))
    }

    static func problem(_ req: Request, _ problem: AccessLinks.Problem) -> Response {
        let chrome = PageChrome(req, title: "Link niet bruikbaar")
        return Layout.page(chrome, status: problem.status, .group(
            .h1(.text("Deze link werkt niet (meer)")), .p(.text(problem.dutchMessage))))
    }

    static func done(_ req: Request, name: String, role: SignatoryRole, hash: String) -> Response {
        let chrome = PageChrome(req, title: "Getekend")
        let student = role == .student
        return Layout.page(chrome, .group(
            .h1(.text(student ? "Bedankt, \(name)" : "Dank u wel, \(name)")),
            .p(.text(student ? "Je handtekening is vastgelegd. Als iedereen heeft getekend, krijg je de getekende tekst per e-mail."
                             : "Uw handtekening is vastgelegd. Als iedereen heeft getekend, krijgt u de getekende tekst per e-mail.")),
            .p(.class("hint"), .text("Controlecode van de getekende tekst: \(hash)"))))
    }
}
