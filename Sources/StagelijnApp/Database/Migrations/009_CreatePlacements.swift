import Fluent

struct CreatePlacements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("placements")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("position_id", .uuid, .required, .references("positions", "id"))
            .field("period_id", .uuid, .required, .references("stage_periods", "id"))
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("placements").delete()
    }
}
