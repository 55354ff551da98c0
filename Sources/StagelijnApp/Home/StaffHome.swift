import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// One student on a staff member's home page: the stage (if any) in the current period and its signals.
struct StudentLine {
    let student: StudentModel
    let placement: PlacementModel?
    var next: SupervisionItem?
    var overdue = 0
    var openHourDays = 0
    var violationDays = 0
    /// The next assessment when it is due within a week or overdue (issue 11: due dates on home pages).
    var assessment: AssessmentAgenda.Row?
}

/// The lists behind the supervisor's, mentor's and care coordinator's home pages. Each is one caseload or class
/// (tens of students), so the rows are loaded; plan dates come from the Core's supervision plan.
enum StaffHome {
    /// The supervisor's running and about-to-run stages, with what is due or overdue.
    static func caseload(school: SchoolModel, supervisor: UUID, today: LocalDate, on db: any Database) async throws -> [StudentLine] {
        let placements = try await SupervisionService.caseload(school: school.requireID(), supervisor: supervisor, on: db)
        return try await lines(placements.map { ($0.student, $0) }, school: school, today: today, on: db)
    }

    /// Students of a class (mentor) or with a support need (care coordinator), with their stage in the period.
    static func students(_ query: QueryBuilder<StudentModel>, school: SchoolModel, period: StagePeriodModel?,
                         today: LocalDate, on db: any Database) async throws -> [StudentLine] {
        let students = try await query.sort(\.$className).sort(\.$lastName).sort(\.$firstName).all()
        let ids = students.compactMap(\.id)
        var placements: [UUID: PlacementModel] = [:]
        if let periodID = period?.id, !ids.isEmpty {
            for placement in try await PlacementModel.query(on: db).filter(\.$student.$id ~~ ids).filter(\.$period.$id == periodID)
                .with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).all() {
                // An ended-early stage gives way to a new one in the same period.
                if let existing = placements[placement.$student.id], existing.status != .terminated { continue }
                placements[placement.$student.id] = placement
            }
        }
        return try await lines(students.map { ($0, $0.id.flatMap { placements[$0] }) }, school: school, today: today, on: db)
    }

    private static func lines(_ pairs: [(StudentModel, PlacementModel?)], school: SchoolModel, today: LocalDate,
                              on db: any Database) async throws -> [StudentLine] {
        let running = pairs.compactMap(\.1).filter { $0.status == .active }
        let items = try await SupervisionService.items(for: running, school: school, today: today, on: db)
        let ids = pairs.compactMap { $0.1?.id }
        let entries = ids.isEmpty ? [] : try await HourEntryModel.query(on: db).filter(\.$placement.$id ~~ ids).all()
        let byPlacement = Dictionary(grouping: entries, by: { $0.$placement.id })
        let assessments = try await AssessmentAgenda.open(for: pairs.compactMap(\.1), today: today, on: db)
            .filter { $0.status == .overdue || $0.status == .dueSoon }
        return pairs.map { student, placement in
            var line = StudentLine(student: student, placement: placement)
            guard let id = placement?.id else { return line }
            let plan = items[id] ?? []
            line.next = plan.first { $0.state != .done }
            line.overdue = plan.filter { $0.state == .overdue }.count
            line.openHourDays = (byPlacement[id] ?? []).filter { $0.confirmedAt == nil }.count
            line.violationDays = (byPlacement[id] ?? []).filter { !$0.violations.isEmpty }.count
            line.assessment = assessments.first { $0.placementID == id }
            return line
        }
    }
}

/// School-wide figures without names, for leadership and the inspector (until the quality dashboard replaces them).
struct SchoolFigures {
    var studentsExpected = 0
    var studentsPlaced = 0
    var started = 0
    var startedWithoutSignedAgreement = 0
    var visitsDue = 0
    var visitsDone = 0
    var terminated = 0

    static func load(school: SchoolModel, period: StagePeriodModel?, today: LocalDate, now: Date,
                     on db: any Database) async throws -> SchoolFigures {
        var figures = SchoolFigures()
        guard let period, let periodID = period.id else { return figures }
        let schoolID = try school.requireID()
        let attention = try await CoordinatorAttention.load(school: schoolID, period: period, today: today, now: now, on: db)
        figures.studentsExpected = attention.levels.reduce(0) { $0 + $1.students }
        figures.studentsPlaced = attention.levels.reduce(0) { $0 + $1.placed }
        let inPeriod = PlacementModel.query(on: db).filter(\.$school.$id == schoolID).filter(\.$period.$id == periodID)
        figures.terminated = try await inPeriod.copy().filter(\.$status == .terminated).count()
        // The same rule as the coordinator's "running without a signed agreement", over every stage that ever started.
        if let sql = db as? any SQLDatabase {
            let started: SQLQueryString = """
                SELECT COUNT(*) AS n FROM placements p JOIN students s ON s.id = p.student_id
                WHERE p.school_id = \(bind: schoolID) AND p.period_id = \(bind: periodID)
                AND EXISTS (SELECT 1 FROM placement_status_changes c WHERE c.placement_id = p.id AND c.to_status = 'active')
                """
            figures.started = try await CoordinatorAttention.count(sql, started)
            figures.startedWithoutSignedAgreement = figures.started
                - (try await CoordinatorAttention.count(sql, started + " AND \(unsafeRaw: AgreementSQL.fullySigned)"))
        }
        // Visits as the coordinator's overview counts them (one rule for both pages).
        let overview = try await SupervisionOverview.load(school: school, period: period, today: today, on: db)
        figures.visitsDue = overview.supervisors.reduce(0) { $0 + $1.visitsDue }
        figures.visitsDone = overview.supervisors.reduce(0) { $0 + $1.visitsDone }
        return figures
    }
}
