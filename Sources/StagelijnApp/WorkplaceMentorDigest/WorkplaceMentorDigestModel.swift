import Fluent
import Foundation

/// One weekly mail to one praktijkbegeleider (migration 024): which school, which address, which ISO week (its
/// Monday), and the link that went with it. Only counts are kept, no names: the message itself is in the outbox.
final class WorkplaceMentorDigestModel: Model, @unchecked Sendable {
    static let schema = "workplace_mentor_digests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    /// Normalised (`WorkplaceMentorDigestRules.normalizedEmail`), so one person is one row.
    @Field(key: "recipient_email") var recipientEmail: String
    @Field(key: "week") var week: String
    @OptionalParent(key: "access_link_id") var accessLink: AccessLinkModel?
    @Field(key: "students") var students: Int
    @Field(key: "open_weeks") var openWeeks: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
