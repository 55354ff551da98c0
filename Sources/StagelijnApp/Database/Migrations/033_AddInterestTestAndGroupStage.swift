import Fluent

/// Issue 14: the school's interest-test items and every student's test with its answers; group-stage locations with
/// their capacity per dagdeel, the standing weekly plan (a slot per student and dagdeel, ended rather than deleted)
/// and attendance per date and dagdeel.
struct AddInterestTestAndGroupStage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("interest_items")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("item_key", .string, .required)
            .field("sector", .string, .required)
            .field("statement", .string, .required)
            .field("picture", .string, .required)
            .field("position", .int, .required)
            .unique(on: "school_id", "item_key")
            .create()
        try await database.schema("interest_tests")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime)
            .field("proposed", .string, .required)
            .field("scores", .string, .required)
            .create()
        try await database.schema("interest_answers")
            .id()
            .field("test_id", .uuid, .required, .references("interest_tests", "id", onDelete: .cascade))
            .field("item_key", .string, .required)
            .field("answer", .string, .required)
            .unique(on: "test_id", "item_key")
            .create()
        try await database.schema("group_stage_locations")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("address", .string, .required)
            .field("supervisor_name", .string, .required)
            .field("capacity", .string, .required)
            .field("active", .bool, .required)
            .create()
        try await database.schema("group_stage_slots")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("location_id", .uuid, .required, .references("group_stage_locations", "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("dagdeel", .string, .required)
            .field("started_on", .string, .required)
            .field("ended_on", .string)
            .create()
        try await database.schema("group_stage_attendance")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("location_id", .uuid, .required, .references("group_stage_locations", "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("dagdeel", .string, .required)
            .field("presence", .string, .required)
            .field("recorded_by_name", .string, .required)
            .unique(on: "student_id", "date", "dagdeel")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["group_stage_attendance", "group_stage_slots", "group_stage_locations", "interest_answers",
                      "interest_tests", "interest_items"] {
            try await database.schema(table).delete()
        }
    }
}
