import Fluent

/// Issue 10, item 5: contacts stored once — parents/guardians on the student, the praktijkbegeleider on the
/// placement — the school's reminder interval for signing invitations, the text exactly as it went out for signing,
/// and when the signed copy went to the signers.
struct AddGuardiansAndAgreementMessages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(GuardianModel.schema)
            .id()
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("created_at", .datetime)
            .create()
        try await database.schema(WorkplaceMentorModel.schema)
            .id()
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("updated_at", .datetime)
            .unique(on: "placement_id")
            .create()
        try await database.schema(MessageSettingsModel.schema)
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("reminder_days", .int, .required)
            .unique(on: "school_id")
            .create()
        // One column per ALTER TABLE (SQLite adds one at a time).
        try await database.schema("agreements").field("sent_text", .string).update()
        try await database.schema("agreements").field("copy_sent_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agreements").deleteField("copy_sent_at").update()
        try await database.schema("agreements").deleteField("sent_text").update()
        try await database.schema(MessageSettingsModel.schema).delete()
        try await database.schema(WorkplaceMentorModel.schema).delete()
        try await database.schema(GuardianModel.schema).delete()
    }
}
