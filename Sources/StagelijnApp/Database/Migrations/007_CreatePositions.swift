import Fluent

struct CreatePositions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("positions")
            .id()
            .field("company_id", .uuid, .required, .references("companies", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("sector", .string, .required)
            .field("capacity", .int, .required)
            .field("days_per_week", .int, .required)
            .field("hours_per_day", .int, .required)
            .field("minimum_age", .int, .required)
            .field("required_certificates", .string, .required)
            .field("description", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("positions").delete()
    }
}
