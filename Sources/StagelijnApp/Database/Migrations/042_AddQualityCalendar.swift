import Fluent

/// Issue 13: the quality-care calendar. The activities of a school year come from the default set; a row is written
/// when one is updated (status, owner, evidence), unique per school, school year and activity.
struct AddQualityCalendar: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("quality_activities")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("school_year", .string, .required)
            .field("activity_key", .string, .required)
            .field("owner_role", .string, .required)
            .field("owner_name", .string, .required)
            .field("due_on", .string, .required)
            .field("status", .string, .required)
            .field("notes", .string, .required)
            .field("decisions", .string, .required)
            .field("updated_by_name", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "school_year", "activity_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("quality_activities").delete()
    }
}
