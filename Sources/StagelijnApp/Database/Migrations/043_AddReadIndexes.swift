import Fluent
import SQLKit

/// Issue 16: indexes for the columns the pages filter and join on. PostgreSQL (and SQLite) index a unique constraint
/// but never a foreign key by itself, so until now every "the visits of these stages" or "the stages of this school"
/// read the whole table: unnoticed in a demo school, seconds on a board of 10,000 students.
/// A column that leads a unique constraint (`hour_entries.placement_id`, `agreements.placement_id`, …) is indexed
/// already and is not repeated here. `IF NOT EXISTS` on both databases, so a revert-and-redo is safe.
struct AddReadIndexes: AsyncMigration {
    /// (table, columns) — one index each, named `idx_<table>_<columns>`.
    static let indexes: [(table: String, columns: [String])] = [
        ("placements", ["school_id", "status"]),
        ("placements", ["school_id", "period_id"]),
        ("placements", ["student_id"]),
        ("placements", ["position_id"]),
        ("placements", ["period_id"]),
        ("placements", ["supervisor_id"]),
        ("placement_status_changes", ["placement_id"]),
        ("supervision_records", ["placement_id"]),
        ("assessments", ["placement_id"]),
        ("assessment_parts", ["assessment_id"]),
        ("placement_goals", ["placement_id"]),
        ("placement_assignments", ["placement_id"]),
        ("placement_assignments", ["school_id"]),
        ("access_links", ["placement_id"]),
        ("agreement_signatures", ["agreement_id"]),
        ("agreements", ["school_id"]),
        ("evaluations", ["school_id"]),
        ("company_declines", ["school_id"]),
        ("company_declines", ["placement_id"]),
        ("positions", ["company_id"]),
        ("companies", ["board_id"]),
        ("students", ["mentor_id"]),
        ("student_guardians", ["student_id"]),
        ("memberships", ["school_id"]),
        ("memberships", ["student_id"]),
        ("stage_periods", ["school_id"]),
        ("student_preferences", ["period_id"]),
        ("student_preferences", ["position_id"]),
        ("matching_runs", ["school_id"]),
        ("matching_overrides", ["student_id"]),
        ("audit_entries", ["school_id"]),
        ("audit_entries", ["entity_id"]),
        ("audit_entries", ["actor_id"]),
        ("outbox_messages", ["school_id"]),
        ("incident_reports", ["school_id"]),
        ("incident_reports", ["company_id"]),
        ("incident_entries", ["report_id"]),
        ("incident_shared_summaries", ["report_id"]),
        ("incident_shared_summaries", ["recipient_id"]),
        ("dropouts", ["school_id"]),
        ("dropouts", ["student_id"]),
        ("outflows", ["school_id"]),
        ("aftercare_contacts", ["school_id"]),
        ("allowances", ["school_id"]),
        ("stage_line_steps", ["student_id"]),
        ("stage_line_steps", ["school_id"]),
        ("stage_line_decisions", ["student_id"]),
        ("readiness_decisions", ["student_id"]),
        ("interest_tests", ["student_id"]),
        ("group_stage_slots", ["location_id"]),
        ("group_stage_slots", ["student_id"]),
        ("group_stage_attendance", ["location_id"]),
        ("pending_imports", ["school_id"]),
        ("goal_templates", ["school_id"]),
        ("assignment_templates", ["school_id"]),
        ("workplace_mentor_digests", ["access_link_id"]),
    ]

    static func name(_ index: (table: String, columns: [String])) -> String {
        "idx_\(index.table)_\(index.columns.joined(separator: "_"))"
    }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.raw("""
                CREATE INDEX IF NOT EXISTS \(ident: Self.name(index)) ON \(ident: index.table) \
                (\(unsafeRaw: index.columns.map { "\"\($0)\"" }.joined(separator: ", ")))
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            try await sql.raw("DROP INDEX IF EXISTS \(ident: Self.name(index))").run()
        }
    }
}
