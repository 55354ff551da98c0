import Fluent

/// Issue 14: each school's stage line per school type (phases and step rules as JSON, defaults from Core until the
/// school edits them), every student's steps on the line with their outcome, and the decisions on the line
/// (provisional advice, sector choice, VSO profile and step up) with who decided, with whom and why.
struct AddStageLines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("stage_line_programmes")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("school_type", .string, .required)
            .field("content", .string, .required)
            .field("updated_by_name", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "school_type")
            .create()
        try await database.schema("stage_line_steps")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("step_key", .string, .required)
            .field("status", .string, .required)
            .field("started_on", .string, .required)
            .field("ended_on", .string)
            .field("outcome", .string)
            .field("note", .string, .required)
            .field("placement_id", .uuid, .references("placements", "id", onDelete: .setNull))
            .field("recorded_by_name", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema("stage_line_decisions")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("outcome", .string, .required)
            .field("decided_on", .string, .required)
            .field("decided_by_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("decided_by_name", .string, .required)
            .field("participants", .string, .required)
            .field("reason", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("stage_line_decisions").delete()
        try await database.schema("stage_line_steps").delete()
        try await database.schema("stage_line_programmes").delete()
    }
}
