import Fluent
import Foundation
import StagelijnCore

final class StudentModel: Model, @unchecked Sendable {
    static let schema = "students"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "student_number") var studentNumber: String
    @Field(key: "first_name") var firstName: String
    @Field(key: "last_name") var lastName: String
    /// ISO date `YYYY-MM-DD`: portable across SQLite and PostgreSQL and sorts correctly as text.
    @Field(key: "birth_date") var birthDate: String
    @Enum(key: "school_type") var schoolType: SchoolType
    @Field(key: "school_year_level") var schoolYearLevel: Int
    @Field(key: "class_name") var className: String
    @OptionalParent(key: "mentor_id") var mentor: UserModel?
    /// Comma-separated sector codes.
    @Field(key: "sector_interests") var sectorInterests: String
    @Field(key: "needs_support") var needsSupport: Bool
    @OptionalField(key: "street") var street: String?
    @Field(key: "postcode") var postcode: String
    @OptionalField(key: "city") var city: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "lat") var lat: Double?
    @OptionalField(key: "lon") var lon: Double?
    @Field(key: "max_distance_km") var maxDistanceKm: Int
    /// Comma-separated `Certificate` raw values (migration 015).
    @Field(key: "certificates") var certificates: String
    /// Lower-cased name, number, class and town, so one portable `LIKE` finds a student on any of them.
    @Field(key: "search_text") var searchText: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
