import Fluent
import Foundation
import StagelijnCore

/// One placement's goals, the items its company cannot offer, and its assessments with where each stands.
struct PlacementAssessments {
    struct Item {
        let id: UUID
        let kind: AssessmentKind
        let dueOn: LocalDate
        let status: AssessmentSchedule.Status
        let approved: Set<AssessmentPerspective>
        let filled: Set<AssessmentPerspective>
    }

    let placementID: UUID
    let studentID: UUID
    let student: String
    let company: String
    let phase: ProgrammePhase
    let goals: [GoalService.Goal]
    let goalsFixed: Bool
    let gaps: [(item: String, alternative: String)]
    let assessments: [Item]

    static func load(_ placement: PlacementModel, today: LocalDate, on db: any Database) async throws -> PlacementAssessments {
        let id = try placement.requireID()
        let goalService = GoalService(db: db)
        let goals = try await goalService.goals(of: placement)
        let rows = try await AssessmentModel.query(on: db).filter(\.$placement.$id == id).sort(\.$dueOn).all()
        let parts = try await rows.isEmpty ? [] : AssessmentPartModel.query(on: db).filter(\.$assessment.$id ~~ rows.compactMap(\.id)).all()
        let byAssessment = Dictionary(grouping: parts, by: { $0.$assessment.id })
        let gapRows = try await OfferGapModel.query(on: db).filter(\.$placement.$id == id).all()
        let itemTexts = try await formItemTexts(rows.first?.$form.id, on: db)
        return PlacementAssessments(
            placementID: id, studentID: placement.$student.id, student: placement.student.fullName,
            company: placement.position.company.name, phase: goalService.phase(of: placement), goals: goals,
            goalsFixed: goals.contains { $0.id != nil && $0.kind == .school },
            gaps: gapRows.map { (itemTexts[$0.itemKey] ?? $0.itemKey, $0.alternative) },
            assessments: rows.compactMap { row in
                guard let rowID = row.id, let due = LocalDate(iso: row.dueOn) else { return nil }
                let mine = byAssessment[rowID] ?? []
                return Item(id: rowID, kind: AssessmentKind(rawValue: row.kind) ?? .interim, dueOn: due,
                            status: AssessmentSchedule.status(dueOn: due, completedOn: row.completedOn.flatMap(LocalDate.init(iso:)), today: today),
                            approved: Set(mine.filter { $0.approvedAt != nil }.compactMap { AssessmentPerspective(rawValue: $0.perspective) }),
                            filled: Set(mine.compactMap { AssessmentPerspective(rawValue: $0.perspective) }))
            })
    }

    static func formItemTexts(_ formID: UUID?, on db: any Database) async throws -> [String: String] {
        guard let formID, let form = try await AssessmentFormModel.find(formID, on: db) else {
            return Dictionary(StandardForms.praktijkonderwijs.items.map { ($0.key, $0.text) }, uniquingKeysWith: { a, _ in a })
        }
        return Dictionary(FormLibrary.content(of: form).items.map { ($0.key, $0.text) }, uniquingKeysWith: { a, _ in a })
    }
}
