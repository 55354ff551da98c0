import Fluent

/// Issue 17, AVG: the school's retention period per data category, the day a student left the school (the start of
/// the student file's retention), and one row per day the purge ran (so of several app servers one runs it).
struct AddPrivacy: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("retention_settings")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("category", .string, .required)
            .field("days", .int, .required)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "category")
            .create()
        try await database.schema("student_departures")
            .id()
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("left_on", .string, .required)
            .unique(on: "student_id")
            .create()
        try await database.schema("privacy_purge_runs")
            .id()
            .field("day", .string, .required)
            .field("started_at", .datetime, .required)
            .field("summary", .string)
            .unique(on: "day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("privacy_purge_runs").delete()
        try await database.schema("student_departures").delete()
        try await database.schema("retention_settings").delete()
    }
}
