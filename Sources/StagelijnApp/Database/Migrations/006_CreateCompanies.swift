import Fluent

struct CreateCompanies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("companies")
            .id()
            .field("board_id", .uuid, .required, .references("school_boards", "id"))
            .field("name", .string, .required)
            .field("street", .string, .required)
            .field("postcode", .string, .required)
            .field("city", .string, .required)
            .field("lat", .double)
            .field("lon", .double)
            .field("sectors", .string, .required)
            .field("sbb_number", .string)
            .field("sbb_status", .string, .required)
            .field("contact_name", .string)
            .field("contact_email", .string)
            .field("contact_phone", .string)
            .field("is_delivery_service", .bool, .required)
            .field("notes", .string)
            .field("search_text", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("companies").delete()
    }
}
