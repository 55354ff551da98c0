import Fluent
import Foundation
import StagelijnCore

/// The steps of the meldpunt's business: a report arrives, handlers answer and record steps, the report is closed,
/// and closed reports are purged after the school's retention period. Every write is audited in the same transaction,
/// and no audit entry, log line or e-mail ever carries the text of a report (issue 12).
enum MeldpuntService {
    /// What the audit log keeps of a report: its labels, never its text, names or e-mail.
    struct AuditView: Encodable {
        let category: String, phase: String, mode: String, status: String
        var outcome: String?
        var company: String?

        init(_ report: IncidentReportModel) {
            category = report.category.rawValue
            phase = report.phase.rawValue
            mode = report.mode.rawValue
            status = report.status.rawValue
            outcome = report.outcome?.rawValue
            company = report.$company.id?.uuidString
        }
    }

    static let reporterActorName = "Melder (via het meldpunt)"

    /// Stores a report; returns it with its follow-up code (shown once; only the hash is kept).
    static func submit(_ input: IncidentReportInput, school: SchoolModel, calendar: SchoolCalendar, now: Date,
                       baseURL: String, on db: any Database) async throws -> (report: IncidentReportModel, code: String) {
        let schoolID = try school.requireID()
        let today = LocalDate(now)
        let code = FollowUpCode.make()
        let report = IncidentReportModel()
        report.$school.id = schoolID
        report.codeHash = SecureToken.hash(code)
        report.category = input.category
        report.grounds = input.grounds.map(\.rawValue).joined(separator: ",")
        report.phase = input.phase
        report.mode = input.mode
        report.reporterKind = input.reporterKind
        report.text = input.description
        report.companyName = input.companyName
        report.$company.id = try await MeldpuntRepository(db: db).company(named: input.companyName, board: school.$board.id)
        report.happenedOn = input.happenedOn?.iso
        report.sector = input.sector
        report.schoolType = input.schoolType
        report.reporterName = input.reporterName
        report.reporterEmail = input.reporterEmail
        report.status = input.mode == .followUp ? .new : .registered
        report.receivedAt = now
        report.receivedOn = today.iso
        report.responseDue = ResponseDeadline.due(receivedOn: today, calendar: calendar).iso
        let handlers = try await MeldpuntRepository(db: db).handlerEmails(school: schoolID)
        try await db.transaction { tx in
            try await report.create(on: tx)
            try await AuditLog.record(on: tx, actor: .system(reporterActorName, schoolID: schoolID), entity: "incidentReport",
                                      id: report.requireID(), action: .create, before: AuditView?.none, after: AuditView(report), at: now)
            for email in handlers {
                try await Outbox.enqueue(school: schoolID, to: email, subject: "Nieuwe melding bij het meldpunt",
                                         body: MeldpuntMessages.newReport(report, baseURL: baseURL), at: now, on: tx)
            }
            if let email = report.reporterEmail {
                try await Outbox.enqueue(school: schoolID, to: email, subject: "Je melding is ontvangen",
                                         body: MeldpuntMessages.receipt(report, school: school.name, baseURL: baseURL), at: now, on: tx)
            }
        }
        return (report, code)
    }

    /// Audits that a person read a report (SECURITY.md: every read of incidents is logged).
    static func recordRead(_ report: IncidentReportModel, actor: Actor, now: Date, on db: any Database) async throws {
        try await AuditLog.record(on: db, actor: actor, entity: "incidentReport", id: report.requireID(), action: .read,
                                  before: AuditView?.none, after: AuditView?.none, at: now)
    }

    enum HandlerAction {
        case message(String), note(String), step(IncidentStep, String)
        case close(IncidentOutcome, String?)
        case reopen
        case linkCompany(UUID?)
        /// A summary for one named mentor or supervisor (checked by the caller to be staff of the school).
        case share(recipient: UUID, text: String)
    }

    /// A handler's action on a report, with its audit entry; a message or a step is the first response.
    static func handle(_ action: HandlerAction, report: IncidentReportModel, actor: Actor, now: Date, baseURL: String,
                       on db: any Database) async throws {
        let reportID = try report.requireID()
        let before = AuditView(report)
        let today = LocalDate(now)
        var entry: IncidentEntryModel?
        var summary: IncidentSharedSummaryModel?
        var notifyReporter = false
        switch action {
        case let .message(text):
            entry = IncidentEntryModel(report: reportID, kind: .toReporter, text: text, authorID: actor.userID, authorName: actor.name, at: now)
            notifyReporter = true
        case let .note(text):
            entry = IncidentEntryModel(report: reportID, kind: .note, text: text, authorID: actor.userID, authorName: actor.name, at: now)
        case let .step(step, text):
            entry = IncidentEntryModel(report: reportID, kind: .step, step: step, text: text, authorID: actor.userID,
                                       authorName: actor.name, at: now)
        case let .close(outcome, note):
            report.status = .closed
            report.closedOn = today.iso
            report.outcome = outcome
            report.outcomeNote = note
            notifyReporter = true
        case .reopen:
            report.status = .inProgress
            report.closedOn = nil
        case let .linkCompany(company):
            report.$company.id = company
        case let .share(recipient, text):
            let shared = IncidentSharedSummaryModel()
            shared.$report.id = reportID
            shared.$recipient.id = recipient
            shared.text = text
            shared.sharedByName = actor.name
            shared.createdAt = now
            summary = shared
        }
        if let entry, entry.kind != .note {
            if report.firstResponseOn == nil { report.firstResponseOn = today.iso }
            if report.status == .new { report.status = .inProgress }
        }
        let newEntry = entry, notify = notifyReporter, newSummary = summary
        try await db.transaction { tx in
            if let summary = newSummary {
                try await summary.create(on: tx)
                try await AuditLog.record(on: tx, actor: actor, entity: "incidentSummary", id: summary.requireID(), action: .create,
                                          before: [String: String]?.none,
                                          after: ["report": reportID.uuidString, "recipient": summary.$recipient.id.uuidString], at: now)
            }
            if let entry = newEntry {
                try await entry.create(on: tx)
                try await AuditLog.record(on: tx, actor: actor, entity: "incidentEntry", id: entry.requireID(), action: .create,
                                          before: [String: String]?.none,
                                          after: ["report": reportID.uuidString, "kind": entry.kind.rawValue, "step": entry.step?.rawValue ?? ""],
                                          at: now)
            }
            try await report.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "incidentReport", id: reportID, action: .update,
                                      before: before, after: AuditView(report), at: now)
            if notify, let email = report.reporterEmail {
                try await Outbox.enqueue(school: report.$school.id, to: email, subject: "Nieuws over je melding",
                                         body: MeldpuntMessages.update(baseURL: baseURL), at: now, on: tx)
            }
        }
    }

    /// The reporter writes back through the follow-up code, or asks a registered report to be followed up after all.
    static func reporterReply(_ text: String?, askFollowUp: Bool, report: IncidentReportModel, calendar: SchoolCalendar,
                              now: Date, on db: any Database) async throws {
        let reportID = try report.requireID()
        let before = AuditView(report)
        let actor = Actor.system(reporterActorName, schoolID: report.$school.id)
        if askFollowUp && report.status == .registered {
            report.mode = .followUp
            report.status = .new
            report.responseDue = ResponseDeadline.due(receivedOn: LocalDate(now), calendar: calendar).iso
        }
        if report.status == .closed, text != nil { report.status = .inProgress; report.closedOn = nil }
        try await db.transaction { tx in
            if let text {
                let entry = IncidentEntryModel(report: reportID, kind: .fromReporter, text: text, authorID: nil,
                                               authorName: "Melder", at: now)
                try await entry.create(on: tx)
                try await AuditLog.record(on: tx, actor: actor, entity: "incidentEntry", id: entry.requireID(), action: .create,
                                          before: [String: String]?.none, after: ["report": reportID.uuidString, "kind": entry.kind.rawValue],
                                          at: now)
            }
            try await report.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "incidentReport", id: reportID, action: .update,
                                      before: before, after: AuditView(report), at: now)
        }
    }

    /// Removes closed reports older than each school's retention period (run by `Maintenance`).
    @discardableResult
    static func purgeExpired(now: Date, on db: any Database) async throws -> Int {
        let today = LocalDate(now)
        let candidates = try await IncidentReportModel.query(on: db).filter(\.$status ~~ [.closed, .registered]).all()
        var months: [UUID: Int] = [:]
        var removed = 0
        for report in candidates {
            let school = report.$school.id
            if months[school] == nil { months[school] = try await MeldpuntRepository(db: db).settings(school: school).retentionMonths }
            guard IncidentRetention.isExpired(status: report.status, closedOn: report.closedOn.flatMap(LocalDate.init(iso:)),
                                              receivedOn: LocalDate(iso: report.receivedOn) ?? today,
                                              months: months[school] ?? IncidentRetention.defaultMonths, today: today)
            else { continue }
            let id = try report.requireID()
            try await db.transaction { tx in
                try await IncidentEntryModel.query(on: tx).filter(\.$report.$id == id).delete()
                try await report.delete(on: tx)
                try await AuditLog.record(on: tx, actor: .system("Bewaartermijn meldpunt", schoolID: school), entity: "incidentReport",
                                          id: id, action: .delete, before: AuditView(report), after: AuditView?.none, at: now)
            }
            removed += 1
        }
        return removed
    }
}
