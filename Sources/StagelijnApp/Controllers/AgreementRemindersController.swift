import Fluent
import StagelijnCore
import Vapor

/// The school's reminder rhythm for unanswered signing invitations (coordinator only).
struct AgreementRemindersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("overeenkomsten", "herinneringen", use: show)
        routes.post("overeenkomsten", "herinneringen", use: save)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        let days = try await MessageSettingsModel.reminderDays(school: user.schoolID, on: req.db)
        return AgreementRemindersPage.render(req, values: .init(["reminderDays": String(days)]), status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [FieldSpec("reminderDays", "aantal dagen", required: true)])
        let days = reader.int("reminderDays", in: AgreementFollowUp.intervalRange)
        guard let days, reader.result == nil else {
            return AgreementRemindersPage.render(req, values: .init(form, errors: reader.result), status: .badRequest)
        }
        let existing = try await MessageSettingsModel.query(on: req.db).filter(\.$school.$id == user.schoolID).first()
        let model = existing ?? MessageSettingsModel()
        let before = existing?.reminderDays ?? MessageSettingsModel.defaultReminderDays
        model.$school.id = user.schoolID
        model.reminderDays = days
        try await req.db.transaction { tx in
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "school", id: user.schoolID, action: .update,
                                      before: ["herinnering na dagen": String(before)], after: ["herinnering na dagen": String(days)], at: req.now)
        }
        req.flash(days == 0 ? "Er gaan geen herinneringen meer uit."
                  : "Wie niet tekent, krijgt na \(DutchFormat.count(days, "dag", "dagen")) een herinnering.")
        return req.redirect(to: SitePath.agreementReminders.path, redirectType: .normal)
    }
}

enum AgreementRemindersPage {
    static func render(_ req: Request, values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Herinneringen om te tekenen", section: .placements)
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Herinneringen om te tekenen")),
            .p(.text("Wie een uitnodiging om een stageovereenkomst te tekenen heeft gekregen en na dit aantal dagen nog niet tekende, "
                     + "krijgt vanzelf een herinnering met een nieuwe link — tot er getekend is of de link verloopt, "
                     + "hoogstens \(AgreementFollowUp.maximumReminders) keer. 0 dagen: geen herinneringen.")),
            .form(.method(.post), .attr("action", SitePath.agreementReminders.path), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.errorSummary(values),
                  Forms.text("Herinnering na (dagen)", "reminderDays", values, type: .number, required: true),
                  .div(.class("actions"), .button(.type(.submit), .text("Opslaan"))))))
    }
}
