import Fluent

/// Issue 11: when the praktijkbegeleider was reminded of an assessment that is due (at most once per assessment).
struct AddAssessmentReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("assessments").field("reminded_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("assessments").deleteField("reminded_at").update()
    }
}
