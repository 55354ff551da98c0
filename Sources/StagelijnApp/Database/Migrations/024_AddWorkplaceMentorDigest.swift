import Fluent

/// Issue 10: one weekly e-mail per praktijkbegeleider with one link for all their students' open weeks. A row per
/// praktijkbegeleider (school + e-mail address) per week makes "at most one mail a week" a unique key, so two app
/// servers running the job at once still send one; the school chooses the weekday (empty = Monday).
struct AddWorkplaceMentorDigest: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorkplaceMentorDigestModel.schema)
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("recipient_email", .string, .required)
            .field("week", .string, .required)
            .field("access_link_id", .uuid, .references("access_links", "id", onDelete: .setNull))
            .field("students", .int, .required)
            .field("open_weeks", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "school_id", "recipient_email", "week")
            .create()
        try await database.schema(MessageSettingsModel.schema).field("hours_digest_weekday", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MessageSettingsModel.schema).deleteField("hours_digest_weekday").update()
        try await database.schema(WorkplaceMentorDigestModel.schema).delete()
    }
}
