import Fluent
import Foundation
import StagelijnCore

/// The stage agreement (stageovereenkomst, WVO art. 35) of one placement. Lists are stored one item per line.
final class AgreementModel: Model, @unchecked Sendable {
    static let schema = "agreements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "learning_activities") var learningActivities: String
    @Field(key: "company_name") var companyName: String
    @Field(key: "position_locations") var positionLocations: String
    @OptionalField(key: "start_date") var startDate: String?
    @OptionalField(key: "end_date") var endDate: String?
    @Field(key: "schedule_text") var scheduleText: String
    @Field(key: "school_share") var schoolShare: String
    @Field(key: "company_share") var companyShare: String
    @Field(key: "assessment") var assessment: String
    @Field(key: "inspection") var inspection: String
    @OptionalField(key: "accident_by") var accidentBy: String?
    @OptionalField(key: "premium_by") var premiumBy: String?
    /// The stage plan (WVO art. 33), linked to the agreement (migration 019).
    @Field(key: "plan_aim") var planAim: String
    @Field(key: "plan_content") var planContent: String
    @Field(key: "plan_size") var planSize: String
    @Field(key: "plan_structure") var planStructure: String
    @Field(key: "plan_organisation") var planOrganisation: String
    /// When the agreement went out for signing; nil while it is a draft.
    @OptionalField(key: "sent_at") var sentAt: Date?
    /// The text exactly as it went out for signing (migration 021): what people sign stays the same characters even
    /// when the document layout of a later version changes. Cleared with `sentAt` when the content changes.
    @OptionalField(key: "sent_text") var sentText: String?
    /// When the signed copy went to every signer (migration 021); once per fully signed version.
    @OptionalField(key: "copy_sent_at") var copySentAt: Date?
    @Children(for: \.$agreement) var signatures: [AgreementSignatureModel]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// The content as the rules engine sees it, with the given signatures and the student's birth date.
    func content(birthDate: LocalDate?, signatures: [AgreementSignatureModel]) -> AgreementContent {
        AgreementContent(
            learningActivities: Self.lines(learningActivities), company: companyName,
            positionLocations: Self.lines(positionLocations), startDate: startDate.flatMap(LocalDate.init(iso:)),
            endDate: endDate.flatMap(LocalDate.init(iso:)), schedule: scheduleText, schoolSupervisionShare: schoolShare,
            companySupervisionShare: companyShare, assessmentByCompany: assessment, inspectionArrangement: inspection,
            accidentAndLiabilityBy: accidentBy.flatMap(InsuranceParty.init(rawValue:)),
            premiumPaidBy: premiumBy.flatMap(InsuranceParty.init(rawValue:)), studentBirthDate: birthDate,
            signatures: signatures.compactMap(\.signature))
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A standing cooperation agreement between the school and a company (WVO art. 36): its parts fill every new
/// agreement with that company while it is valid.
final class CooperationAgreementModel: Model, @unchecked Sendable {
    static let schema = "cooperation_agreements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "company_id") var company: CompanyModel
    @Field(key: "valid_until") var validUntil: String
    @Field(key: "company_share") var companyShare: String
    @Field(key: "assessment") var assessment: String
    @Field(key: "inspection") var inspection: String
    @Field(key: "accident_by") var accidentBy: String
    @Field(key: "premium_by") var premiumBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A signature on an agreement: on paper (recorded by the coordinator) or, later, digital through a personal link.
final class AgreementSignatureModel: Model, @unchecked Sendable {
    static let schema = "agreement_signatures"

    @ID(key: .id) var id: UUID?
    @Parent(key: "agreement_id") var agreement: AgreementModel
    @Field(key: "role") var role: String
    @Field(key: "name") var name: String
    @Field(key: "signed_on") var signedOn: String
    /// "papier" or "digitaal".
    @Field(key: "method") var method: String
    @OptionalParent(key: "recorded_by") var recordedBy: UserModel?
    @Field(key: "recorded_at") var recordedAt: Date
    /// SHA-256 (hex) of the exact agreement text that was signed (migration 017).
    @OptionalField(key: "text_hash") var textHash: String?

    init() {}

    var signature: AgreementSignature? {
        guard let role = SignatoryRole(rawValue: role), let date = LocalDate(iso: signedOn) else { return nil }
        return AgreementSignature(role: role, name: name, signedAt: date)
    }
}

/// The weekly work pattern of a placement and the outcome of its last check.
final class PlacementScheduleModel: Model, @unchecked Sendable {
    static let schema = "placement_schedules"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Field(key: "stage_kind") var stageKind: String
    /// JSON of `WeeklySchedule`.
    @Field(key: "days") var days: String
    /// Comma-separated `ScheduleException` raw values.
    @Field(key: "exceptions") var exceptions: String
    @Field(key: "violation_count") var violationCount: Int
    /// The coordinator's reason for keeping a schedule that breaks a rule.
    @OptionalField(key: "override_reason") var overrideReason: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var weekly: WeeklySchedule {
        (try? JSONDecoder().decode(WeeklySchedule.self, from: Data(days.utf8))) ?? WeeklySchedule(days: [])
    }

    var exceptionSet: Set<ScheduleException> {
        Set(exceptions.split(separator: ",").compactMap { ScheduleException(rawValue: String($0)) })
    }
}

/// One decision on a readiness criterion of a student.
final class ReadinessDecisionModel: Model, @unchecked Sendable {
    static let schema = "readiness_decisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "criterion") var criterion: String
    @Field(key: "met") var met: Bool
    @Field(key: "note") var note: String
    @OptionalParent(key: "decided_by") var decidedBy: UserModel?
    @Field(key: "decided_by_name") var decidedByName: String
    @Field(key: "decided_on") var decidedOn: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var decision: ReadinessDecision? {
        guard let criterion = ReadinessCriterion(rawValue: criterion), let date = LocalDate(iso: decidedOn) else { return nil }
        return ReadinessDecision(criterion: criterion, met: met, decidedBy: decidedByName, decidedOn: date, note: note)
    }
}
