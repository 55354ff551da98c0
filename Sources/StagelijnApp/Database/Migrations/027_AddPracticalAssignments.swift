import Fluent

/// Issue 11, point 2: the school's library of practical assignments (learning tasks and work tasks), the
/// assignments of a placement with hand-in, company confirmation and assessment, and the photos of hand-ins.
struct AddPracticalAssignments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assignment_templates")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("sector", .string)
            .field("phase", .string, .required)
            .field("suggested_part", .int)
            .field("title", .string, .required)
            .field("instructions", .string, .required)
            .field("archived", .bool, .required, .sql(.default(false)))
            .field("created_at", .datetime)
            .create()

        try await database.schema("placement_assignments")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("template_id", .uuid, .references("assignment_templates", "id", onDelete: .setNull))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("instructions", .string, .required)
            .field("part", .int, .required)
            .field("due_date", .string, .required)
            .field("hand_in_text", .string)
            .field("handed_in_at", .datetime)
            .field("confirmed_at", .datetime)
            .field("confirmed_by", .string)
            .field("company_comment", .string)
            .field("score", .int)
            .field("assessment_comment", .string)
            .field("assessed_at", .datetime)
            .field("assessed_by", .string)
            .field("has_photo", .bool, .required, .sql(.default(false)))
            .field("created_at", .datetime)
            .create()

        try await database.schema("assignment_photos")
            .id()
            .field("assignment_id", .uuid, .required, .references("placement_assignments", "id", onDelete: .cascade))
            .field("content_type", .string, .required)
            .field("bytes", .data, .required)
            .field("size", .int, .required)
            .field("uploaded_at", .datetime, .required)
            .unique(on: "assignment_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assignment_photos").delete()
        try await database.schema("placement_assignments").delete()
        try await database.schema("assignment_templates").delete()
    }
}
