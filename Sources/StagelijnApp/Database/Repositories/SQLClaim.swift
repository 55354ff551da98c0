import Fluent
import Foundation
import SQLKit
import Vapor

/// "Only the first one wins" for one row: a conditional `UPDATE … WHERE id = ? AND column IS NULL … RETURNING id`.
/// Of several requests or app servers doing the same at once, exactly one gets true (a signing link used once, a
/// reminder sent once, an evaluation answered once). Run it first in the transaction whose other writes depend on it.
enum SQLClaim {
    static func setOnce(_ table: String, id: UUID, column: String, to value: any Encodable & Sendable,
                        alsoSetting others: [(column: String, value: any Encodable & Sendable)] = [],
                        requiringNull stillNull: [String] = [], on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        var update = sql.update(table).set(column, to: SQLBind(value))
        for other in others { update = update.set(other.column, to: SQLBind(other.value)) }
        update = update.where("id", .equal, SQLBind(id)).where(column, .is, SQLLiteral.null)
        for name in stillNull { update = update.where(name, .is, SQLLiteral.null) }
        return try await update.returning("id").all().count == 1
    }
}
