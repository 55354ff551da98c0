import Fluent
import Foundation
import StagelijnCore

/// A report to the meldpunt (`IncidentReport` in the glossary). The text is read only by the school's handlers and the
/// reporter (through the follow-up code); it never goes to logs, statistics or e-mails to others.
final class IncidentReportModel: Model, @unchecked Sendable {
    static let schema = "incident_reports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    /// SHA-256 of the follow-up code; the code itself is shown once to the reporter.
    @Field(key: "code_hash") var codeHash: String
    @Enum(key: "category") var category: IncidentCategory
    /// Comma-separated `DiscriminationGround` codes: a property of the report, never of a person.
    @Field(key: "grounds") var grounds: String
    @Enum(key: "phase") var phase: IncidentPhase
    @Enum(key: "mode") var mode: IncidentMode
    @Enum(key: "reporter_kind") var reporterKind: ReporterKind
    @Field(key: "description") var text: String
    @OptionalParent(key: "company_id") var company: CompanyModel?
    @OptionalField(key: "company_name") var companyName: String?
    @OptionalField(key: "happened_on") var happenedOn: String?
    @OptionalEnum(key: "sector") var sector: Sector?
    @OptionalEnum(key: "school_type") var schoolType: SchoolType?
    @OptionalField(key: "reporter_name") var reporterName: String?
    @OptionalField(key: "reporter_email") var reporterEmail: String?
    @Enum(key: "status") var status: IncidentStatus
    @Field(key: "received_at") var receivedAt: Date
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "response_due") var responseDue: String
    @OptionalField(key: "first_response_on") var firstResponseOn: String?
    @OptionalField(key: "closed_on") var closedOn: String?
    @OptionalEnum(key: "outcome") var outcome: IncidentOutcome?
    @OptionalField(key: "outcome_note") var outcomeNote: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var groundList: [DiscriminationGround] { grounds.split(separator: ",").compactMap { DiscriminationGround(rawValue: String($0)) } }
    var isAnonymous: Bool { reporterName == nil && reporterEmail == nil }

    var fact: IncidentFact {
        IncidentFact(category: category, grounds: groundList, phase: phase, mode: mode, status: status, sector: sector,
                     schoolType: schoolType, receivedOn: LocalDate(iso: receivedOn) ?? LocalDate(receivedAt),
                     firstResponseOn: firstResponseOn.flatMap(LocalDate.init(iso:)), outcome: outcome)
    }
}

/// A message to or from the reporter, an internal note, or a recorded step.
final class IncidentEntryModel: Model, @unchecked Sendable {
    static let schema = "incident_entries"

    enum Kind: String, Codable { case toReporter = "aan-melder", fromReporter = "van-melder", note = "notitie", step = "stap" }

    @ID(key: .id) var id: UUID?
    @Parent(key: "report_id") var report: IncidentReportModel
    @Enum(key: "kind") var kind: Kind
    @OptionalEnum(key: "step") var step: IncidentStep?
    @Field(key: "text") var text: String
    @OptionalField(key: "author_id") var authorID: UUID?
    @Field(key: "author_name") var authorName: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(report: UUID, kind: Kind, step: IncidentStep? = nil, text: String, authorID: UUID?, authorName: String, at: Date) {
        self.$report.id = report
        self.kind = kind
        self.step = step
        self.text = text
        self.authorID = authorID
        self.authorName = authorName
        self.createdAt = at
    }
}

/// The school's meldpunt settings; a school without a row uses the defaults.
final class MeldpuntSettingsModel: Model, @unchecked Sendable {
    static let schema = "meldpunt_settings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Field(key: "coordinators_handle") var coordinatorsHandle: Bool
    @Field(key: "care_coordinators_handle") var careCoordinatorsHandle: Bool
    @Field(key: "retention_months") var retentionMonths: Int
    /// One holiday per line, `2026-12-21 t/m 2027-01-01` (`SchoolCalendar.parseHolidays`).
    @Field(key: "holidays") var holidays: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    static func defaults(school: UUID) -> MeldpuntSettingsModel {
        let model = MeldpuntSettingsModel()
        model.$school.id = school
        model.coordinatorsHandle = true
        model.careCoordinatorsHandle = true
        model.retentionMonths = IncidentRetention.defaultMonths
        model.holidays = ""
        return model
    }

    var handlers: MeldpuntAccess.Handlers { .init(coordinators: coordinatorsHandle, careCoordinators: careCoordinatorsHandle) }
    var calendar: SchoolCalendar { SchoolCalendar(holidays: SchoolCalendar.parseHolidays(holidays).ranges) }
}

/// A named vertrouwenspersoon (or any other staff member the school names as handler).
final class MeldpuntHandlerModel: Model, @unchecked Sendable {
    static let schema = "meldpunt_handlers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "user_id") var user: UserModel
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A school's "niet plaatsen" mark on a (board-shared) company, with the reason.
final class CompanyPlacementBlockModel: Model, @unchecked Sendable {
    static let schema = "company_placement_blocks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: SchoolModel
    @Parent(key: "company_id") var company: CompanyModel
    @Field(key: "reason") var reason: String
    @Field(key: "set_by_name") var setByName: String
    @Field(key: "set_at") var setAt: Date

    init() {}
}

/// A summary a handler shares with one named staff member (a mentor or supervisor); the report itself stays with the
/// handlers. Removed with the report (retention).
final class IncidentSharedSummaryModel: Model, @unchecked Sendable {
    static let schema = "incident_shared_summaries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "report_id") var report: IncidentReportModel
    @Parent(key: "recipient_id") var recipient: UserModel
    @Field(key: "text") var text: String
    @Field(key: "shared_by_name") var sharedByName: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
