import Fluent

struct CreatePlacementStatusChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("placement_status_changes")
            .id()
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("reason", .string, .required)
            .field("changed_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("changed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("placement_status_changes").delete()
    }
}
