import Fluent
import StagelijnCore
import Vapor

/// The outbox of the school for its administrators: what was sent, what waits, what failed and why. In the demo
/// (no STAGELIJN_SENDMAIL) this page is where the messages can be read.
struct MessagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("berichten", use: index)
        routes.post("berichten", "versturen", use: deliver)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .auditLog)
        let demo = req.application.stagelijnConfig.sendmailPath == nil
        // The demo has no real mail: its mailbox page delivers what is due first, so the links can be opened here.
        if demo { try await deliverDue(req) }
        let messages = try await OutboxMessageModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .sort(\.$createdAt, .descending).range(0..<200).all()
        let chrome = PageChrome(req, title: "Berichten", section: .messages)
        return Layout.page(chrome, .group(
            .h1(.text("Berichten (verzendrij)")),
            .p(.text(demo ? "Demo: berichten worden niet echt verstuurd, alleen hier getoond en gelogd."
                          : "Berichten gaan via \(req.application.stagelijnConfig.sendmailPath ?? ""). Mislukte pogingen worden later opnieuw geprobeerd.")),
            .p(.a(.attr("href", WorkplaceMentorDigestSettingsController.path), .text("Weekbericht aan praktijkbegeleiders: dag kiezen"))),
            .form(.method(.post), .action("/berichten/versturen"), Forms.csrf(chrome.csrfToken),
                  .button(.type(.submit), .class("secondary"), .text("Nu versturen wat klaarstaat"))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Aangemaakt"), .th("Aan"), .th("Onderwerp"), .th("Status"), .th("Pogingen"), .th("Laatste fout"))),
                .tbody(.forEach(messages) { message in
                    .tr(.td(.text(message.createdAt.map(DutchFormat.dateTime) ?? "")),
                        .td(.text(message.recipient)),
                        .td(.details(.summary(.text(message.subject)), .pre(.class("document"), .text(demo && message.sentAt != nil ? message.body : Outbox.bodyForStaff(message.body))))),
                        .td(.text(message.sentAt.map { "verstuurd \(DutchFormat.dateTime($0))" }
                                  ?? "wacht (volgende poging \(DutchFormat.dateTime(message.nextAttemptAt)))")),
                        .td(.text("\(message.attempts)")),
                        .td(.text(message.lastError ?? "")))
                })))
        ))
    }

    func deliver(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .auditLog)
        let result = try await deliverDue(req)
        req.flash("\(result.sent) bericht(en) verstuurd, \(result.failed) mislukt (worden later opnieuw geprobeerd).")
        return req.redirect(to: "/berichten", redirectType: .normal)
    }

    @discardableResult
    private func deliverDue(_ req: Request) async throws -> (sent: Int, failed: Int) {
        try await Outbox.deliverDue(now: req.now, transport: req.application.mailTransport,
                                    baseURL: req.application.stagelijnConfig.baseURL, on: req.db)
    }
}
