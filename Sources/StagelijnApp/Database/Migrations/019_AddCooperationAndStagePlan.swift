import Fluent

/// Issue 6: standing cooperation agreements between a school and a company (WVO art. 36) and the stage plan
/// (WVO art. 33: aim, content, size, structure, organisation) linked to each agreement.
struct AddCooperationAndStagePlan: AsyncMigration {
    static let planFields = ["plan_aim", "plan_content", "plan_size", "plan_structure", "plan_organisation"]

    func prepare(on database: any Database) async throws {
        for field in Self.planFields {
            try await database.schema("agreements").field(.string(field), .string, .required, .sql(.default(""))).update()
        }
        try await database.schema("cooperation_agreements")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("company_id", .uuid, .required, .references("companies", "id", onDelete: .cascade))
            .field("valid_until", .string, .required)
            .field("company_share", .string, .required)
            .field("assessment", .string, .required)
            .field("inspection", .string, .required)
            .field("accident_by", .string, .required)
            .field("premium_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "school_id", "company_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("cooperation_agreements").delete()
        for field in Self.planFields { try await database.schema("agreements").deleteField(.string(field)).update() }
    }
}
