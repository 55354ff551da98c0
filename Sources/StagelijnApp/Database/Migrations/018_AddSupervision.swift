import Fluent

/// Issue 6: the supervisor of a placement, the school's visit rhythm, recorded visits and contact moments, and the
/// hours logbook (stage-agenda) with the company's confirmation.
struct AddSupervision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("placements").field("supervisor_id", .uuid).update()
        try await database.schema("schools").field("visit_interval_weeks", .int, .required, .sql(.default(3))).update()
        try await database.schema("schools").field("visit_interval_support_weeks", .int, .required, .sql(.default(2))).update()

        try await database.schema("supervision_records")
            .id()
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("done_on", .string, .required)
            .field("present", .string, .required)
            .field("progress", .string, .required)
            .field("concerns", .string, .required)
            .field("next_step", .string, .required)
            .field("recorded_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema("hour_entries")
            .id()
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("start", .string, .required)
            .field("end", .string, .required)
            .field("break_minutes", .int, .required)
            .field("activities", .string, .required)
            .field("violations", .string, .required)
            .field("confirmed_at", .datetime)
            .field("confirmed_by", .string)
            .field("company_comment", .string)
            .field("created_at", .datetime)
            .unique(on: "placement_id", "date")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("hour_entries").delete()
        try await database.schema("supervision_records").delete()
        try await database.schema("schools").deleteField("visit_interval_support_weeks").update()
        try await database.schema("schools").deleteField("visit_interval_weeks").update()
        try await database.schema("placements").deleteField("supervisor_id").update()
    }
}
