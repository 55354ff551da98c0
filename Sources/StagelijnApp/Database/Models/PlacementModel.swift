import Fluent
import Foundation
import StagelijnCore

/// One student at one position for one period. Its school is the student's school.
final class PlacementModel: Model, @unchecked Sendable {
    static let schema = "placements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "student_id") var student: StudentModel
    @Parent(key: "position_id") var position: PositionModel
    @Parent(key: "period_id") var period: StagePeriodModel
    @Enum(key: "status") var status: PlacementStatus
    /// The school's supervisor (stagebegeleider) who visits (migration 018).
    @OptionalField(key: "supervisor_id") var supervisorID: UUID?
    @Children(for: \.$placement) var history: [PlacementStatusChangeModel]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, schoolID: UUID, studentID: UUID, positionID: UUID, periodID: UUID, status: PlacementStatus) {
        self.id = id
        self.$school.id = schoolID
        self.$student.id = studentID
        self.$position.id = positionID
        self.$period.id = periodID
        self.status = status
    }
}

/// Every status change of a placement, with who, when and why (DOMAIN.md: a reason and a history).
final class PlacementStatusChangeModel: Model, @unchecked Sendable {
    static let schema = "placement_status_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @OptionalEnum(key: "from_status") var fromStatus: PlacementStatus?
    @Enum(key: "to_status") var toStatus: PlacementStatus
    @Field(key: "reason") var reason: String
    @OptionalParent(key: "changed_by") var changedBy: UserModel?
    @Field(key: "changed_at") var changedAt: Date
    /// Set when a coordinator let the stage start without a complete, signed agreement (migration 015).
    @Field(key: "agreement_exception") var agreementException: Bool

    init() {}

    init(placementID: UUID, from: PlacementStatus?, to: PlacementStatus, reason: String, by userID: UUID?, at: Date,
         agreementException: Bool = false) {
        self.agreementException = agreementException
        self.$placement.id = placementID
        self.fromStatus = from
        self.toStatus = to
        self.reason = reason
        self.$changedBy.id = userID
        self.changedAt = at
    }
}
