import Fluent
import Foundation
import StagelijnCore

/// A quality requirement as the school stated it (migration 041).
final class QualityRequirementModel: Model, @unchecked Sendable {
    static let schema = "quality_requirements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "indicator") var indicator: String
    @Field(key: "norm") var norm: Int
    @Field(key: "owner_role") var ownerRole: String
    @Field(key: "owner_name") var ownerName: String
    @Field(key: "statement") var statement: String
    @Field(key: "active") var active: Bool
    @Field(key: "updated_by_name") var updatedByName: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var requirement: QualityRequirement? {
        guard let indicator = QualityIndicator(rawValue: indicator) else { return nil }
        return QualityRequirement(indicator: indicator, norm: norm, owner: Role(rawValue: ownerRole) ?? indicator.defaultOwner,
                                  ownerName: ownerName, statement: statement, active: active)
    }
}

/// One activity of the quality-care calendar in one school year, once it was updated (migration 042).
final class QualityActivityModel: Model, @unchecked Sendable {
    static let schema = "quality_activities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "school_year") var schoolYear: String
    @Field(key: "activity_key") var activityKey: String
    @Field(key: "owner_role") var ownerRole: String
    @Field(key: "owner_name") var ownerName: String
    @Field(key: "due_on") var dueOn: String
    @Field(key: "status") var status: String
    @Field(key: "notes") var notes: String
    @Field(key: "decisions") var decisions: String
    @Field(key: "updated_by_name") var updatedByName: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// What is written to the audit log for a requirement or an activity.
struct QualityAuditValue: Encodable {
    var norm: Int?
    var owner: String
    var ownerName: String
    var statement: String?
    var active: Bool?
    var status: String?
    var dueOn: String?
    var notes: String?
    var decisions: String?
}
