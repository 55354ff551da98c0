import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// Evaluations go out without anyone clicking (issue 13): when a stage is completed, and halfway through a stage
/// longer than 10 weeks. The student, supervisor and coordinator find theirs in the app (the student directly, not
/// through the company: the national monitor's weak point); the praktijkbegeleider gets an e-mail with their personal
/// link. Unanswered evaluations get a reminder after 7 days, at most two. Run by the outbox worker every 10 minutes.
enum EvaluationAutomation {
    static let actorName = "Stagelijn (automatisch)"
    /// Completed stages are looked at for this long after their period ended; older ones are history.
    static let lookBackDays = 60
    /// The praktijkbegeleider's link stays usable long enough for both reminders.
    static let linkValidDays = 21

    struct Outcome: Equatable { var opened = 0, reminders = 0 }

    @discardableResult
    static func runDue(now: Date, on db: any Database) async throws -> Outcome {
        let today = LocalDate(now)
        let placements = try await PlacementModel.query(on: db).filter(\.$status ~~ [.active, .completed])
            .join(StagePeriodModel.self, on: \PlacementModel.$period.$id == \StagePeriodModel.$id)
            .filter(StagePeriodModel.self, \.$endDate >= today.adding(days: -lookBackDays).iso)
            .with(\.$period).all()
        let opened = try await EvaluationModel.query(on: db).filter(\.$placement.$id ~~ placements.compactMap(\.id)).all()
        let done = Set(opened.map { "\($0.$placement.id)|\($0.moment)" })
        var outcome = Outcome()
        for placement in placements {
            let id = try placement.requireID()
            let moments = EvaluationSchedule.dueMoments(start: placement.period.start, end: placement.period.end,
                                                        status: placement.status, today: today)
            for moment in moments where !done.contains("\(id)|\(moment.rawValue)") {
                if try await open(id, moment: moment, now: now, on: db) { outcome.opened += 1 }
            }
        }
        outcome.reminders = try await EvaluationReminders.sendDue(now: now, on: db)
        return outcome
    }

    /// Opens one moment of one stage for every perspective, with the praktijkbegeleider's mail, in one transaction.
    /// Returns false when it was already open: the unique key (stage, moment, perspective) makes a second app server's
    /// attempt fail as a whole, so nobody gets the evaluation or the mail twice.
    static func open(_ placementID: UUID, moment: EvaluationMoment, now: Date, on db: any Database) async throws -> Bool {
        do {
            return try await db.transaction { tx in
                guard let placement = try await AgreementAutomation.loadPlacement(placementID, on: tx) else { return false }
                let actor = Actor.system(actorName, schoolID: placement.$school.id)
                let bank = try await EvaluationBankLibrary(db: tx).current(board: placement.school.$board.id, actor: actor, at: now)
                let link = try await workplaceMentorLink(placement, now: now, on: tx)
                let perspectives = EvaluationSchedule.perspectives(workplaceMentorHasEmail: link != nil,
                                                                   hasSupervisor: placement.supervisorID != nil)
                for perspective in perspectives {
                    let evaluation = EvaluationModel()
                    evaluation.$school.id = placement.$school.id
                    evaluation.$placement.id = placementID
                    evaluation.$bank.id = try bank.requireID()
                    evaluation.moment = moment.rawValue
                    evaluation.perspective = perspective.rawValue
                    evaluation.sentAt = now
                    evaluation.remindersSent = 0
                    try await evaluation.create(on: tx)
                    try await AuditLog.record(on: tx, actor: actor, entity: "evaluation", id: evaluation.requireID(), action: .create,
                                              before: [String: String]?.none,
                                              after: ["moment": moment.dutchName, "voor": perspective.dutchName], at: now)
                }
                if let link {
                    try await EvaluationMessages.invite(link, placement: placement, moment: moment, reminder: false, at: now, on: tx)
                }
                return true
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return false
        }
    }

    /// The praktijkbegeleider's personal link of the stage (purpose `confirmHours`; `WorkplaceLink` opens it), kept
    /// open long enough for the reminders; made from the stored contact when the school never sent one.
    static func workplaceMentorLink(_ placement: PlacementModel, now: Date, on db: any Database) async throws -> AccessLinkModel? {
        let until = now.addingTimeInterval(Double(linkValidDays) * 24 * 3600)
        if let link = try await AccessLinkModel.query(on: db).filter(\.$placement.$id == placement.requireID())
            .filter(\.$purpose == AccessLinkModel.Purpose.confirmHours.rawValue).filter(\.$revokedAt == nil)
            .sort(\.$createdAt, .descending).first() {
            if link.expiresAt < until {
                link.expiresAt = until
                try await link.save(on: db)
            }
            return link
        }
        guard let mentor = try await AgreementContacts.load(for: placement, on: db).workplaceMentor, mentor.hasEmail,
              let email = mentor.email else { return nil }
        return try await AccessLinks.create(placement: placement.requireID(), role: SignatoryRole.company.rawValue,
                                            purpose: .confirmHours, name: mentor.name, email: email, createdBy: nil,
                                            at: now, expires: until, on: db)
    }
}
