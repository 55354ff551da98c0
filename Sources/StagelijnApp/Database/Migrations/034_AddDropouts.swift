import Fluent

/// Issue 15: a dropout (uitval) follows a stage that ended early: the cause (with an optional meldpunt report), the
/// talk with the student, the company contacted, the mentor informed, and the next step. One per placement.
struct AddDropouts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("dropouts")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("school_year", .string, .required)
            .field("ended_on", .string, .required)
            .field("reason", .string, .required)
            .field("cause", .string)
            .field("cause_note", .string)
            .field("incident_report_id", .uuid, .references("incident_reports", "id", onDelete: .setNull))
            .field("talk_on", .string)
            .field("talk_note", .string)
            .field("company_contacted_on", .string)
            .field("company_note", .string)
            .field("mentor_informed_at", .datetime)
            .field("support_team_consulted", .bool, .required)
            .field("next_step", .string)
            .field("next_step_on", .string)
            .field("next_step_note", .string)
            .field("started_by_name", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "placement_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("dropouts").delete()
    }
}
