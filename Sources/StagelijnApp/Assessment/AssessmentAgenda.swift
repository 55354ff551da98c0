import Fluent
import Foundation
import StagelijnCore

/// The assessments still to finish, for the overview and the home pages: a supervisor's own students by default,
/// everything the user may see otherwise. One query for the assessments, one for their parts.
struct AssessmentAgenda {
    struct Row {
        let id: UUID
        let placementID: UUID
        let student: String
        let company: String
        let kind: AssessmentKind
        let dueOn: LocalDate
        let status: AssessmentSchedule.Status
        let approved: Set<AssessmentPerspective>
    }

    static func open(for placements: [PlacementModel], today: LocalDate, on db: any Database) async throws -> [Row] {
        try await open(for: placements.compactMap { p in
            p.id.map { Stage(id: $0, student: p.student.fullName, company: p.position.company.name) }
        }, today: today, on: db)
    }

    /// A stage as the agenda names it (read models pass these instead of loaded placements).
    struct Stage { let id: UUID; let student: String; let company: String }

    static func open(for stages: [Stage], today: LocalDate, on db: any Database) async throws -> [Row] {
        let byID = Dictionary(stages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard !byID.isEmpty else { return [] }
        let rows = try await AssessmentModel.query(on: db).filter(\.$placement.$id ~~ Array(byID.keys))
            .filter(\.$completedOn == nil).sort(\.$dueOn).all()
        let ids = rows.compactMap(\.id)
        let parts = ids.isEmpty ? [] : try await AssessmentPartModel.query(on: db).filter(\.$assessment.$id ~~ ids)
            .filter(\.$approvedAt != nil).all()
        let approved = Dictionary(grouping: parts, by: { $0.$assessment.id })
        return rows.compactMap { row in
            guard let id = row.id, let stage = byID[row.$placement.id], let due = LocalDate(iso: row.dueOn) else { return nil }
            return Row(id: id, placementID: row.$placement.id, student: stage.student,
                       company: stage.company, kind: AssessmentKind(rawValue: row.kind) ?? .interim, dueOn: due,
                       status: AssessmentSchedule.status(dueOn: due, completedOn: nil, today: today),
                       approved: Set((approved[id] ?? []).compactMap { AssessmentPerspective(rawValue: $0.perspective) }))
        }
    }
}
