import Fluent
import Foundation

/// Bevoegd gezag: the tenant above schools. Companies are shared within a board, students never.
final class SchoolBoardModel: Model, @unchecked Sendable {
    static let schema = "school_boards"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String) {
        self.id = id
        self.name = name
    }
}
