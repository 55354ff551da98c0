import Fluent
import Foundation
import SQLKit
import StagelijnCore

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
        let supervisors = try await SupervisionOverview.supervisorRows(school: school, period: periodID, today: today, on: db)
        figures.visitsDue = supervisors.reduce(0) { $0 + $1.visitsDue }
        figures.visitsDone = supervisors.reduce(0) { $0 + $1.visitsDone }
        return figures
    }
}
