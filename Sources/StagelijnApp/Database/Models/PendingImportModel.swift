import Fluent
import Foundation

/// An uploaded file between preview and confirmation. Nothing of it is in the real tables until it is clean
/// and confirmed; it is deleted after the import or when it is older than a day.
final class PendingImportModel: Model, @unchecked Sendable {
    static let schema = "pending_imports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "kind") var kind: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
