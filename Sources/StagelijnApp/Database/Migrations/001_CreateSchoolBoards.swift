import Fluent

struct CreateSchoolBoards: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("school_boards")
            .id()
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("school_boards").delete()
    }
}
