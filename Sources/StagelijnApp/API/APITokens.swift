import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Vapor

/// Creating, listing, revoking and checking API tokens. Used by the settings page, `stagelijn token` and the API's
/// authentication, so there is one way to make a token.
enum APITokens {
    static let prefix = "stl_"
    static let maximumNameLength = 80

    struct Created {
        let model: APITokenModel
        /// The token in full: shown once, never stored.
        let token: String
    }

    /// The Dutch problem with a token name, or nil when it is fine.
    static func nameProblem(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "Geef de sleutel een naam, bijvoorbeeld de naam van het systeem dat hem gebruikt." }
        if trimmed.count > maximumNameLength { return "De naam is te lang (hoogstens \(maximumNameLength) tekens)." }
        if trimmed.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
            return "De naam mag geen regeleinden of stuurtekens bevatten."
        }
        return nil
    }

    static func create(school: UUID, name: String, readOnly: Bool, actor: Actor, at date: Date,
                       on db: any Database) async throws -> Created {
        let token = prefix + SecureToken.make()
        let model = APITokenModel()
        model.$school.id = school
        model.name = name.trimmingCharacters(in: .whitespaces)
        model.tokenHash = SecureToken.hash(token)
        model.readOnly = readOnly
        model.createdByName = actor.name
        model.rateWindow = 0
        model.rateCount = 0
        try await db.transaction { tx in
            try await model.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "apiToken", id: try model.requireID(), action: .create,
                                      before: nil as [String: String]?,
                                      after: ["naam": model.name, "alleen lezen": readOnly ? "ja" : "nee"], at: date)
        }
        return Created(model: model, token: token)
    }

    static func list(school: UUID, on db: any Database) async throws -> [APITokenModel] {
        try await APITokenModel.query(on: db).filter(\.$school.$id == school).sort(\.$createdAt, .descending).all()
    }

    /// Revokes a token of the school; false when there is no such (unrevoked) token.
    static func revoke(_ id: UUID, school: UUID, actor: Actor, at date: Date, on db: any Database) async throws -> Bool {
        try await db.transaction { tx in
            guard let token = try await APITokenModel.query(on: tx).filter(\.$id == id).filter(\.$school.$id == school)
                .filter(\.$revokedAt == nil).first() else { return false }
            token.revokedAt = date
            try await token.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "apiToken", id: id, action: .update,
                                      before: ["ingetrokken": "nee"], after: ["ingetrokken": "ja"], at: date)
            return true
        }
    }

    /// The live token for a presented secret, or nil.
    static func find(secret: String, on db: any Database) async throws -> APITokenModel? {
        guard secret.hasPrefix(prefix), secret.count < 200 else { return nil }
        return try await APITokenModel.query(on: db).filter(\.$tokenHash == SecureToken.hash(secret))
            .filter(\.$revokedAt == nil).with(\.$school).first()
    }

    /// Counts one request in the token's current minute with one conditional UPDATE, so app servers sharing the
    /// database agree; returns the count including this request.
    static func count(_ id: UUID, at date: Date, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let window = Int64(date.timeIntervalSince1970 / 60)
        struct Row: Decodable { let rate_count: Int }
        let rows = try await sql.raw("""
            UPDATE api_tokens SET rate_count = CASE WHEN rate_window = \(bind: window) THEN rate_count + 1 ELSE 1 END,
            rate_window = \(bind: window), last_used_at = \(bind: date) WHERE id = \(bind: id) RETURNING rate_count
            """).all(decoding: Row.self)
        return rows.first?.rate_count ?? 0
    }
}
