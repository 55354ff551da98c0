import Fluent

/// Issue 6: personal links (signing, confirming hours) stored only as a hash, the hash of the text a signature
/// covers, and the outbox through which every message goes.
struct AddSigningAndOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agreement_signatures").field("text_hash", .string).update()

        try await database.schema("access_links")
            .id()
            .field("token_hash", .string, .required)
            .field("purpose", .string, .required)
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("recipient_name", .string, .required)
            .field("recipient_email", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("revoked_at", .datetime)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()

        try await database.schema("outbox_messages")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("next_attempt_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox_messages").delete()
        try await database.schema("access_links").delete()
        try await database.schema("agreement_signatures").deleteField("text_hash").update()
    }
}
