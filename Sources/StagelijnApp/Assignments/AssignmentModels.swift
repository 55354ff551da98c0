import Fluent
import Foundation
import StagelijnCore

/// An assignment in a school's library (migration 027). Holds no personal data.
final class AssignmentTemplateModel: Model, @unchecked Sendable {
    static let schema = "assignment_templates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Enum(key: "kind") var kind: AssignmentKind
    /// Nil: for every sector.
    @OptionalField(key: "sector") var sector: String?
    @Field(key: "phase") var phase: String
    @OptionalField(key: "suggested_part") var suggestedPart: Int?
    @Field(key: "title") var title: String
    @Field(key: "instructions") var instructions: String
    /// A retired assignment is no longer offered; assignments already given keep their own copy of the text.
    @Field(key: "archived") var archived: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    func apply(_ input: AssignmentTemplateInput) {
        kind = input.kind
        sector = input.sector?.rawValue
        phase = input.phase
        suggestedPart = input.suggestedPart
        title = input.title
        instructions = input.instructions
    }

    var sectorValue: Sector? { sector.flatMap(Sector.init(rawValue:)) }

    /// For the audit log and a form that is filled again.
    var formValues: [String: String] {
        ["kind": kind.rawValue, "sector": sector ?? "", "phase": phase, "suggestedPart": suggestedPart.map(String.init) ?? "",
         "title": title, "instructions": instructions]
    }
}

/// A practical assignment given to one placement: a copy of the library text (so later library edits do not change
/// what the student got), the part of the stage and due date, and the chain hand-in → confirmation → assessment.
final class PlacementAssignmentModel: Model, @unchecked Sendable {
    static let schema = "placement_assignments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "placement_id") var placement: PlacementModel
    @OptionalField(key: "template_id") var templateID: UUID?
    @Enum(key: "kind") var kind: AssignmentKind
    @Field(key: "title") var title: String
    @Field(key: "instructions") var instructions: String
    @Field(key: "part") var part: Int
    @Field(key: "due_date") var dueDate: String
    @OptionalField(key: "hand_in_text") var handInText: String?
    @OptionalField(key: "handed_in_at") var handedInAt: Date?
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @OptionalField(key: "confirmed_by") var confirmedBy: String?
    @OptionalField(key: "company_comment") var companyComment: String?
    /// `Score.rawValue` (1–4: nooit, oefenen, voldoende, goed).
    @OptionalField(key: "score") var score: Int?
    @OptionalField(key: "assessment_comment") var assessmentComment: String?
    @OptionalField(key: "assessed_at") var assessedAt: Date?
    @OptionalField(key: "assessed_by") var assessedBy: String?
    @Field(key: "has_photo") var hasPhoto: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var progress: AssignmentProgress {
        AssignmentProgress(handedInAt: handedInAt, confirmedAt: confirmedAt, assessedAt: assessedAt)
    }

    var due: LocalDate? { LocalDate(iso: dueDate) }
    var scoreValue: Score? { score.flatMap(Score.init(rawValue:)) }
}

/// The photo of a hand-in, in its own table so lists never load its bytes; kept in the database because the app
/// servers are stateless. One photo per assignment: a new hand-in replaces it.
final class AssignmentPhotoModel: Model, @unchecked Sendable {
    static let schema = "assignment_photos"

    @ID(key: .id) var id: UUID?
    @Parent(key: "assignment_id") var assignment: PlacementAssignmentModel
    @Field(key: "content_type") var contentType: String
    @Field(key: "bytes") var bytes: Data
    @Field(key: "size") var size: Int
    @Field(key: "uploaded_at") var uploadedAt: Date

    init() {}
}
