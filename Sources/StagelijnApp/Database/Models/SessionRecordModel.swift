import Fluent
import Foundation

/// A server-side session, shared by every app server through the database.
final class SessionRecordModel: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    @ID(key: .id) var id: UUID?
    /// SHA-256 of the cookie value: a stolen database does not yield usable session cookies.
    @Field(key: "token_hash") var tokenHash: String
    /// JSON of the session data.
    @Field(key: "data") var data: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}
}
