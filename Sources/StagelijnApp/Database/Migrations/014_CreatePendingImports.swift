import Fluent

struct CreatePendingImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pending_imports")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("file_name", .string, .required)
            .field("content", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("pending_imports").delete()
    }
}
