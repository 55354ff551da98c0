import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Vapor

/// The running and about-to-run stages (status agreement or active) of a school, of one supervisor or of one
/// mentor's students: the rows behind the supervisor's home page and `/begeleiding` (issue 16: one SQL query of the
/// shown columns, the plan from the Core rule `SupervisionPlan.items` with the same inputs as `SupervisionService`).
enum CaseloadRows {
    struct Row: Decodable, Sendable {
        let first_name: String, last_name: String, class_name: String, school_year_level: Int
        let id: UUID, student_id: UUID, supervisor_id: UUID?, status: String, company_name: String, needs_support: Bool
        let period_start: String, period_end: String, agreement_start: String?, agreement_end: String?

        var student: StudentLine.Student {
            .init(id: student_id, first_name: first_name, last_name: last_name, class_name: class_name,
                  needs_support: needs_support, school_year_level: school_year_level)
        }
        var stage: StudentLine.Stage {
            .init(id: id, student_id: student_id, status: status, company_name: company_name, needs_support: needs_support,
                  period_start: period_start, period_end: period_end, agreement_start: agreement_start, agreement_end: agreement_end)
        }
    }

    static func load(school: UUID, supervisor: UUID?, mentor: UUID? = nil, on db: any Database) async throws -> [Row] {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        var filter: SQLQueryString = ""
        if let supervisor { filter = filter + " AND p.supervisor_id = \(bind: supervisor)" }
        if let mentor { filter = filter + " AND s.mentor_id = \(bind: mentor)" }
        return try await sql.raw("""
            SELECT s.first_name, s.last_name, s.class_name, s.school_year_level, p.supervisor_id, \(StaffHome.stageColumns)
            WHERE p.school_id = \(bind: school) AND p.status IN ('agreement', 'active')
            """ + filter + " ORDER BY s.class_name, s.last_name, s.first_name, p.id").all(decoding: Row.self)
    }

    /// The supervision plan of each running stage among `stages`, by placement id (stages not running get none).
    static func plans(_ stages: [StudentLine.Stage], school: SchoolModel, today: LocalDate,
                      on db: any Database) async throws -> [UUID: [SupervisionItem]] {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let running = stages.filter { $0.placementStatus == .active }
        guard !running.isEmpty else { return [:] }
        let done = try await sql.raw("""
            SELECT placement_id, kind, done_on FROM supervision_records WHERE placement_id IN (\(binds: running.map(\.id)))
            """).all(decoding: SupervisionPlanRows.Done.self)
        let doneByPlacement = Dictionary(grouping: done, by: \.placement_id)
        var plans: [UUID: [SupervisionItem]] = [:]
        for stage in running {
            guard let span = stage.span else { continue }
            plans[stage.id] = SupervisionPlanRows.plan(span: span, needsSupport: stage.needs_support, status: .active,
                                                       done: doneByPlacement[stage.id] ?? [], school: school, today: today)
        }
        return plans
    }
}
