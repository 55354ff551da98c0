import Fluent
import Foundation
import StagelijnCore

/// A school's own stage line for one school type (the Core's `StageLineProgramme` as JSON).
final class StageLineProgrammeModel: Model, @unchecked Sendable {
    static let schema = "stage_line_programmes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "school_type") var schoolType: String
    @Field(key: "content") var content: String
    @Field(key: "updated_by_name") var updatedByName: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var programme: StageLineProgramme? { try? JSONDecoder().decode(StageLineProgramme.self, from: Data(content.utf8)) }
}

/// One step of one student's line.
final class StageLineStepModel: Model, @unchecked Sendable {
    static let schema = "stage_line_steps"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "step_key") var stepKey: String
    @Field(key: "status") var status: String
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "ended_on") var endedOn: String?
    @OptionalField(key: "outcome") var outcome: String?
    @Field(key: "note") var note: String
    @OptionalParent(key: "placement_id") var placement: PlacementModel?
    @Field(key: "recorded_by_name") var recordedByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var record: StepRecord? {
        guard let status = StepRecord.Status(rawValue: status), let start = LocalDate(iso: startedOn) else { return nil }
        return StepRecord(stepKey: stepKey, status: status, startedOn: start, endedOn: endedOn.flatMap(LocalDate.init(iso:)),
                          outcome: outcome.flatMap(StepRecord.Outcome.init(rawValue:)))
    }
}

/// A decision on a student's line.
final class StageLineDecisionModel: Model, @unchecked Sendable {
    static let schema = "stage_line_decisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "kind") var kind: String
    @Field(key: "outcome") var outcome: String
    @Field(key: "decided_on") var decidedOn: String
    @OptionalParent(key: "decided_by_id") var decidedBy: UserModel?
    @Field(key: "decided_by_name") var decidedByName: String
    /// Comma-separated `DecisionParticipant` raw values.
    @Field(key: "participants") var participants: String
    @Field(key: "reason") var reason: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var decision: LineDecision? {
        guard let kind = LineDecisionKind(rawValue: kind), let date = LocalDate(iso: decidedOn) else { return nil }
        return LineDecision(kind: kind, outcome: outcome, decidedOn: date, decidedBy: decidedByName,
                            participants: participants.split(separator: ",").compactMap { DecisionParticipant(rawValue: String($0)) },
                            reason: reason)
    }
}
