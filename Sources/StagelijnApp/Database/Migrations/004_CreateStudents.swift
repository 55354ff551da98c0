import Fluent

struct CreateStudents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("students")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("student_number", .string, .required)
            .field("first_name", .string, .required)
            .field("last_name", .string, .required)
            .field("birth_date", .string, .required)
            .field("school_type", .string, .required)
            .field("school_year_level", .int, .required)
            .field("class_name", .string, .required)
            .field("mentor_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("sector_interests", .string, .required)
            .field("needs_support", .bool, .required)
            .field("street", .string)
            .field("postcode", .string, .required)
            .field("city", .string)
            .field("email", .string)
            .field("lat", .double)
            .field("lon", .double)
            .field("max_distance_km", .int, .required)
            .field("search_text", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "student_number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("students").delete()
    }
}
