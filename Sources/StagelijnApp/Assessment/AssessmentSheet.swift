import Fluent
import Foundation
import StagelijnCore

/// Everything the assessment page shows, in one read: the form's items grouped by area with the placement's goals,
/// the items the company cannot offer with their alternative, the three parts side by side, and the previous round
/// of the same student next to it (growth per item).
struct AssessmentSheet {
    struct Part {
        let scores: [String: Score]
        let comment: String
        let filledBy: String
        let approvedBy: String?
        let approvedAt: Date?
    }

    let assessmentID: UUID
    let placementID: UUID
    let studentID: UUID
    let student: String
    let company: String
    let kind: AssessmentKind
    let dueOn: LocalDate
    let completedOn: LocalDate?
    let status: AssessmentSchedule.Status
    let formTitle: String
    let formVersion: Int
    let groups: [(area: CompetencyArea, items: [FormItem])]
    let gaps: [String: String]
    let parts: [AssessmentPerspective: Part]
    let previous: [AssessmentPerspective: [String: Score]]
    let previousLabel: String?
    let chain: ApprovalChain

    var requiredKeys: Set<String> { Set(groups.flatMap(\.items).map(\.key)) }

    static func load(_ assessment: AssessmentModel, placement: PlacementModel, today: LocalDate,
                     on db: any Database) async throws -> AssessmentSheet {
        let placementID = try placement.requireID()
        let form = try await AssessmentFormModel.find(assessment.$form.id, on: db)
        let content = form.map(FormLibrary.content(of:)) ?? AssessmentFormContent(title: "", items: [])
        let goals = try await GoalService(db: db).goals(of: placement).compactMap { goal in
            goal.itemKey.map { (key: $0, text: goal.kind == .personal ? "\(goal.text) (persoonlijk doel)" : goal.text) }
        }
        let gaps = try await OfferGapModel.query(on: db).filter(\.$placement.$id == placementID).all()
        let service = AssessmentService(db: db)
        let parts = try await service.parts(of: assessment)
        let previousRound = try await previous(before: assessment, student: placement.$student.id, on: db)
        let previousParts = try await previousRound.asyncFlatMap { try await service.parts(of: $0) } ?? [:]
        let kind = AssessmentKind(rawValue: assessment.kind) ?? .interim
        let due = LocalDate(iso: assessment.dueOn) ?? today
        let completed = assessment.completedOn.flatMap(LocalDate.init(iso:))
        return AssessmentSheet(
            assessmentID: try assessment.requireID(), placementID: placementID, studentID: placement.$student.id,
            student: placement.student.fullName, company: placement.position.company.name, kind: kind, dueOn: due,
            completedOn: completed, status: AssessmentSchedule.status(dueOn: due, completedOn: completed, today: today),
            formTitle: content.title, formVersion: form?.version ?? 1, groups: content.items(withGoals: goals),
            gaps: Dictionary(gaps.map { ($0.itemKey, $0.alternative) }, uniquingKeysWith: { a, _ in a }),
            parts: parts.mapValues {
                Part(scores: AssessmentService.decode($0.scores), comment: $0.comment, filledBy: $0.filledByName,
                     approvedBy: $0.approvedByName, approvedAt: $0.approvedAt)
            },
            previous: previousParts.mapValues { AssessmentService.decode($0.scores) },
            previousLabel: previousRound.flatMap { LocalDate(iso: $0.dueOn) }.map { "vorige keer (\($0.dutch))" },
            chain: AssessmentService.chain(assessment, parts: parts))
    }

    /// The student's assessment due just before this one (in any of their placements).
    private static func previous(before assessment: AssessmentModel, student: UUID, on db: any Database) async throws -> AssessmentModel? {
        let placements = try await PlacementModel.query(on: db).filter(\.$student.$id == student).field(\.$id).all().compactMap(\.id)
        return try await AssessmentModel.query(on: db).filter(\.$placement.$id ~~ placements)
            .filter(\.$dueOn < assessment.dueOn).sort(\.$dueOn, .descending).first()
    }
}
