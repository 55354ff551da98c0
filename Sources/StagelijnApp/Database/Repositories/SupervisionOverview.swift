import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Vapor

/// The coordinator's figures for a period (and later the quality dashboard's): running stages without a complete,
/// signed agreement, visits planned against done per supervisor, contact moments missed, hours confirmed or open.
/// Counts and sums are done by the database; only the supervision plan (a Core rule of dates) needs the placements.
struct SupervisionOverview {
    struct Exception { let student: String; let reason: String; let by: String; let at: Date }
    struct Unsigned { let placementID: UUID; let student: String; let exception: Bool }
    struct SupervisorRow {
        let name: String; let placements: Int; let visitsDue: Int; let visitsDone: Int; let visitsOverdue: Int
        let contactsMissed: Int
    }
    struct Hours: Decodable {
        var confirmed: Int = 0, open: Int = 0, corrections: Int = 0, violations: Int = 0
    }

    let running: Int
    /// Running stages whose agreement is missing or not complete and fully signed, with or without an exception.
    let unsigned: [Unsigned]
    /// Every exception recorded when a stage of the period started (also of stages that ended since).
    let exceptions: [Exception]
    let supervisors: [SupervisorRow]
    let hours: Hours

    var unsignedWithException: Int { unsigned.filter(\.exception).count }
    var unsignedWithoutException: Int { unsigned.count - unsignedWithException }

    static func load(school: SchoolModel, period: StagePeriodModel, today: LocalDate, on db: any Database) async throws -> SupervisionOverview {
        let schoolID = try school.requireID(), periodID = try period.requireID()
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "Geen SQL-database.") }
        let running = try await PlacementModel.query(on: db).filter(\.$school.$id == schoolID).filter(\.$period.$id == periodID)
            .filter(\.$status == .active).count()
        let starts = try await PlacementStatusChangeModel.query(on: db).filter(\.$toStatus == .active).filter(\.$agreementException == true)
            .join(PlacementModel.self, on: \PlacementStatusChangeModel.$placement.$id == \PlacementModel.$id)
            .filter(PlacementModel.self, \.$school.$id == schoolID).filter(PlacementModel.self, \.$period.$id == periodID)
            .join(StudentModel.self, on: \PlacementModel.$student.$id == \StudentModel.$id)
            .with(\.$changedBy).sort(\.$changedAt).all()
        let exceptions = try starts.map {
            let student = try $0.joined(StudentModel.self)
            return Exception(student: student.fullName, reason: $0.reason, by: $0.$changedBy.value??.name ?? "systeem", at: $0.changedAt)
        }
        return SupervisionOverview(
            running: running, unsigned: try await unsignedAgreements(school: schoolID, period: periodID, on: sql),
            exceptions: exceptions, supervisors: try await supervisorRows(school: school, period: periodID, today: today, on: db),
            hours: try await hours(school: schoolID, period: periodID, on: sql))
    }

    /// Running stages whose agreement is not complete and fully signed (WVO art. 35): none yet, not sent for signing
    /// (sending needs the complete content; a content change takes it back to draft and voids the signatures), a
    /// signature of school, student or company missing, or — for a student under 18 on the day the last of those
    /// signed (`AgreementCompleteness.parentSignatureRequired`) — no parent's signature. Dates are ISO text, so
    /// `yyyymmdd` as a number compares them on SQLite and PostgreSQL alike.
    static func unsignedAgreements(school: UUID, period: UUID, on sql: any SQLDatabase) async throws -> [Unsigned] {
        struct Row: Decodable { let id: UUID; let first_name: String; let last_name: String; let exception: Int }
        let rows = try await sql.raw("""
            SELECT p.id, s.first_name, s.last_name,
              (SELECT COUNT(*) FROM placement_status_changes c WHERE c.placement_id = p.id AND c.to_status = 'active'
                AND c.agreement_exception = \(bind: true)) AS exception
            FROM placements p JOIN students s ON s.id = p.student_id
            WHERE p.school_id = \(bind: school) AND p.period_id = \(bind: period) AND p.status = 'active'
            AND NOT \(unsafeRaw: AgreementSQL.fullySigned)
            ORDER BY s.last_name, s.first_name
            """).all(decoding: Row.self)
        return rows.map { Unsigned(placementID: $0.id, student: "\($0.first_name) \($0.last_name)", exception: $0.exception > 0) }
    }

    /// Minutes the company confirmed and minutes still open, corrections the company asked for, and days that break a
    /// youth labour rule, over the period's stages. Times are stored as `HH:MM` (`ClockTime.description`); the sums are
    /// cast because PostgreSQL sums a bigint column into a numeric.
    static func hours(school: UUID, period: UUID, on sql: any SQLDatabase) async throws -> Hours {
        let worked: SQLQueryString = """
            ((CAST(SUBSTR(h."end", 1, 2) AS INTEGER) * 60 + CAST(SUBSTR(h."end", 4, 2) AS INTEGER))
             - (CAST(SUBSTR(h.start, 1, 2) AS INTEGER) * 60 + CAST(SUBSTR(h.start, 4, 2) AS INTEGER)) - h.break_minutes)
            """
        let query: SQLQueryString = """
            SELECT CAST(COALESCE(SUM(CASE WHEN h.confirmed_at IS NOT NULL THEN \(worked) ELSE 0 END), 0) AS BIGINT) AS confirmed,
              CAST(COALESCE(SUM(CASE WHEN h.confirmed_at IS NULL THEN \(worked) ELSE 0 END), 0) AS BIGINT) AS open,
              CAST(COALESCE(SUM(CASE WHEN h.confirmed_at IS NULL AND h.company_comment IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) AS corrections,
              CAST(COALESCE(SUM(CASE WHEN h.violations <> '' THEN 1 ELSE 0 END), 0) AS BIGINT) AS violations
            FROM hour_entries h JOIN placements p ON p.id = h.placement_id
            WHERE p.school_id = \(bind: school) AND p.period_id = \(bind: period)
            """
        return try await sql.raw(query).first(decoding: Hours.self) ?? Hours()
    }

    /// Visits and contact moments per supervisor over the period's running and completed stages: due until today,
    /// done, overdue now; contact moments missed (overdue on a running stage, not done on a completed one).
    static func supervisorRows(school: SchoolModel, period: UUID, today: LocalDate, on db: any Database) async throws -> [SupervisorRow] {
        let stages = try await SupervisionPlanRows.running(school: school, today: today, period: period, statuses: [.active, .completed], on: db)
        let names = try await SupervisionPlanRows.supervisorNames(school: school.requireID(), on: db)
        return Dictionary(grouping: stages) { $0.row.supervisor_id }.map { supervisor, list -> SupervisorRow in
            let all = list.flatMap(\.items)
            let visits = all.filter { $0.kind == .visit && ($0.dueDate <= today || $0.state == .done) }
            return SupervisorRow(name: supervisor.flatMap { names[$0] } ?? "zonder begeleider", placements: list.count,
                                 visitsDue: visits.count, visitsDone: visits.filter { $0.state == .done }.count,
                                 visitsOverdue: visits.filter { $0.state == .overdue }.count,
                                 contactsMissed: all.filter { $0.kind != .visit && ($0.state == .overdue || $0.state == .missed) }.count)
        }.sorted { $0.name < $1.name }
    }
}
