import Fluent
import SQLKit
import StagelijnCore
import Vapor

/// The dashboard's SQL: one row per stage with its counts (visits, contact moments, assessments due and on time,
/// evaluations sent and answered per perspective) and breakdown keys, aggregated by the database; the meldpunt's
/// reports per school year; satisfaction with the guidance from the evaluations. No names are selected.
enum QualityFactsQuery {
    struct FactRow: Decodable {
        let pid: UUID
        let school_name: String
        let school_year: String
        let school_type: String
        let year_level: Int
        let sector: String
        let needs_support: Int
        let period_start: String
        let period_end: String
        let agreement_start: String?
        let agreement_end: String?
        let status: String
        let started: Int
        let signed: Int
        let exception: Int
        let visits: Int
        let contacts: Int
        let assessments_due: Int
        let assessments_on_time: Int
        let interval_weeks: Int
        let interval_support_weeks: Int
    }

    static func stages(schools: [UUID], today: LocalDate, on db: any Database) async throws -> [StageQualityFact] {
        guard let sql = db as? any SQLDatabase, !schools.isEmpty else { return [] }
        let ids = SQLList(schools.map { SQLBind($0) })
        // Children are counted once per table in derived tables joined on the stage (not a subquery per stage): one
        // pass over visits, assessments and status changes however many stages the school has.
        let rows = try await sql.raw("""
            SELECT p.id AS pid, sc.name AS school_name, sp.school_year AS school_year, s.school_type AS school_type,
              s.school_year_level AS year_level, pos.sector AS sector,
              CASE WHEN s.needs_support THEN 1 ELSE 0 END AS needs_support,
              sp.start_date AS period_start, sp.end_date AS period_end,
              ag.start_date AS agreement_start, ag.end_date AS agreement_end, p.status AS status,
              COALESCE(ch.started, 0) AS started,
              CASE WHEN \(unsafeRaw: AgreementSQL.fullySigned) THEN 1 ELSE 0 END AS signed,
              COALESCE(ch.exception, 0) AS exception,
              COALESCE(v.visits, 0) AS visits, COALESCE(v.contacts, 0) AS contacts,
              COALESCE(x.due, 0) AS assessments_due, COALESCE(x.on_time, 0) AS assessments_on_time,
              sc.visit_interval_weeks AS interval_weeks, sc.visit_interval_support_weeks AS interval_support_weeks
            FROM placements p
            JOIN students s ON s.id = p.student_id
            JOIN positions pos ON pos.id = p.position_id
            JOIN stage_periods sp ON sp.id = p.period_id
            JOIN schools sc ON sc.id = p.school_id
            LEFT JOIN (SELECT a.placement_id AS pid, MIN(a.start_date) AS start_date, MIN(a.end_date) AS end_date
                       FROM agreements a GROUP BY a.placement_id) ag ON ag.pid = p.id
            LEFT JOIN (SELECT c.placement_id AS pid, MAX(CASE WHEN c.to_status = 'active' THEN 1 ELSE 0 END) AS started,
                              MAX(CASE WHEN c.agreement_exception THEN 1 ELSE 0 END) AS exception
                       FROM placement_status_changes c GROUP BY c.placement_id) ch ON ch.pid = p.id
            LEFT JOIN (SELECT r.placement_id AS pid, COUNT(CASE WHEN r.kind = 'bezoek' THEN 1 END) AS visits,
                              COUNT(DISTINCT CASE WHEN r.kind IN ('contact-start', 'contact-midden', 'contact-eind') THEN r.kind END) AS contacts
                       FROM supervision_records r GROUP BY r.placement_id) v ON v.pid = p.id
            LEFT JOIN (SELECT y.placement_id AS pid,
                              COUNT(CASE WHEN y.completed_on IS NOT NULL OR y.due_on < \(bind: today.iso) THEN 1 END) AS due,
                              COUNT(CASE WHEN y.completed_on IS NOT NULL AND y.completed_on <= y.due_on THEN 1 END) AS on_time
                       FROM assessments y GROUP BY y.placement_id) x ON x.pid = p.id
            WHERE p.school_id IN (\(ids)) AND p.status IN ('agreement', 'active', 'completed', 'terminated')
            """).all(decoding: FactRow.self)
        let evaluations = try await evaluationCounts(schools: schools, sql: sql)
        return rows.compactMap { row in
            guard let periodStart = LocalDate(iso: row.period_start), let periodEnd = LocalDate(iso: row.period_end) else { return nil }
            var start = row.agreement_start.flatMap(LocalDate.init(iso:)) ?? periodStart
            var end = row.agreement_end.flatMap(LocalDate.init(iso:)) ?? periodEnd
            if end < start { (start, end) = (periodStart, periodEnd) }
            let support = row.needs_support != 0
            return StageQualityFact(
                placementID: row.pid.uuidString, schoolName: row.school_name, schoolYear: row.school_year,
                schoolType: SchoolType(rawValue: row.school_type) ?? .praktijkonderwijs, yearLevel: row.year_level,
                sector: Sector(rawValue: row.sector) ?? .householdCare, needsSupport: support, start: start, end: end,
                started: row.started != 0, completed: row.status == "completed", terminated: row.status == "terminated",
                fullySigned: row.signed != 0, startedWithException: row.exception != 0, visits: row.visits,
                contactKinds: row.contacts, intervalWeeks: max(1, support ? row.interval_support_weeks : row.interval_weeks),
                assessmentsDue: row.assessments_due, assessmentsOnTime: row.assessments_on_time,
                evaluations: evaluations[row.pid] ?? [:])
        }
    }

    /// Evaluations sent and answered per stage and perspective, counted by the database.
    static func evaluationCounts(schools: [UUID], sql: any SQLDatabase) async throws -> [UUID: [EvaluationPerspective: QualityRatio]] {
        struct Row: Decodable { let pid: UUID; let perspective: String; let sent: Int; let answered: Int }
        let rows = try await sql.raw("""
            SELECT e.placement_id AS pid, e.perspective AS perspective, COUNT(*) AS sent, COUNT(e.answered_at) AS answered
            FROM evaluations e WHERE e.school_id IN (\(SQLList(schools.map { SQLBind($0) })))
            GROUP BY e.placement_id, e.perspective
            """).all(decoding: Row.self)
        var result: [UUID: [EvaluationPerspective: QualityRatio]] = [:]
        for row in rows {
            guard let perspective = EvaluationPerspective(rawValue: row.perspective) else { continue }
            result[row.pid, default: [:]][perspective] = QualityRatio(met: row.answered, counted: row.sent)
        }
        return result
    }

    /// Meldpunt reports per school year (by the day received): received, counted for the deadline, answered in time,
    /// and the average number of days to the first reaction.
    struct ReportYear: Decodable {
        let received_on: String
        let response_due: String
        let first_response_on: String?
    }

    static func reports(school: UUID, on db: any Database) async throws -> [ReportYear] {
        guard let sql = db as? any SQLDatabase else { return [] }
        // Only three short date columns per report; the school's reports over all years are a few hundred at most.
        return try await sql.raw("""
            SELECT received_on, response_due, first_response_on FROM incident_reports WHERE school_id = \(bind: school)
            """).all(decoding: ReportYear.self)
    }

    /// Satisfaction with the school's and the company's guidance: per school year and perspective, answers to the
    /// items of the two guidance themes with 4 or 5 on the 5-point scale, counted by the database.
    struct SatisfactionRow: Decodable {
        let school_year: String
        let perspective: String
        let item_key: String
        let answers: Int
        let satisfied: Int
    }

    static func satisfaction(school: UUID, on db: any Database) async throws -> [SatisfactionRow] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.raw("""
            SELECT sp.school_year AS school_year, e.perspective AS perspective, an.item_key AS item_key, COUNT(*) AS answers,
              CAST(SUM(CASE WHEN an.score >= 4 THEN 1 ELSE 0 END) AS BIGINT) AS satisfied
            FROM evaluation_answers an
            JOIN evaluations e ON e.id = an.evaluation_id
            JOIN placements p ON p.id = e.placement_id
            JOIN stage_periods sp ON sp.id = p.period_id
            WHERE e.school_id = \(bind: school) AND an.score IS NOT NULL AND an.item_key IN ('begeleiding-school', 'begeleiding-bedrijf')
            GROUP BY sp.school_year, e.perspective, an.item_key
            """).all(decoding: SatisfactionRow.self)
    }
}
