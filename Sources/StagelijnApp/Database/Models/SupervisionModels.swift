import Fluent
import Foundation
import StagelijnCore

/// A visit or contact moment that took place, recorded in under a minute on a phone.
final class SupervisionRecordModel: Model, @unchecked Sendable {
    static let schema = "supervision_records"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "kind") var kind: String
    @Field(key: "done_on") var doneOn: String
    @Field(key: "present") var present: String
    @Field(key: "progress") var progress: String
    @Field(key: "concerns") var concerns: String
    @Field(key: "next_step") var nextStep: String
    @OptionalParent(key: "recorded_by") var recordedBy: UserModel?
    @Field(key: "recorded_by_name") var recordedByName: String
    /// `[GoalProgress]` as JSON, or "" (migration 025).
    @Field(key: "goal_progress") var goalProgressJSON: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    /// A report without goals stores "" (the column is NOT NULL), also when written by code that predates it.
    init() { goalProgressJSON = "" }

    var goalProgress: [GoalProgress] {
        get { (try? JSONDecoder().decode([GoalProgress].self, from: Data(goalProgressJSON.utf8))) ?? [] }
        set { goalProgressJSON = newValue.isEmpty ? "" : (try? String(decoding: JSONEncoder().encode(newValue), as: UTF8.self)) ?? "" }
    }

    var done: (kind: SupervisionKind, on: LocalDate)? {
        guard let kind = SupervisionKind(rawValue: kind), let date = LocalDate(iso: doneOn) else { return nil }
        return (kind, date)
    }
}

/// One day in the stage-agenda: recorded by the student, confirmed (or corrected) by the company per week.
final class HourEntryModel: Model, @unchecked Sendable {
    static let schema = "hour_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "date") var date: String
    @Field(key: "start") var start: String
    @Field(key: "end") var end: String
    @Field(key: "break_minutes") var breakMinutes: Int
    @Field(key: "activities") var activities: String
    /// Comma-separated rule codes this day breaks (youth labour law), for the supervisor.
    @Field(key: "violations") var violations: String
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @OptionalField(key: "confirmed_by") var confirmedBy: String?
    @OptionalField(key: "company_comment") var companyComment: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var shift: Shift? {
        guard let day = LocalDate(iso: date), let from = ClockTime(parsing: start), let until = ClockTime(parsing: end),
              until > from else { return nil }
        return Shift(date: day, start: from, end: until, breaks: breakMinutes > 0 ? [breakMinutes] : [])
    }

    var workedMinutes: Int { shift?.workedMinutes ?? 0 }
}
