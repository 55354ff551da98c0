import Fluent

/// Issue 13: the board's versioned evaluation question banks, one evaluation per stage, moment and perspective (the
/// unique key keeps a second app server from sending the same evaluation twice), and the answers per item so figures
/// can be counted by the database.
struct AddEvaluations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("evaluation_banks")
            .id()
            .field("board_id", .uuid, .required, .references("school_boards", "id", onDelete: .cascade))
            .field("family_id", .uuid, .required)
            .field("version", .int, .required)
            .field("title", .string, .required)
            .field("items", .string, .required)
            .field("created_by_name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "family_id", "version")
            .create()
        try await database.schema("evaluations")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("bank_id", .uuid, .required, .references("evaluation_banks", "id"))
            .field("moment", .string, .required)
            .field("perspective", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("reminders_sent", .int, .required)
            .field("last_reminder_at", .datetime)
            .field("answered_at", .datetime)
            .field("answered_by_name", .string)
            .unique(on: "placement_id", "moment", "perspective")
            .create()
        try await database.schema("evaluation_answers")
            .id()
            .field("evaluation_id", .uuid, .required, .references("evaluations", "id", onDelete: .cascade))
            .field("item_key", .string, .required)
            .field("score", .int)
            .field("text", .string)
            .unique(on: "evaluation_id", "item_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("evaluation_answers").delete()
        try await database.schema("evaluations").delete()
        try await database.schema("evaluation_banks").delete()
    }
}
