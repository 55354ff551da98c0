import Fluent

/// Issue 13: the school's quality requirements (norm, owner, wording), one row per indicator once the school has
/// stated or changed it; without rows the default set applies.
struct AddQualityRequirements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("quality_requirements")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id", onDelete: .cascade))
            .field("indicator", .string, .required)
            .field("norm", .int, .required)
            .field("owner_role", .string, .required)
            .field("owner_name", .string, .required)
            .field("statement", .string, .required)
            .field("active", .bool, .required)
            .field("updated_by_name", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "school_id", "indicator")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("quality_requirements").delete()
    }
}
