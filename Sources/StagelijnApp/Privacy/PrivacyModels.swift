import Fluent
import Foundation
import StagelijnCore

final class RetentionSettingModel: Model, @unchecked Sendable {
    static let schema = "retention_settings"
    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "category") var category: String
    @Field(key: "days") var days: Int
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    init() {}
}

final class StudentDepartureModel: Model, @unchecked Sendable {
    static let schema = "student_departures"
    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "left_on") var leftOn: String
    init() {}
}

final class PrivacyPurgeRunModel: Model, @unchecked Sendable {
    static let schema = "privacy_purge_runs"
    @ID(key: .id) var id: UUID?
    @Field(key: "day") var day: String
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "summary") var summary: String?
    init() {}
}

enum RetentionSettings {
    static func chosen(school: UUID, on db: any Database) async throws -> [DataCategory: Int] {
        var result: [DataCategory: Int] = [:]
        for row in try await RetentionSettingModel.query(on: db).filter(\.$school.$id == school).all() {
            if let category = DataCategory(rawValue: row.category) { result[category] = row.days }
        }
        return result
    }
}
