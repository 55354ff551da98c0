import Fluent

struct CreateLoginAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .id()
            .field("key", .string, .required)
            .field("failures", .int, .required)
            .field("window_start", .datetime, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
    }
}
