import Fluent

struct CreateStagePeriods: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stage_periods")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("name", .string, .required)
            .field("school_year", .string, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string, .required)
            .field("days_per_week", .int, .required)
            .field("hours_per_day", .int, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stage_periods").delete()
    }
}
