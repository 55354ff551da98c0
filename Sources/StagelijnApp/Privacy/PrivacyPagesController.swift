import Fluent
import Plot
import StagelijnCore
import Vapor

/// The school's processing register for Stagelijn and its retention periods (coordinator), and the privacy
/// statement for students and parents (no account needed).
struct PrivacyPagesController: RouteCollection {
    static let registerPath = "/privacy/verwerkingsregister"
    static let retentionPath = "/privacy/bewaartermijnen"
    static let statementPath = "/privacyverklaring"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("privacy", "verwerkingsregister", use: register)
        routes.get("privacy", "bewaartermijnen", use: retention)
        routes.post("privacy", "bewaartermijnen", use: saveRetention)
    }

    func register(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.view, .personalData)
        let chosen = try await RetentionSettings.chosen(school: user.schoolID, on: req.db)
        let meldpunt = try await req.meldpunt.settings(school: user.schoolID)
        return PrivacyPages.register(req, chosen: chosen, meldpuntMonths: meldpunt.retentionMonths)
    }

    func retention(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.update, .personalData)
        let chosen = try await RetentionSettings.chosen(school: user.schoolID, on: req.db)
        let values = Dictionary(uniqueKeysWithValues: PrivacyPages.setHere.map { ($0.rawValue, String(RetentionPolicy.days($0, chosen: chosen))) })
        return PrivacyPages.retention(req, values: .init(values), status: .ok)
    }

    func saveRetention(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.update, .personalData)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: PrivacyPages.setHere.map { FieldSpec($0.rawValue, $0.dutchName, required: true) })
        var days: [DataCategory: Int] = [:]
        for category in PrivacyPages.setHere {
            if let value = reader.int(category.rawValue, in: category.allowedDays) { days[category] = value }
        }
        guard reader.result == nil, days.count == PrivacyPages.setHere.count else {
            return PrivacyPages.retention(req, values: .init(form, errors: reader.result), status: .badRequest)
        }
        let before = try await RetentionSettings.chosen(school: user.schoolID, on: req.db)
        let chosenDays = days
        try await req.db.transaction { tx in
            for (category, value) in chosenDays {
                let existing = try await RetentionSettingModel.query(on: tx).filter(\.$school.$id == user.schoolID)
                    .filter(\.$category == category.rawValue).first()
                let model = existing ?? RetentionSettingModel()
                model.$school.id = user.schoolID
                model.category = category.rawValue
                model.days = value
                try await model.save(on: tx)
            }
            try await AuditLog.record(
                on: tx, actor: user.actor, entity: "school", id: user.schoolID, action: .update,
                before: Dictionary(uniqueKeysWithValues: PrivacyPages.setHere.map { ("bewaren \($0.rawValue)", String(RetentionPolicy.days($0, chosen: before))) }),
                after: Dictionary(uniqueKeysWithValues: chosenDays.map { ("bewaren \($0.key.rawValue)", String($0.value)) }), at: req.now)
        }
        req.flash("De bewaartermijnen zijn opgeslagen; de dagelijkse opschoning gebruikt ze vanaf nu.")
        return req.redirect(to: Self.registerPath, redirectType: .normal)
    }
}

/// `/privacyverklaring`: for students (je) and parents (u), without an account.
struct PrivacyStatementController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("privacyverklaring", use: statement)
    }

    func statement(req: Request) async throws -> Response { PrivacyPages.statement(req) }
}
