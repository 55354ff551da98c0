import Fluent

/// Issue 16: one row per periodic job; the server holding its lease runs it (`JobLease`), so several app servers never
/// run the same reminders or automatic starts at the same moment.
struct AddJobLeases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("job_leases")
            .field("name", .string, .identifier(auto: false))
            .field("holder", .string, .required)
            .field("expires_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("job_leases").delete()
    }
}
