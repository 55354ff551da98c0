import Fluent

/// Issue 16: one counter per school (and one for everything, scope `*`), raised after every change, so a figure computed
/// for a school can be kept until the school's data changes (`DataVersion`, `FigureCache`). Shared by every app server
/// through the database.
struct AddDataVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("data_versions")
            .field("scope", .string, .identifier(auto: false))
            .field("version", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("data_versions").delete()
    }
}
