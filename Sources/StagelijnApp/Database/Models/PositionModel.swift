import Fluent
import Foundation
import StagelijnCore

final class PositionModel: Model, @unchecked Sendable {
    static let schema = "positions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "company_id") var company: CompanyModel
    @Field(key: "title") var title: String
    @Enum(key: "sector") var sector: Sector
    @Field(key: "capacity") var capacity: Int
    @Field(key: "days_per_week") var daysPerWeek: Int
    @Field(key: "hours_per_day") var hoursPerDay: Int
    @Field(key: "minimum_age") var minimumAge: Int
    /// Comma-separated certificate codes.
    @Field(key: "required_certificates") var requiredCertificates: String
    @OptionalField(key: "description") var description: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
