import Fluent
import Foundation

final class SchoolModel: Model, @unchecked Sendable {
    static let schema = "schools"

    @ID(key: .id) var id: UUID?
    @Parent(key: "board_id") var board: SchoolBoardModel
    /// Short code used on the command line, e.g. `stagelijn import students FILE --school PRO-ALK`.
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "town") var town: String
    /// School rule: no placements at delivery services (migration 015; default true).
    @Field(key: "exclude_delivery_services") var excludeDeliveryServices: Bool
    /// Visit rhythm in weeks, and for students with a support need (migration 018; defaults 3 and 2).
    @Field(key: "visit_interval_weeks") var visitIntervalWeeks: Int
    @Field(key: "visit_interval_support_weeks") var visitIntervalSupportWeeks: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, boardID: UUID, code: String, name: String, town: String, excludeDeliveryServices: Bool = true) {
        self.id = id
        self.excludeDeliveryServices = excludeDeliveryServices
        self.visitIntervalWeeks = 3
        self.visitIntervalSupportWeeks = 2
        self.$board.id = boardID
        self.code = code
        self.name = name
        self.town = town
    }
}
