import Fluent
import SQLKit

/// Issue 4: certificates of students, the delivery-service rule per school, reasoned exceptions on status changes,
/// and the tables for agreements, their signatures, work schedules and readiness decisions.
/// One column per `ALTER TABLE`, because SQLite adds one at a time.
struct AddRulesEngineData: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("students")
            .field("certificates", .string, .required, .sql(.default(""))).update()
        try await database.schema("schools")
            .field("exclude_delivery_services", .bool, .required, .sql(.default(true))).update()
        try await database.schema("placement_status_changes")
            .field("agreement_exception", .bool, .required, .sql(.default(false))).update()

        try await database.schema("agreements")
            .id()
            .field("school_id", .uuid, .required, .references("schools", "id"))
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("learning_activities", .string, .required)
            .field("company_name", .string, .required)
            .field("position_locations", .string, .required)
            .field("start_date", .string)
            .field("end_date", .string)
            .field("schedule_text", .string, .required)
            .field("school_share", .string, .required)
            .field("company_share", .string, .required)
            .field("assessment", .string, .required)
            .field("inspection", .string, .required)
            .field("accident_by", .string)
            .field("premium_by", .string)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "placement_id")
            .create()

        try await database.schema("agreement_signatures")
            .id()
            .field("agreement_id", .uuid, .required, .references("agreements", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("name", .string, .required)
            .field("signed_on", .string, .required)
            .field("method", .string, .required)
            .field("recorded_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("recorded_at", .datetime, .required)
            .create()

        try await database.schema("placement_schedules")
            .id()
            .field("placement_id", .uuid, .required, .references("placements", "id", onDelete: .cascade))
            .field("stage_kind", .string, .required)
            .field("days", .string, .required)
            .field("exceptions", .string, .required)
            .field("violation_count", .int, .required)
            .field("override_reason", .string)
            .field("updated_at", .datetime)
            .unique(on: "placement_id")
            .create()

        try await database.schema("readiness_decisions")
            .id()
            .field("student_id", .uuid, .required, .references("students", "id", onDelete: .cascade))
            .field("criterion", .string, .required)
            .field("met", .bool, .required)
            .field("note", .string, .required)
            .field("decided_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("decided_by_name", .string, .required)
            .field("decided_on", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["readiness_decisions", "placement_schedules", "agreement_signatures", "agreements"] {
            try await database.schema(table).delete()
        }
        try await database.schema("placement_status_changes").deleteField("agreement_exception").update()
        try await database.schema("schools").deleteField("exclude_delivery_services").update()
        try await database.schema("students").deleteField("certificates").update()
    }
}
