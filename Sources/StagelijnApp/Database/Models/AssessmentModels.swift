import Fluent
import Foundation

/// A default stage goal of the school for one programme phase (`ProgrammePhase`).
final class GoalTemplateModel: Model, @unchecked Sendable {
    static let schema = "goal_templates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "phase") var phase: String
    @Field(key: "text") var text: String
    @Field(key: "position") var position: Int

    init() {}
}

/// A goal of one placement: a school goal (copied from the phase's goals when the stage is planned, so a later change
/// of the school's list does not rewrite what was agreed) or a personal goal in the student's own words.
final class PlacementGoalModel: Model, @unchecked Sendable {
    static let schema = "placement_goals"
    enum Kind: String { case school = "school", personal = "persoonlijk" }

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    @Field(key: "position") var position: Int
    @Field(key: "added_by_name") var addedByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// The key the goal's score has in an assessment part.
    var itemKey: String { "doel.\(id?.uuidString ?? "")" }
}

/// One version of a board's assessment form. Versions of one form share `familyID`; a version that an assessment
/// uses is never changed (`FormVersioning`).
final class AssessmentFormModel: Model, @unchecked Sendable {
    static let schema = "assessment_forms"

    @ID(key: .id) var id: UUID?
    @Parent(key: "board_id") var board: SchoolBoardModel
    @Field(key: "family_id") var familyID: UUID
    @Field(key: "version") var version: Int
    /// The school type the form is meant for (`SchoolType.rawValue`), or "" for any.
    @Field(key: "audience") var audience: String
    @Field(key: "title") var title: String
    /// `[FormItem]` as JSON.
    @Field(key: "items") var items: String
    @Field(key: "created_by_name") var createdByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// An interim or final assessment of a placement, due on a date, completed when the school approved it.
final class AssessmentModel: Model, @unchecked Sendable {
    static let schema = "assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Parent(key: "form_id") var form: AssessmentFormModel
    @Field(key: "kind") var kind: String
    @Field(key: "due_on") var dueOn: String
    @OptionalField(key: "completed_on") var completedOn: String?
    /// When the praktijkbegeleider was reminded (migration 026); once per assessment.
    @OptionalField(key: "reminded_at") var remindedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One perspective's part of an assessment: scores per item key (`[String: Int]` as JSON), a comment, and its approval.
final class AssessmentPartModel: Model, @unchecked Sendable {
    static let schema = "assessment_parts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "assessment_id") var assessment: AssessmentModel
    @Field(key: "perspective") var perspective: String
    @Field(key: "scores") var scores: String
    @Field(key: "comment") var comment: String
    @Field(key: "filled_by_name") var filledByName: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @OptionalField(key: "approved_by_name") var approvedByName: String?

    init() {}
}

/// An item of the form the company cannot offer at this placement, with the agreed alternative.
final class OfferGapModel: Model, @unchecked Sendable {
    static let schema = "offer_gaps"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "item_key") var itemKey: String
    @Field(key: "alternative") var alternative: String
    @Field(key: "recorded_by_name") var recordedByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
