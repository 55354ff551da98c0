import Fluent
import Foundation
import StagelijnCore

/// A student's ranked wish for a position in a stage period (1 = most wanted).
final class StudentPreferenceModel: Model, @unchecked Sendable {
    static let schema = "student_preferences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: StudentModel
    @Parent(key: "period_id") var period: StagePeriodModel
    @Parent(key: "position_id") var position: PositionModel
    @Field(key: "rank") var rank: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(student: UUID, period: UUID, position: UUID, rank: Int) {
        self.$student.id = student
        self.$period.id = period
        self.$position.id = position
        self.rank = rank
    }
}

/// One run of the matching engine for a period; `result` is the engine's JSON output (ids are UUID strings).
final class MatchingRunModel: Model, @unchecked Sendable {
    static let schema = "matching_runs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "period_id") var period: StagePeriodModel
    @Field(key: "algorithm") var algorithm: String
    @Field(key: "seed") var seed: Int64
    @Field(key: "result") var result: String
    @OptionalParent(key: "created_by") var createdBy: UserModel?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "published_at") var publishedAt: Date?

    init() {}
}

/// A coordinator's hand change to a proposal, with the reason (position nil = no place for this student).
final class MatchingOverrideModel: Model, @unchecked Sendable {
    static let schema = "matching_overrides"

    @ID(key: .id) var id: UUID?
    @Parent(key: "run_id") var run: MatchingRunModel
    @Parent(key: "student_id") var student: StudentModel
    @OptionalParent(key: "position_id") var position: PositionModel?
    @Field(key: "reason") var reason: String
    @OptionalParent(key: "created_by") var createdBy: UserModel?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Why a company said no after the introduction talk: a fixed list, so declines can be counted and compared.
enum DeclineReason: String, CaseIterable, Sendable {
    case noCapacity = "geen-plek-meer"
    case skillsMismatch = "vaardigheden"
    case attitude = "houding"
    case communication = "communicatie"
    case scheduleConflict = "rooster"
    case other = "anders"

    var dutchName: String {
        switch self {
        case .noCapacity: "geen plek meer beschikbaar"
        case .skillsMismatch: "vaardigheden passen niet bij het werk"
        case .attitude: "werkhouding in het gesprek"
        case .communication: "communicatie of taal"
        case .scheduleConflict: "dagen en tijden passen niet"
        case .other: "andere reden (toelichting verplicht)"
        }
    }
}

final class CompanyDeclineModel: Model, @unchecked Sendable {
    static let schema = "company_declines"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Parent(key: "company_id") var company: CompanyModel
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "reason") var reason: String
    @Field(key: "explanation") var explanation: String
    @OptionalParent(key: "created_by") var createdBy: UserModel?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
