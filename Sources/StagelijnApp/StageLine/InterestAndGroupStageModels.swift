import Fluent
import Foundation
import StagelijnCore

final class InterestItemModel: Model, @unchecked Sendable {
    static let schema = "interest_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "item_key") var itemKey: String
    @Field(key: "sector") var sector: String
    @Field(key: "statement") var statement: String
    @Field(key: "picture") var picture: String
    @Field(key: "position") var position: Int

    init() {}

    var item: InterestItem? {
        Sector(rawValue: sector).map { InterestItem(key: itemKey, sector: $0, statement: statement, picture: picture) }
    }
}

final class InterestTestModel: Model, @unchecked Sendable {
    static let schema = "interest_tests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "started_at") var startedAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?
    /// Comma-separated sector codes proposed by the result.
    @Field(key: "proposed") var proposed: String
    /// "sector:percent" pairs, best first.
    @Field(key: "scores") var scores: String

    init() {}

    var proposedSectors: [Sector] { proposed.split(separator: ",").compactMap { Sector(rawValue: String($0)) } }
}

final class InterestAnswerModel: Model, @unchecked Sendable {
    static let schema = "interest_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "test_id") var test: InterestTestModel
    @Field(key: "item_key") var itemKey: String
    @Field(key: "answer") var answer: String

    init() {}
}

final class GroupStageLocationModel: Model, @unchecked Sendable {
    static let schema = "group_stage_locations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "name") var name: String
    @Field(key: "address") var address: String
    @Field(key: "supervisor_name") var supervisorName: String
    /// "ma-o:5,ma-m:5,…": capacity per open dagdeel.
    @Field(key: "capacity") var capacity: String
    @Field(key: "active") var active: Bool

    init() {}

    var capacityPerDagdeel: [Dagdeel: Int] {
        Dictionary(capacity.split(separator: ",").compactMap { pair -> (Dagdeel, Int)? in
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let dagdeel = Dagdeel(code: String(parts[0])), let number = Int(parts[1]) else { return nil }
            return (dagdeel, number)
        }, uniquingKeysWith: { a, _ in a })
    }

    static func encode(_ capacity: [Dagdeel: Int]) -> String {
        capacity.keys.sorted().map { "\($0.code):\(capacity[$0] ?? 0)" }.joined(separator: ",")
    }

    var planningLocation: GroupStagePlanning.Location {
        .init(id: (id ?? UUID()).uuidString, capacity: active ? capacityPerDagdeel : [:])
    }
}

final class GroupStageSlotModel: Model, @unchecked Sendable {
    static let schema = "group_stage_slots"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "location_id") var location: GroupStageLocationModel
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "dagdeel") var dagdeel: String
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "ended_on") var endedOn: String?

    init() {}

    var planningSlot: GroupStagePlanning.Slot? {
        Dagdeel(code: dagdeel).map { .init(student: $student.id.uuidString, location: $location.id.uuidString, dagdeel: $0) }
    }
}

final class GroupStageAttendanceModel: Model, @unchecked Sendable {
    static let schema = "group_stage_attendance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "location_id") var location: GroupStageLocationModel
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "date") var date: String
    @Field(key: "dagdeel") var dagdeel: String
    /// "aanwezig", "afgemeld", "afwezig".
    @Field(key: "presence") var presence: String
    @Field(key: "recorded_by_name") var recordedByName: String

    init() {}
}
