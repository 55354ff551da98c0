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
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, boardID: UUID, code: String, name: String, town: String, excludeDeliveryServices: Bool = true) {
        self.id = id
        self.excludeDeliveryServices = excludeDeliveryServices
        self.$board.id = boardID
        self.code = code
        self.name = name
        self.town = town
    }
}
