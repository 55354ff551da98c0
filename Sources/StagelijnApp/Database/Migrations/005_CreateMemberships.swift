import Fluent

struct CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("memberships")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("role", .string, .required)
            .field("student_id", .uuid, .references("students", "id", onDelete: .cascade))
            .unique(on: "user_id", "school_id", "role", "student_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("memberships").delete()
    }
}
