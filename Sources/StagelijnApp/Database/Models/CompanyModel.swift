import Fluent
import Foundation
import StagelijnCore

/// A company is shared by the schools of one board (DOMAIN.md: schools may share companies, never students).
final class CompanyModel: Model, @unchecked Sendable {
    static let schema = "companies"

    @ID(key: .id) var id: UUID?
    @Parent(key: "board_id") var board: SchoolBoardModel
    @Field(key: "name") var name: String
    @Field(key: "street") var street: String
    @Field(key: "postcode") var postcode: String
    @Field(key: "city") var city: String
    @OptionalField(key: "lat") var lat: Double?
    @OptionalField(key: "lon") var lon: Double?
    /// Comma-separated sector codes.
    @Field(key: "sectors") var sectors: String
    @OptionalField(key: "sbb_number") var sbbNumber: String?
    @Enum(key: "sbb_status") var sbbStatus: SBBStatus
    @OptionalField(key: "contact_name") var contactName: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @OptionalField(key: "contact_phone") var contactPhone: String?
    @Field(key: "is_delivery_service") var isDeliveryService: Bool
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "search_text") var searchText: String
    @Children(for: \.$company) var positions: [PositionModel]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
