import Fluent
import Foundation

/// A school's API token. The token itself is shown once; only its SHA-256 (hex) is kept.
final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "read_only") var readOnly: Bool
    @Field(key: "created_by_name") var createdByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    /// The minute (seconds since 1970 / 60) the counter belongs to, and the requests counted in it.
    @Field(key: "rate_window") var rateWindow: Int64
    @Field(key: "rate_count") var rateCount: Int

    init() {}
}
