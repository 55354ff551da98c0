import Fluent
import Foundation

/// A personal link for someone without an account: one purpose, one placement, one role; the token itself is
/// never stored, only its SHA-256. Expires, can be revoked, and a signing link works once.
final class AccessLinkModel: Model, @unchecked Sendable {
    static let schema = "access_links"

    /// `confirmHoursDigest`: the praktijkbegeleider's weekly link for all their students at the link's school; its
    /// placement is one of them and only says which school (`WorkplaceMentorHours.placements`).
    enum Purpose: String {
        case signAgreement = "ondertekenen", confirmHours = "uren-bevestigen", confirmHoursDigest = "uren-overzicht"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "purpose") var purpose: String
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "role") var role: String
    @Field(key: "recipient_name") var recipientName: String
    @Field(key: "recipient_email") var recipientEmail: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalParent(key: "created_by") var createdBy: UserModel?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A message waiting for, or done with, delivery. Stored before any attempt, so nothing is lost when the mail
/// transport is down; a failed attempt is retried later and stays visible with its error.
final class OutboxMessageModel: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    /// With `{{link}}` where the personal link goes; the link's token is made only at delivery (`Outbox`).
    @Field(key: "body") var body: String
    @OptionalParent(key: "access_link_id") var accessLink: AccessLinkModel?
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
