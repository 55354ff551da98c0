import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Vapor

/// Read model for the supervision plan of many stages at once (the coordinator's home page): only the columns the
/// plan needs, as plain structs read with SQLKit — no Fluent models, no eager-loaded student, company and period per
/// row. The plan itself is the same Core rule (`SupervisionPlan.items`) with the same inputs as `SupervisionService`:
/// the agreement's own dates where filled in, else the period's; the support rhythm for a student who needs it.
enum SupervisionPlanRows {
    struct Row: Decodable, Sendable {
        let id: UUID
        let supervisor_id: UUID?
        let needs_support: Bool
        let period_start: String
        let period_end: String
        let agreement_start: String?
        let agreement_end: String?
        var status: String? = nil

        /// `SupervisionService.stageDates`: the agreement's dates when both parse and are in order, else the period's.
        var span: (start: LocalDate, end: LocalDate)? {
            guard let periodStart = LocalDate(iso: period_start), let periodEnd = LocalDate(iso: period_end) else { return nil }
            let start = agreement_start.flatMap(LocalDate.init(iso:)) ?? periodStart
            let end = agreement_end.flatMap(LocalDate.init(iso:)) ?? periodEnd
            return start <= end ? (start, end) : (periodStart, periodEnd)
        }
    }

    struct Done: Decodable, Sendable { let placement_id: UUID; let kind: String; let done_on: String }

    /// The Core plan of one stage from its recorded visits and contact moments (rows of any placement; only this
    /// stage's are passed in). The one place the read models turn rows into a plan.
    static func plan(span: (start: LocalDate, end: LocalDate), needsSupport: Bool, status: PlacementStatus, done: [Done],
                     school: SchoolModel, today: LocalDate) -> [SupervisionItem] {
        let records = done.compactMap { record -> (kind: SupervisionKind, on: LocalDate)? in
            guard let kind = SupervisionKind(rawValue: record.kind), let date = LocalDate(iso: record.done_on) else { return nil }
            return (kind, date)
        }
        return SupervisionPlan.items(start: span.start, end: span.end,
                                     intervalWeeks: needsSupport ? school.visitIntervalSupportWeeks : school.visitIntervalWeeks,
                                     today: today, done: records, status: status)
    }

    /// The running stages of a school with their plan (two queries, whatever the number of stages); with a period and
    /// statuses, the stages of that period in those statuses (the supervision overview counts completed ones too).
    static func running(school: SchoolModel, today: LocalDate, period: UUID? = nil, statuses: [PlacementStatus] = [.active],
                        on db: any Database) async throws -> [(row: Row, items: [SupervisionItem])] {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let schoolID = try school.requireID()
        let periodFilter: SQLQueryString = period.map { "AND p.period_id = \(bind: $0)" } ?? ""
        let statusFilter: SQLQueryString = "AND p.status IN (\(binds: statuses.map(\.rawValue)))"
        let rows = try await sql.raw("""
            SELECT p.id, p.supervisor_id, p.status, s.needs_support, sp.start_date AS period_start, sp.end_date AS period_end,
              a.start_date AS agreement_start, a.end_date AS agreement_end
            FROM placements p JOIN students s ON s.id = p.student_id JOIN stage_periods sp ON sp.id = p.period_id
            LEFT JOIN agreements a ON a.placement_id = p.id
            WHERE p.school_id = \(bind: schoolID) \(statusFilter) \(periodFilter)
            """).all(decoding: Row.self)
        let done = try await sql.raw("""
            SELECT r.placement_id, r.kind, r.done_on FROM supervision_records r JOIN placements p ON p.id = r.placement_id
            WHERE p.school_id = \(bind: schoolID) \(statusFilter) \(periodFilter)
            """).all(decoding: Done.self)
        let doneByPlacement = Dictionary(grouping: done, by: \.placement_id)
        return rows.compactMap { row in
            guard let span = row.span else { return nil }
            return (row, plan(span: span, needsSupport: row.needs_support,
                              status: row.status.flatMap(PlacementStatus.init(rawValue:)) ?? .active,
                              done: doneByPlacement[row.id] ?? [], school: school, today: today))
        }
    }

    /// Names of the school's supervisors by user id.
    static func supervisorNames(school: UUID, on db: any Database) async throws -> [UUID: String] {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        struct Name: Decodable { let user_id: UUID; let name: String }
        let names = try await sql.raw("""
            SELECT m.user_id, u.name FROM memberships m JOIN users u ON u.id = m.user_id
            WHERE m.school_id = \(bind: school) AND m.role = 'supervisor'
            """).all(decoding: Name.self)
        return Dictionary(names.map { ($0.user_id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// Visits and contact moments overdue on running stages, per supervisor (the coordinator's home page).
    static func overduePerSupervisor(school: SchoolModel, today: LocalDate,
                                     on db: any Database) async throws -> [(name: String, visits: Int, contacts: Int)] {
        let running = try await running(school: school, today: today, on: db)
        let names = try await supervisorNames(school: school.requireID(), on: db)
        var rows: [String: (visits: Int, contacts: Int)] = [:]
        for (row, items) in running {
            let overdue = items.filter { $0.state == .overdue }
            let name = row.supervisor_id.flatMap { names[$0] } ?? "nog geen begeleider"
            let visits = overdue.filter { $0.kind == .visit }.count
            rows[name, default: (0, 0)].visits += visits
            rows[name, default: (0, 0)].contacts += overdue.count - visits
        }
        return rows.filter { $0.value.visits + $0.value.contacts > 0 }
            .map { (name: $0.key, visits: $0.value.visits, contacts: $0.value.contacts) }.sorted { $0.name < $1.name }
    }
}
