import Fluent
import Foundation

final class StagePeriodModel: Model, @unchecked Sendable {
    static let schema = "stage_periods"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "name") var name: String
    @Field(key: "school_year") var schoolYear: String
    @Field(key: "start_date") var startDate: String
    @Field(key: "end_date") var endDate: String
    @Field(key: "days_per_week") var daysPerWeek: Int
    @Field(key: "hours_per_day") var hoursPerDay: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
