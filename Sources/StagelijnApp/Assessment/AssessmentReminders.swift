import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// A week before an assessment is due, the praktijkbegeleider whose part is not yet approved gets one e-mail with
/// their personal link (the stage's hours link; a new mail makes a new token, the newest mail's link works). Run by
/// the outbox worker; at most one reminder per assessment, also with several app servers (a conditional update
/// decides which server sends it).
enum AssessmentReminders {
    static let daysBefore = 7

    @discardableResult
    static func runDue(now: Date, on db: any Database) async throws -> Int {
        let today = LocalDate(now)
        let candidates = try await AssessmentModel.query(on: db).filter(\.$completedOn == nil).filter(\.$remindedAt == nil)
            .filter(\.$dueOn <= today.adding(days: daysBefore).iso).filter(\.$dueOn >= today.adding(days: -daysBefore).iso).all()
        var sent = 0
        for assessment in candidates {
            if try await remind(assessment, today: today, now: now, on: db) { sent += 1 }
        }
        return sent
    }

    private static func remind(_ assessment: AssessmentModel, today: LocalDate, now: Date, on db: any Database) async throws -> Bool {
        let parts = try await AssessmentService(db: db).parts(of: assessment)
        guard parts[.workplaceMentor]?.approvedAt == nil,
              let link = try await AccessLinkModel.query(on: db).filter(\.$placement.$id == assessment.$placement.id)
                .filter(\.$purpose == AccessLinkModel.Purpose.confirmHours.rawValue).filter(\.$revokedAt == nil)
                .filter(\.$expiresAt > now).sort(\.$createdAt, .descending).first(),
              let placement = try await PlacementModel.query(on: db).filter(\.$id == assessment.$placement.id)
                .filter(\.$status ~~ [.active, .completed]).with(\.$student).first()
        else { return false }
        return try await db.transaction { tx in
            guard try await claim(assessment, at: now, on: tx) else { return false }
            let kind = AssessmentKind(rawValue: assessment.kind) ?? .interim
            let due = LocalDate(iso: assessment.dueOn)?.dutch ?? assessment.dueOn
            try await Outbox.enqueue(
                school: placement.$school.id, to: link.recipientEmail,
                subject: "\(kind.dutchName.capitalizedFirstLetter) van \(placement.student.fullName): uiterlijk \(due)",
                body: "Beste \(link.recipientName),\n\nDe \(kind.dutchName) van \(placement.student.fullName) moet uiterlijk \(due) klaar zijn. "
                    + "Wilt u uw deel invullen? Dat kan op uw telefoon, via uw persoonlijke link:\n\(Outbox.linkPlaceholder)\n\n"
                    + "Kies daar 'Beoordelingen'. Deze link vervangt de link uit eerdere berichten.\n",
                link: link, at: now, on: tx)
            try await AuditLog.record(on: tx, actor: .system("herinnering", schoolID: placement.$school.id), entity: "assessment",
                                      id: try assessment.requireID(), action: .update, before: ["herinnering": ""],
                                      after: ["herinnering": "aan \(link.recipientName)"], at: now)
            return true
        }
    }

    /// Marks the assessment reminded, atomically: of two servers running the job, one wins.
    private static func claim(_ assessment: AssessmentModel, at date: Date, on db: any Database) async throws -> Bool {
        try await SQLClaim.setOnce(AssessmentModel.schema, id: assessment.requireID(), column: "reminded_at", to: date, on: db)
    }
}
