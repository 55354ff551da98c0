import Fluent
import Foundation

/// A parent or guardian of a student (migration 021): stored once, used for every invitation to sign.
final class GuardianModel: Model, @unchecked Sendable {
    static let schema = "student_guardians"

    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "name") var name: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// The praktijkbegeleider of one placement (migration 021), when it is not the company's general contact.
final class WorkplaceMentorModel: Model, @unchecked Sendable {
    static let schema = "workplace_mentors"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "name") var name: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The school's choices about messages that go out by themselves (migration 021).
final class MessageSettingsModel: Model, @unchecked Sendable {
    static let schema = "school_message_settings"
    /// Without a saved choice: a reminder 5 days after an unanswered invitation.
    static let defaultReminderDays = 5

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    /// Days between an unanswered signing invitation and its reminder; 0 = no reminders.
    @Field(key: "reminder_days") var reminderDays: Int
    /// ISO weekday of the praktijkbegeleider's weekly hours mail (migration 024); empty = Monday.
    @OptionalField(key: "hours_digest_weekday") var hoursDigestWeekday: Int?

    init() {}

    static func reminderDays(school: UUID, on db: any Database) async throws -> Int {
        try await query(on: db).filter(\.$school.$id == school).first()?.reminderDays ?? defaultReminderDays
    }
}
