import Plot
import Vapor

enum LoginPage {
    struct Context {
        let email: String
        let back: String
        let message: String?
    }

    static func render(_ req: Request, context: Context, status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Inloggen")
        return Layout.page(chrome, status: status, .div(.class("login"),
            .h1(.text("Inloggen bij Stagelijn")),
            .unwrap(context.message) { .div(.class("error-summary"), .attr("role", "alert"), .p(.text($0))) },
            .form(.method(.post), .attr("action", SitePath.login.path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                .input(.type(.hidden), .name("terug"), .attr("value", context.back)),
                .div(.class("field"),
                     .label(.for("email"), .text("E-mailadres")),
                     .input(.type(.email), .name("email"), .id("email"), .attr("value", context.email), .required(true),
                            .attr("autocomplete", "email"), .autofocus(context.email.isEmpty))),
                .div(.class("field"),
                     .label(.for("password"), .text("Wachtwoord")),
                     .input(.type(.password), .name("password"), .id("password"), .required(true),
                            .attr("autocomplete", "current-password"))),
                .button(.type(.submit), .text("Inloggen"))),
            .p(.class("muted"), .text("Praktijkbegeleiders ontvangen een persoonlijke link en hebben geen wachtwoord nodig."))))
    }
}
