import Fluent

/// Issue 17: API tokens per school (only the SHA-256 of the token is stored) with a per-minute request counter in
/// the same row, so several app servers enforce one rate limit.
struct AddAPITokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("read_only", .bool, .required)
            .field("created_by_name", .string, .required)
            .field("created_at", .datetime)
            .field("revoked_at", .datetime)
            .field("last_used_at", .datetime)
            .field("rate_window", .int64, .required)
            .field("rate_count", .int, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").delete()
    }
}
