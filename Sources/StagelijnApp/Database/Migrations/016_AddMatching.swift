import Fluent

/// Issue 5: students' ranked preferences per period, stored matching runs (both algorithms, with their lottery),
/// hand overrides with a reason, and companies declining after the introduction (counted per company).
struct AddMatching: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("student_preferences")
            .id()
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("period_id", .uuid, .required, .references("stage_periods", "id", onDelete: .cascade))
            .field("position_id", .uuid, .required, .references("positions", "id", onDelete: .cascade))
            .field("rank", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "student_id", "period_id", "position_id")
            .create()

        try await database.schema("matching_runs")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("period_id", .uuid, .required, .references("stage_periods", "id", onDelete: .cascade))
            .field("algorithm", .string, .required)
            .field("seed", .int64, .required)
            .field("result", .string, .required)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .field("published_at", .datetime)
            .create()

        try await database.schema("matching_overrides")
            .id()
            .field("run_id", .uuid, .required, .references("matching_runs", "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("position_id", .uuid, .references("positions", "id", onDelete: .cascade))
            .field("reason", .string, .required)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .unique(on: "run_id", "student_id")
            .create()

        try await database.schema("company_declines")
            .id()
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("company_id", .uuid, .required, .references("companies", "id", onDelete: .cascade))
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("reason", .string, .required)
            .field("explanation", .string, .required)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["company_declines", "matching_overrides", "matching_runs", "student_preferences"] {
            try await database.schema(table).delete()
        }
    }
}
