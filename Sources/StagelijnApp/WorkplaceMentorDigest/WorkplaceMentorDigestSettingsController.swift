import Fluent
import StagelijnCore
import Vapor

/// The school chooses on which weekday the praktijkbegeleiders get their weekly hours mail (coordinator only, the
/// same right as the reminder rhythm for signing invitations).
struct WorkplaceMentorDigestSettingsController: RouteCollection {
    static let path = "/berichten/weekmail-uren"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("berichten", "weekmail-uren", use: show)
        routes.post("berichten", "weekmail-uren", use: save)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        let weekday = try await MessageSettingsModel.query(on: req.db).filter(\.$school.$id == user.schoolID).first()?
            .hoursDigestWeekday ?? WorkplaceMentorDigestRules.defaultWeekday
        return WorkplaceMentorDigestSettingsPage.render(req, values: .init(["weekday": String(weekday)]), status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [FieldSpec("weekday", "dag", required: true)])
        let weekday = reader.int("weekday", in: WorkplaceMentorDigestRules.weekdays)
        guard let weekday, reader.result == nil else {
            return WorkplaceMentorDigestSettingsPage.render(req, values: .init(form, errors: reader.result), status: .badRequest)
        }
        let existing = try await MessageSettingsModel.query(on: req.db).filter(\.$school.$id == user.schoolID).first()
        let model = existing ?? MessageSettingsModel()
        let before = existing?.hoursDigestWeekday ?? WorkplaceMentorDigestRules.defaultWeekday
        model.$school.id = user.schoolID
        model.reminderDays = existing?.reminderDays ?? MessageSettingsModel.defaultReminderDays
        model.hoursDigestWeekday = weekday
        try await req.db.transaction { tx in
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "school", id: user.schoolID, action: .update,
                                      before: ["weekmail uren op": Self.dayName(before)], after: ["weekmail uren op": Self.dayName(weekday)],
                                      at: req.now)
        }
        req.flash("Praktijkbegeleiders krijgen hun weekbericht voortaan op \(Self.dayName(weekday)).")
        return req.redirect(to: Self.path, redirectType: .normal)
    }

    /// "maandag" for 1; a stored value outside 1…7 reads as the default, Monday.
    static func dayName(_ weekday: Int) -> String {
        DutchFormat.weekdays[(WorkplaceMentorDigestRules.weekdays.contains(weekday) ? weekday : WorkplaceMentorDigestRules.defaultWeekday) - 1]
    }
}

enum WorkplaceMentorDigestSettingsPage {
    static func render(_ req: Request, values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Weekbericht aan praktijkbegeleiders", section: .messages)
        let days = DutchFormat.weekdays.enumerated().map { (value: String($0.offset + 1), label: $0.element) }
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Weekbericht aan praktijkbegeleiders")),
            .p(.text("Elke praktijkbegeleider met uren die nog niet bevestigd zijn, krijgt één keer per week één e-mail met één link "
                     + "voor al zijn of haar stagiairs. Zonder open uren gaat er niets uit.")),
            .form(.method(.post), .attr("action", WorkplaceMentorDigestSettingsController.path), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.errorSummary(values),
                  Forms.select("Versturen op", "weekday", values, options: days, required: true),
                  .div(.class("actions"), .button(.type(.submit), .text("Opslaan"))))))
    }
}
