import Fluent
import Foundation
import StagelijnCore

/// The supervision picture of placements: the plan from the school's rhythm, matched with what was recorded.
enum SupervisionService {
    static func intervalWeeks(school: SchoolModel, student: StudentModel) -> Int {
        student.needsSupport ? school.visitIntervalSupportWeeks : school.visitIntervalWeeks
    }

    /// Items per placement id; placements need student and period loaded.
    static func items(for placements: [PlacementModel], school: SchoolModel, today: LocalDate,
                      on db: any Database) async throws -> [UUID: [SupervisionItem]] {
        let ids = placements.compactMap(\.id)
        let records = ids.isEmpty ? [] : try await SupervisionRecordModel.query(on: db).filter(\.$placement.$id ~~ ids).all()
        let byPlacement = Dictionary(grouping: records, by: { $0.$placement.id })
        var result: [UUID: [SupervisionItem]] = [:]
        for placement in placements {
            guard let id = placement.id else { continue }
            result[id] = SupervisionPlan.items(
                start: placement.period.start, end: placement.period.end,
                intervalWeeks: intervalWeeks(school: school, student: placement.student), today: today,
                done: (byPlacement[id] ?? []).compactMap(\.done))
        }
        return result
    }

    /// Running (and about-to-run) placements of the school, optionally only one supervisor's caseload.
    static func caseload(school: UUID, supervisor: UUID?, on db: any Database) async throws -> [PlacementModel] {
        let query = PlacementModel.query(on: db).filter(\.$school.$id == school).filter(\.$status ~~ [.agreement, .active])
        if let supervisor { query.filter(\.$supervisorID == supervisor) }
        return try await query.with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).all()
            .sorted { ($0.student.className, $0.student.lastName) < ($1.student.className, $1.student.lastName) }
    }

    /// Users with the supervisor role at the school, by id.
    static func supervisorNames(school: UUID, on db: any Database) async throws -> [UUID: String] {
        let memberships = try await MembershipModel.query(on: db).filter(\.$school.$id == school).filter(\.$role == .supervisor)
            .with(\.$user).all()
        return Dictionary(memberships.map { ($0.$user.id, $0.user.name) }, uniquingKeysWith: { a, _ in a })
    }
}
