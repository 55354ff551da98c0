import Fluent
import Foundation
import StagelijnCore

/// The supervision picture of placements: the plan from the school's rhythm and the stage's own dates, matched with
/// what was recorded.
enum SupervisionService {
    static func intervalWeeks(school: SchoolModel, student: StudentModel) -> Int {
        student.needsSupport ? school.visitIntervalSupportWeeks : school.visitIntervalWeeks
    }

    /// Items per placement id; placements need student and period loaded.
    static func items(for placements: [PlacementModel], school: SchoolModel, today: LocalDate,
                      on db: any Database) async throws -> [UUID: [SupervisionItem]] {
        let ids = placements.compactMap(\.id)
        let records = ids.isEmpty ? [] : try await SupervisionRecordModel.query(on: db).filter(\.$placement.$id ~~ ids)
            .field(\.$placement.$id).field(\.$kind).field(\.$doneOn).all()
        let byPlacement = Dictionary(grouping: records, by: { $0.$placement.id })
        let dates = try await stageDates(for: placements, on: db)
        var result: [UUID: [SupervisionItem]] = [:]
        for placement in placements {
            guard let id = placement.id else { continue }
            let span = dates[id] ?? (placement.period.start, placement.period.end)
            result[id] = SupervisionPlan.items(
                start: span.start, end: span.end,
                intervalWeeks: intervalWeeks(school: school, student: placement.student), today: today,
                done: (byPlacement[id] ?? []).compactMap(\.done), status: placement.status)
        }
        return result
    }

    /// The stage's own start and end: the dates in its agreement (WVO art. 35 lid 1b) where filled in, else the
    /// period's. A stage that starts weeks into the period is supervised from its own start.
    static func stageDates(for placements: [PlacementModel],
                           on db: any Database) async throws -> [UUID: (start: LocalDate, end: LocalDate)] {
        let ids = placements.compactMap(\.id)
        let agreements = ids.isEmpty ? [] : try await AgreementModel.query(on: db).filter(\.$placement.$id ~~ ids)
            .field(\.$placement.$id).field(\.$startDate).field(\.$endDate).all()
        let byPlacement = Dictionary(agreements.map { ($0.$placement.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [UUID: (start: LocalDate, end: LocalDate)] = [:]
        for placement in placements {
            guard let id = placement.id else { continue }
            let agreement = byPlacement[id]
            let start = agreement?.startDate.flatMap(LocalDate.init(iso:)) ?? placement.period.start
            let end = agreement?.endDate.flatMap(LocalDate.init(iso:)) ?? placement.period.end
            result[id] = start <= end ? (start, end) : (placement.period.start, placement.period.end)
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
