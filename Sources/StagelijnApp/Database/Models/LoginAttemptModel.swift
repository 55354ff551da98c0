import Fluent
import Foundation

/// Failed logins per key ("account:<e-mail>" or "address:<ip>") in the current window. Stored in the database so
/// every app server sees the same count.
final class LoginAttemptModel: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "failures") var failures: Int
    @Field(key: "window_start") var windowStart: Date

    init() {}
}
