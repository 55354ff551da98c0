import Fluent
import SQLKit
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

extension StudentDepartureModel {
    /// Former students: the school's students who left on or before `day` (recorded with their outflow or on the
    /// privacy page). They stay findable (outflow, aftercare, privacy) but no longer count as students who need a stage.
    static func formerStudents(school: UUID, leftBy day: LocalDate, on db: any Database) async throws -> [UUID] {
        try await StudentDepartureModel.query(on: db)
            .join(StudentModel.self, on: \StudentDepartureModel.$student.$id == \StudentModel.$id)
            .filter(StudentModel.self, \.$school.$id == school)
            .filter(\.$leftOn <= day.iso).all(\.$student.$id)
    }

    /// The same as a condition on a students table aliased `alias`, for SQL read models.
    static func stillAtSchoolSQL(_ alias: String, on day: LocalDate) -> SQLQueryString {
        "NOT EXISTS (SELECT 1 FROM student_departures d WHERE d.student_id = \(unsafeRaw: alias).id AND d.left_on <= \(bind: day.iso))"
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
