import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Vapor

/// One student on a staff member's home page: the stage (if any) in the current period and its signals.
/// Plain values read by SQL (issue 16): the page shows a handful of columns per student, so nothing is decoded into
/// Fluent models.
struct StudentLine {
    struct Student: Decodable, Sendable {
        let id: UUID
        let first_name: String
        let last_name: String
        let class_name: String
        let needs_support: Bool
        let school_year_level: Int
        var fullName: String { "\(first_name) \(last_name)" }
    }

    struct Stage: Decodable, Sendable {
        let id: UUID
        let student_id: UUID
        let status: String
        let company_name: String
        let needs_support: Bool
        let period_start: String
        let period_end: String
        let agreement_start: String?
        let agreement_end: String?
        var placementStatus: PlacementStatus { PlacementStatus(rawValue: status) ?? .proposed }

        /// `SupervisionService.stageDates`: the agreement's dates when both parse and are in order, else the period's.
        var span: (start: LocalDate, end: LocalDate)? {
            SupervisionPlanRows.Row(id: id, supervisor_id: nil, needs_support: needs_support, period_start: period_start,
                                    period_end: period_end, agreement_start: agreement_start, agreement_end: agreement_end).span
        }
    }

    let student: Student
    let placement: Stage?
    var next: SupervisionItem?
    var overdue = 0
    var openHourDays = 0
    var violationDays = 0
    /// The next assessment when it is due within a week or overdue (issue 11: due dates on home pages).
    var assessment: AssessmentAgenda.Row?
}

/// The lists behind the supervisor's, mentor's and care coordinator's home pages. Each is one caseload or class
/// (tens of students): a few SQL queries of the shown columns, whatever the number of rows, and the plan dates from
/// the Core's supervision plan (`SupervisionPlan.items`, the same rule and inputs as `SupervisionService`).
enum StaffHome {
    private static let studentColumns: SQLQueryString =
        "s.id, s.first_name, s.last_name, s.class_name, s.needs_support, s.school_year_level"
    static let stageColumns: SQLQueryString = """
        p.id, p.student_id, p.status, c.name AS company_name, s.needs_support,
        sp.start_date AS period_start, sp.end_date AS period_end, a.start_date AS agreement_start, a.end_date AS agreement_end
        FROM placements p JOIN students s ON s.id = p.student_id JOIN positions po ON po.id = p.position_id
        JOIN companies c ON c.id = po.company_id JOIN stage_periods sp ON sp.id = p.period_id
        LEFT JOIN agreements a ON a.placement_id = p.id
        """

    /// The supervisor's running and about-to-run stages, with what is due or overdue.
    static func caseload(school: SchoolModel, supervisor: UUID, today: LocalDate, on db: any Database) async throws -> [StudentLine] {
        let rows = try await CaseloadRows.load(school: school.requireID(), supervisor: supervisor, on: db)
        return try await lines(rows.map { ($0.student, $0.stage) }, school: school, today: today, on: db)
    }

    /// The students of a mentor's class, or of the school with a support need; former students (left school by today)
    /// are not listed.
    enum Students { case mentor(UUID), supportNeeds }

    /// Students of a class (mentor) or with a support need (care coordinator), with their stage in the period.
    static func students(_ which: Students, school: SchoolModel, period: StagePeriodModel?,
                         today: LocalDate, on db: any Database) async throws -> [StudentLine] {
        let sql = try sqlDatabase(db)
        let schoolID = try school.requireID()
        let condition: SQLQueryString = switch which {
        case let .mentor(id): "s.mentor_id = \(bind: id)"
        case .supportNeeds: "s.needs_support = \(bind: true)"
        }
        let students = try await sql.raw("""
            SELECT \(studentColumns) FROM students s
            WHERE s.school_id = \(bind: schoolID) AND \(condition) AND \(StudentDepartureModel.stillAtSchoolSQL("s", on: today))
            ORDER BY s.class_name, s.last_name, s.first_name
            """).all(decoding: StudentLine.Student.self)
        var stages: [UUID: StudentLine.Stage] = [:]
        if let periodID = period?.id, !students.isEmpty {
            for stage in try await sql.raw("""
                SELECT \(stageColumns)
                WHERE p.school_id = \(bind: schoolID) AND p.period_id = \(bind: periodID)
                AND p.student_id IN (\(binds: students.map(\.id)))
                """).all(decoding: StudentLine.Stage.self) {
                // An ended-early stage gives way to a new one in the same period.
                if let existing = stages[stage.student_id], existing.placementStatus != .terminated { continue }
                stages[stage.student_id] = stage
            }
        }
        return try await lines(students.map { ($0, stages[$0.id]) }, school: school, today: today, on: db)
    }

    private static func lines(_ pairs: [(StudentLine.Student, StudentLine.Stage?)], school: SchoolModel, today: LocalDate,
                              on db: any Database) async throws -> [StudentLine] {
        let stages = pairs.compactMap(\.1)
        guard !stages.isEmpty else { return pairs.map { StudentLine(student: $0.0, placement: nil) } }
        let plans = try await CaseloadRows.plans(stages, school: school, today: today, on: db)
        let hoursByPlacement = try await HoursService.signals(placements: stages.map(\.id), on: db)
        let names = Dictionary(pairs.map { ($0.0.id, $0.0.fullName) }, uniquingKeysWith: { a, _ in a })
        let assessments = try await AssessmentAgenda.open(
            for: stages.map { .init(id: $0.id, student: names[$0.student_id] ?? "", company: $0.company_name) }, today: today, on: db)
            .filter { $0.status == .overdue || $0.status == .dueSoon }
        return pairs.map { student, stage in
            var line = StudentLine(student: student, placement: stage)
            guard let id = stage?.id else { return line }
            let plan = plans[id] ?? []
            line.next = plan.first { $0.state != .done }
            line.overdue = plan.filter { $0.state == .overdue }.count
            line.openHourDays = hoursByPlacement[id]?.open ?? 0
            line.violationDays = hoursByPlacement[id]?.violations ?? 0
            line.assessment = assessments.first { $0.placementID == id }
            return line
        }
    }

    private static func sqlDatabase(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        return sql
    }
}
