import Fluent

/// Issue 9: a message with a personal link stores which link, not the token. The token is made at delivery and
/// exists only in the sent e-mail (and its hash in `access_links`).
struct AddOutboxLinkReference: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("outbox_messages")
            .field("access_link_id", .uuid, .references("access_links", "id", onDelete: .setNull))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox_messages").deleteField("access_link_id").update()
    }
}
