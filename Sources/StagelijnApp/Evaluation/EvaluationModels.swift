import Fluent
import Foundation
import StagelijnCore

/// One version of a board's question bank; a version that has been sent is never changed (`FormVersioning`).
final class EvaluationBankModel: Model, @unchecked Sendable {
    static let schema = "evaluation_banks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "board_id") var board: SchoolBoardModel
    @Field(key: "family_id") var familyID: UUID
    @Field(key: "version") var version: Int
    @Field(key: "title") var title: String
    /// The items as JSON (`[EvaluationItem]`).
    @Field(key: "items") var items: String
    @Field(key: "created_by_name") var createdByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var content: EvaluationBankContent {
        EvaluationBankContent(title: title, items: (try? JSONDecoder().decode([EvaluationItem].self, from: Data(items.utf8))) ?? [])
    }
}

/// One evaluation asked of one perspective for one moment of a stage.
final class EvaluationModel: Model, @unchecked Sendable {
    static let schema = "evaluations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "placement_id") var placement: PlacementModel
    @Parent(key: "bank_id") var bank: EvaluationBankModel
    @Field(key: "moment") var moment: String
    @Field(key: "perspective") var perspective: String
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "reminders_sent") var remindersSent: Int
    @OptionalField(key: "last_reminder_at") var lastReminderAt: Date?
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalField(key: "answered_by_name") var answeredByName: String?

    init() {}

    var evaluationPerspective: EvaluationPerspective { EvaluationPerspective(rawValue: perspective) ?? .student }
    var evaluationMoment: EvaluationMoment { EvaluationMoment(rawValue: moment) ?? .final }
}

/// One answer: a score (scale or mark) or a text (open question).
final class EvaluationAnswerModel: Model, @unchecked Sendable {
    static let schema = "evaluation_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evaluation_id") var evaluation: EvaluationModel
    @Field(key: "item_key") var itemKey: String
    @OptionalField(key: "score") var score: Int?
    @OptionalField(key: "text") var text: String?

    init() {}
}
