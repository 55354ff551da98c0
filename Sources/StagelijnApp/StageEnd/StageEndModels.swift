import Fluent
import Foundation
import StagelijnCore

/// A dropout (uitval): opened when a running stage is ended early, open until a next step is recorded.
final class DropoutModel: Model, @unchecked Sendable {
    static let schema = "dropouts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "placement_id") var placement: PlacementModel
    @Parent(key: "student_id") var student: StudentModel
    @Field(key: "school_year") var schoolYear: String
    @Field(key: "ended_on") var endedOn: String
    /// The reason given when the stage was set to "afgebroken" (also in the placement's status history).
    @Field(key: "reason") var reason: String
    @OptionalEnum(key: "cause") var cause: DropoutCause?
    @OptionalField(key: "cause_note") var causeNote: String?
    /// A meldpunt report about this stage; shown only to the meldpunt's handlers.
    @OptionalField(key: "incident_report_id") var incidentReportID: UUID?
    @OptionalField(key: "talk_on") var talkOn: String?
    @OptionalField(key: "talk_note") var talkNote: String?
    @OptionalField(key: "company_contacted_on") var companyContactedOn: String?
    @OptionalField(key: "company_note") var companyNote: String?
    @OptionalField(key: "mentor_informed_at") var mentorInformedAt: Date?
    @Field(key: "support_team_consulted") var supportTeamConsulted: Bool
    @OptionalEnum(key: "next_step") var nextStep: DropoutNextStep?
    @OptionalField(key: "next_step_on") var nextStepOn: String?
    @OptionalField(key: "next_step_note") var nextStepNote: String?
    @Field(key: "started_by_name") var startedByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var progress: DropoutProgress {
        DropoutProgress(talkRecorded: talkOn != nil, companyContacted: companyContactedOn != nil,
                        mentorInformed: mentorInformedAt != nil, nextStep: nextStep)
    }
}

/// A leaver: when they left, the outflow profile and the destination; aftercare planned or not.
final class OutflowModel: Model, @unchecked Sendable {
    static let schema = "outflows"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "student_id") var student: StudentModel
    @Enum(key: "school_type") var schoolType: SchoolType
    @Field(key: "left_on") var leftOn: String
    @Field(key: "school_year") var schoolYear: String
    @Enum(key: "profile") var profile: OutflowProfile
    @Enum(key: "destination") var destination: OutflowDestination
    @OptionalField(key: "destination_note") var destinationNote: String?
    @Field(key: "aftercare") var aftercare: Bool
    @Field(key: "aftercare_requested") var aftercareRequested: Bool
    @OptionalParent(key: "supervisor_id") var supervisor: UserModel?
    @Field(key: "created_by_name") var createdByName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var left: LocalDate { LocalDate(iso: leftOn) ?? LocalDate(year: 2000, month: 1, day: 1)! }
}

/// The destination seen on a day (at leaving, at an aftercare contact); one per leaver per day.
final class OutflowObservationModel: Model, @unchecked Sendable {
    static let schema = "outflow_observations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "outflow_id") var outflow: OutflowModel
    @Field(key: "observed_on") var observedOn: String
    @Enum(key: "destination") var destination: OutflowDestination

    init() {}

    init(outflow: UUID, on day: LocalDate, destination: OutflowDestination) {
        self.$outflow.id = outflow
        self.observedOn = day.iso
        self.destination = destination
    }
}

/// One planned aftercare contact and, once done, its short minute.
final class AftercareContactModel: Model, @unchecked Sendable {
    static let schema = "aftercare_contacts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "outflow_id") var outflow: OutflowModel
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "year") var year: Int
    @Field(key: "number") var number: Int
    @Field(key: "window_start") var windowStart: String
    @Field(key: "window_end") var windowEnd: String
    @Field(key: "planned_on") var plannedOn: String
    @OptionalField(key: "recorded_on") var recordedOn: String?
    @OptionalEnum(key: "party") var party: AftercareParty?
    @OptionalField(key: "minute") var minute: String?
    @OptionalEnum(key: "destination") var destination: OutflowDestination?
    @OptionalField(key: "recorded_by_name") var recordedByName: String?

    init() {}

    var window: ClosedRange<LocalDate> {
        let start = LocalDate(iso: windowStart) ?? LocalDate(year: 2000, month: 1, day: 1)!
        return start...max(start, LocalDate(iso: windowEnd) ?? start)
    }

    var planned: LocalDate { LocalDate(iso: plannedOn) ?? window.lowerBound }

    func state(today: LocalDate) -> AftercareSchedule.State {
        AftercareSchedule.state(window: window, recordedOn: recordedOn.flatMap(LocalDate.init(iso:)), today: today)
    }
}

/// The agreed allowance of one placement.
final class AllowanceModel: Model, @unchecked Sendable {
    static let schema = "allowances"

    @ID(key: .id) var id: UUID?
    @Parent(key: "placement_id") var placement: PlacementModel
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "amount_cents") var amountCents: Int
    @Enum(key: "unit") var unit: Allowance.Unit
    @Enum(key: "source") var source: Allowance.Source
    @Field(key: "cost_cents_per_month") var costCentsPerMonth: Int
    @OptionalField(key: "note") var note: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var value: Allowance {
        Allowance(amountCents: amountCents, unit: unit, source: source, costReimbursementCentsPerMonth: costCentsPerMonth)
    }
}

/// The school's norm for a fair allowance.
final class AllowanceNormModel: Model, @unchecked Sendable {
    static let schema = "allowance_norms"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "minimum_cents_per_month") var minimumCentsPerMonth: Int
    @Field(key: "requires_cost_reimbursement") var requiresCostReimbursement: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var value: AllowanceNorm {
        AllowanceNorm(minimumCentsPerMonth: minimumCentsPerMonth, requiresCostReimbursement: requiresCostReimbursement)
    }
}
