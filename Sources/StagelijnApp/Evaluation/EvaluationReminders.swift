import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// Reminders for unanswered evaluations: 7 days after the last message, at most two (`EvaluationSchedule`).
enum EvaluationReminders {
    static func sendDue(now: Date, on db: any Database) async throws -> Int {
        let open = try await EvaluationModel.query(on: db).filter(\.$answeredAt == nil)
            .filter(\.$remindersSent < EvaluationSchedule.maximumReminders).all()
        var sent = 0
        for evaluation in open where EvaluationSchedule.reminderDue(
            sentAt: evaluation.sentAt, lastReminderAt: evaluation.lastReminderAt, remindersSent: evaluation.remindersSent,
            answered: false, now: now) {
            let reminded = try await db.transaction { tx -> Bool in
                guard try await claim(evaluation, at: now, on: tx),
                      let placement = try await AgreementAutomation.loadPlacement(evaluation.$placement.id, on: tx) else { return false }
                try await send(evaluation, placement: placement, at: now, on: tx)
                try await AuditLog.record(on: tx, actor: .system(EvaluationAutomation.actorName, schoolID: placement.$school.id),
                                          entity: "evaluation", id: evaluation.requireID(), action: .update,
                                          before: ["herinneringen": "\(evaluation.remindersSent)"],
                                          after: ["herinneringen": "\(evaluation.remindersSent + 1)"], at: now)
                return true
            }
            if reminded { sent += 1 }
        }
        return sent
    }

    /// Counts the reminder atomically (`… WHERE reminders_sent = n`): of two app servers, only one sends it.
    private static func claim(_ evaluation: EvaluationModel, at date: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let won = try await sql.update(EvaluationModel.schema)
            .set("reminders_sent", to: SQLBind(evaluation.remindersSent + 1))
            .set("last_reminder_at", to: SQLBind(date))
            .where("id", .equal, SQLBind(try evaluation.requireID()))
            .where("reminders_sent", .equal, SQLBind(evaluation.remindersSent))
            .where("answered_at", .is, SQLLiteral.null)
            .returning("id").all()
        return won.count == 1
    }

    private static func send(_ evaluation: EvaluationModel, placement: PlacementModel, at date: Date, on db: any Database) async throws {
        let school = placement.$school.id
        switch evaluation.evaluationPerspective {
        case .workplaceMentor:
            if let link = try await EvaluationAutomation.workplaceMentorLink(placement, now: date, on: db) {
                try await EvaluationMessages.invite(link, placement: placement, moment: evaluation.evaluationMoment, reminder: true,
                                                    at: date, on: db)
            }
        case .student:
            if let email = placement.student.email, FieldReader.isEmail(email, maxLength: 200) {
                try await EvaluationMessages.remindInApp(school: school, to: email, student: true, at: date, on: db)
            }
        case .supervisor:
            if let id = placement.supervisorID, let user = try await UserModel.find(id, on: db) {
                try await EvaluationMessages.remindInApp(school: school, to: user.email, student: false, at: date, on: db)
            }
        case .coordinator:
            let coordinators = try await MembershipModel.query(on: db).filter(\.$school.$id == school).filter(\.$role == .coordinator)
                .with(\.$user).all()
            for membership in coordinators {
                try await EvaluationMessages.remindInApp(school: school, to: membership.user.email, student: false, at: date, on: db)
            }
        }
    }
}
