import Fluent

struct CreateSchools: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("schools")
            .id()
            .field("board_id", .uuid, .required, .references("school_boards", "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("town", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("schools").delete()
    }
}
