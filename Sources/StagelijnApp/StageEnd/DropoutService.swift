import Fluent
import Foundation
import StagelijnCore

/// The dropout procedure of seed 004 §4.5 as business steps. A placement ending early (status "afgebroken", set
/// through the placement's one status rule) opens a dropout in the same transaction and informs the mentor at once.
enum DropoutService {
    /// Opens the dropout when `previous → terminated` is a dropout (`DropoutTrigger`). Call it with the transaction
    /// that changed the placement's status. Returns nil when the change is not a dropout.
    @discardableResult
    static func openIfDropout(placement: PlacementModel, previous: PlacementStatus, reason: String, actor: Actor,
                              today: LocalDate, at date: Date, baseURL: String, on db: any Database) async throws -> DropoutModel? {
        guard DropoutTrigger.opensDropout(from: previous, to: placement.status) else { return nil }
        let placementID = try placement.requireID()
        if let existing = try await DropoutModel.query(on: db).filter(\.$placement.$id == placementID).first() { return existing }
        let dropout = DropoutModel()
        dropout.$school.id = placement.$school.id
        dropout.$placement.id = placementID
        dropout.$student.id = placement.$student.id
        dropout.schoolYear = SchoolYear(containing: today).name
        dropout.endedOn = today.iso
        dropout.reason = String(reason.prefix(1000))
        dropout.supportTeamConsulted = false
        dropout.startedByName = actor.name
        try await dropout.create(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "dropout", id: try dropout.requireID(), action: .create,
                                  before: nil as [String: String]?,
                                  after: ["placement": placementID.uuidString, "reason": dropout.reason, "endedOn": dropout.endedOn],
                                  at: date)
        try await informMentor(dropout, student: placement.student, what: .started, actor: actor, at: date, baseURL: baseURL, on: db)
        return dropout
    }

    enum MentorNews { case started, nextStep(DropoutNextStep) }

    /// Seed 004: "De mentor wordt te allen tijde van de bovenstaande acties op de hoogte gebracht en gehouden."
    /// The mail names no student and no reason: it says where in Stagelijn to look (the mentor's home page).
    static func informMentor(_ dropout: DropoutModel, student: StudentModel, what: MentorNews, actor: Actor, at date: Date,
                             baseURL: String, on db: any Database) async throws {
        guard let mentorID = student.$mentor.id, let mentor = try await UserModel.find(mentorID, on: db) else { return }
        let link = "\(baseURL)\(StageEndPath.dropout(try dropout.requireID()).path)"
        let (subject, body): (String, String) = switch what {
        case .started:
            ("Stage afgebroken: leerling uit klas \(student.className)",
             "Beste \(mentor.name),\n\nDe stage van een leerling uit uw klas \(student.className) is voortijdig beëindigd. "
                + "De stagebegeleider bespreekt de oorzaak met de leerling en neemt contact op met het bedrijf.\n\n"
                + "Wat er is gebeurd en wat de vervolgstap wordt, leest u in Stagelijn:\n\(link)\n\n"
                + "Tot er een vervolgstap is, staat dit op uw startpagina.\n")
        case let .nextStep(step):
            ("Vervolgstap na afgebroken stage: leerling uit klas \(student.className)",
             "Beste \(mentor.name),\n\nVoor de leerling uit uw klas \(student.className) van wie de stage is afgebroken, is de "
                + "vervolgstap vastgelegd: \(step.dutchName). De leerling blijft zelf actief zoeken naar een stageplek.\n\n"
                + "Meer in Stagelijn:\n\(link)\n")
        }
        try await Outbox.enqueue(school: dropout.$school.id, to: mentor.email, subject: subject, body: body, at: date, on: db)
        let before = dropout.mentorInformedAt
        dropout.mentorInformedAt = date
        try await dropout.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "dropout", id: try dropout.requireID(), action: .update,
                                  before: ["mentorInformedAt": before.map { "\($0.timeIntervalSince1970)" } ?? ""],
                                  after: ["mentorInformedAt": "\(date.timeIntervalSince1970)", "mentor": mentor.name], at: date)
    }

    enum Action {
        case cause(DropoutCause, note: String?, incidentReport: UUID?)
        case talk(on: LocalDate, note: String)
        case companyContacted(on: LocalDate, note: String)
        case informMentor
        case nextStep(DropoutNextStep, note: String?, supportTeamConsulted: Bool)
    }

    /// One step of the procedure, audited in the same transaction.
    static func record(_ action: Action, dropout: DropoutModel, student: StudentModel, actor: Actor, today: LocalDate,
                       at date: Date, baseURL: String, on db: any Database) async throws {
        try await db.transaction { tx in
            let before = snapshot(dropout)
            switch action {
            case let .cause(cause, note, report):
                dropout.cause = cause
                dropout.causeNote = note
                dropout.incidentReportID = report
            case let .talk(day, note):
                dropout.talkOn = day.iso
                dropout.talkNote = note
            case let .companyContacted(day, note):
                dropout.companyContactedOn = day.iso
                dropout.companyNote = note
            case .informMentor:
                try await informMentor(dropout, student: student, what: .started, actor: actor, at: date, baseURL: baseURL, on: tx)
                return
            case let .nextStep(step, note, consulted):
                dropout.nextStep = step
                dropout.nextStepNote = note
                dropout.nextStepOn = today.iso
                dropout.supportTeamConsulted = consulted
            }
            try await dropout.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "dropout", id: try dropout.requireID(), action: .update,
                                      before: before, after: snapshot(dropout), at: date)
            if case let .nextStep(step, _, _) = action {
                try await informMentor(dropout, student: student, what: .nextStep(step), actor: actor, at: date, baseURL: baseURL, on: tx)
            }
        }
    }

    private static func snapshot(_ dropout: DropoutModel) -> [String: String] {
        ["cause": dropout.cause?.rawValue ?? "", "causeNote": dropout.causeNote ?? "",
         "incidentReport": dropout.incidentReportID?.uuidString ?? "", "talkOn": dropout.talkOn ?? "",
         "talkNote": dropout.talkNote ?? "", "companyContactedOn": dropout.companyContactedOn ?? "",
         "companyNote": dropout.companyNote ?? "", "nextStep": dropout.nextStep?.rawValue ?? "",
         "nextStepNote": dropout.nextStepNote ?? "", "supportTeamConsulted": dropout.supportTeamConsulted ? "ja" : "nee"]
    }
}
