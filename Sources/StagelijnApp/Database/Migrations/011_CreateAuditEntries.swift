import Fluent

struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("school_id", .uuid)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("action", .string, .required)
            .field("changes", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}
