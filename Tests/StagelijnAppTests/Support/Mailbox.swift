import Foundation
import Vapor
@testable import StagelijnApp

/// A transport that keeps what it was given, like a real mailbox: personal links exist only in delivered messages
/// (the outbox stores a placeholder), so tests read tokens from here.
final class Mailbox: MailTransport, @unchecked Sendable {
    struct Message { let recipient: String; let subject: String; let body: String }
    private(set) var messages: [Message] = []

    func send(to recipient: String, subject: String, body: String) async throws {
        messages.append(Message(recipient: recipient, subject: subject, body: body))
    }

    /// Delivers everything due and returns what arrived.
    static func deliver(_ app: Application, now: Date? = nil) async throws -> [Message] {
        let mailbox = Mailbox()
        try await Outbox.deliverDue(now: now ?? app.clock.now(), transport: mailbox, baseURL: "https://stagelijn.example", on: app.db)
        return mailbox.messages
    }

    /// The token of a `/teken/…` or `/uren/…` link in a delivered body.
    static func token(_ kind: String, in body: String) -> String? {
        guard let range = body.range(of: "/\(kind)/") else { return nil }
        let token = body[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return token.isEmpty ? nil : String(token)
    }
}
