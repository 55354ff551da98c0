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

extension StudentDepartureModel {
    /// Records (or moves) the day a student left school, from which the student file's retention period runs.
    /// Called by the privacy page and by the outflow registration (issue 15), inside the caller's transaction.
    static func record(student id: UUID, leftOn day: LocalDate, actor: Actor, at date: Date, on db: any Database) async throws {
        let existing = try await StudentDepartureModel.query(on: db).filter(\.$student.$id == id).first()
        let model = existing ?? StudentDepartureModel()
        model.$student.id = id
        let before = existing?.leftOn
        guard before != day.iso else { return }
        model.leftOn = day.iso
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "student", id: id, action: .update,
                                  before: ["vertrokken op": before ?? ""], after: ["vertrokken op": day.iso], at: date)
    }
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
