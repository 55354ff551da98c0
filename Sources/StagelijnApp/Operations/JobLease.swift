import Fluent
import Foundation
import SQLKit
import Vapor

/// A lease per periodic job, in the database, so that of several app servers only one runs a round of the
/// background jobs (agreement starts and reminders, the praktijkbegeleiders' weekly mail, evaluations, assessment
/// reminders) at a time; the jobs themselves check what is already done, so a round after a crash repeats nothing.
/// Taking the lease is one conditional `UPDATE … WHERE expires_at <= now RETURNING`, or the first `INSERT` of the row
/// (its primary key refuses a second one): exactly one server wins on SQLite and on PostgreSQL.
enum JobLease {
    /// This process, as the holder written in the row.
    static let holder = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"

    static func acquire(_ name: String, for duration: TimeInterval, now: Date, holder: String = holder,
                        on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let until = now.addingTimeInterval(duration)
        let taken = try await sql.update("job_leases").set("holder", to: SQLBind(holder)).set("expires_at", to: SQLBind(until))
            .where("name", .equal, SQLBind(name)).where("expires_at", .lessThanOrEqual, SQLBind(now))
            .returning("name").all()
        if taken.count == 1 { return true }
        struct Row: Decodable { let n: Int }
        let exists = try await sql.raw("SELECT COUNT(*) AS n FROM job_leases WHERE name = \(bind: name)").first(decoding: Row.self)
        guard exists?.n == 0 else { return false }
        do {
            try await sql.insert(into: "job_leases").columns("name", "holder", "expires_at")
                .values(SQLBind(name), SQLBind(holder), SQLBind(until)).run()
            return true
        } catch {
            return false   // another server inserted it first
        }
    }
}
