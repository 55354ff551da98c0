import Fluent

/// Issue 12: mentors and supervisors see nothing of a report unless a handler shares a summary with them by name.
struct AddMeldpuntSharedSummaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("incident_shared_summaries")
            .id()
            .field("report_id", .uuid, .required, .references("incident_reports", "id", onDelete: .cascade))
            .field("recipient_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("text", .string, .required)
            .field("shared_by_name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("incident_shared_summaries").delete()
    }
}
