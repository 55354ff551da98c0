import Fluent
import Foundation
import SQLKit
import Vapor

/// Claims one due outbox message for one worker, so that several app servers running the outbox worker on one
/// database deliver every message exactly once. The claim is a single conditional `UPDATE … RETURNING id` that moves
/// the message's `next_attempt_at` a lease into the future: no other worker sees it as due until the lease ends.
/// - PostgreSQL: the candidate row is picked with `FOR UPDATE SKIP LOCKED`, so concurrent workers take different
///   messages instead of waiting on each other; a row another worker has just claimed no longer matches the
///   re-checked `WHERE` and is skipped.
/// - SQLite: one statement is one write transaction and SQLite has a single writer, so the claim is atomic; the
///   outer `WHERE` repeats the due condition for clarity.
/// The worker that holds the claim sets `sent_at` (or a retry time) when it is done. A worker that dies mid-send
/// leaves the message to be retried after the lease: at most one delivery in normal operation, never zero.
enum OutboxClaim {
    /// Longer than any delivery takes (sendmail hands over within seconds).
    static let lease: TimeInterval = 600

    static func claimNext(now: Date, on db: any Database) async throws -> UUID? {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let table = OutboxMessageModel.schema
        let lock = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let query: SQLQueryString = """
            UPDATE \(ident: table) SET next_attempt_at = \(bind: now.addingTimeInterval(lease))
            WHERE id = (SELECT id FROM \(ident: table) WHERE sent_at IS NULL AND next_attempt_at <= \(bind: now)
                        ORDER BY next_attempt_at LIMIT 1\(unsafeRaw: lock))
              AND sent_at IS NULL AND next_attempt_at <= \(bind: now)
            RETURNING id
            """
        return try await sql.raw(query).first()?.decode(column: "id", as: UUID.self)
    }

}
