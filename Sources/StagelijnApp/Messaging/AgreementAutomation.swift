import Fluent
import Foundation
import StagelijnCore

/// What happens to an agreement without anyone clicking: after the last signature the signed copy goes out and the
/// placement follows (`AgreementFollowUp.placementStep`); periodically, reminders for open invitations and the start
/// of signed stages whose start date has come.
enum AgreementAutomation {
    static let actorName = "Stagelijn (automatisch)"

    /// After a signature, in the same transaction: when the agreement is now complete and fully signed, send the
    /// signed copy (once) and move the placement on. Returns the step taken.
    @discardableResult
    static func afterSignature(placement id: UUID, today: LocalDate, now: Date, on db: any Database) async throws
        -> AgreementFollowUp.PlacementStep {
        guard let placement = try await loadPlacement(id, on: db) else { return .none }
        let state = try await AgreementRepository(db: db).state(for: placement, today: today)
        guard state.isFullySigned, let agreement = state.agreement else { return .none }
        if agreement.copySentAt == nil {
            try await AgreementMessages.sendSignedCopy(placement: placement, state: state, at: now, on: db)
        }
        return try await follow(placement, state: state, today: today, now: now, on: db)
    }

    private static func follow(_ placement: PlacementModel, state: AgreementState, today: LocalDate, now: Date,
                               on db: any Database) async throws -> AgreementFollowUp.PlacementStep {
        let step = AgreementFollowUp.placementStep(status: placement.status, fullySigned: state.isFullySigned,
                                                   startDate: state.content.startDate, today: today)
        if step == .start {
            try await FluentPlacementRepository(db: db).changeStatus(
                placement, to: .active, reason: "De overeenkomst is volledig ondertekend en de stage is begonnen.",
                actor: .system(actorName, schoolID: placement.$school.id), at: now, agreementException: false)
        }
        return step
    }

    struct Outcome: Equatable { var reminders = 0, started = 0 }

    /// Reminders that are due and signed stages that have begun, for every school.
    @discardableResult
    static func runDue(now: Date, on db: any Database) async throws -> Outcome {
        var outcome = Outcome()
        let today = LocalDate(now)
        // Stages in `overeenkomst` whose agreement went out and whose start date has come.
        let waiting = try await PlacementModel.query(on: db).filter(\.$status == .agreement)
            .join(AgreementModel.self, on: \PlacementModel.$id == \AgreementModel.$placement.$id)
            .filter(AgreementModel.self, \.$sentAt != nil).filter(AgreementModel.self, \.$startDate <= today.iso).all(\.$id)
        for id in waiting {
            let started = try await db.transaction { tx -> Bool in
                guard let placement = try await loadPlacement(id, on: tx) else { return false }
                let state = try await AgreementRepository(db: tx).state(for: placement, today: today)
                return try await follow(placement, state: state, today: today, now: now, on: tx) == .start
            }
            if started { outcome.started += 1 }
        }
        outcome.reminders = try await sendReminders(now: now, on: db)
        return outcome
    }

    private static func sendReminders(now: Date, on db: any Database) async throws -> Int {
        let open = try await AccessLinkModel.query(on: db).filter(\.$purpose == AccessLinkModel.Purpose.signAgreement.rawValue)
            .filter(\.$usedAt == nil).filter(\.$revokedAt == nil).filter(\.$expiresAt > now).all()
        var sent = 0
        var intervals: [UUID: Int] = [:]
        for link in open {
            guard let placement = try await loadPlacement(link.$placement.id, on: db) else { continue }
            let school = placement.$school.id
            let days: Int
            if let known = intervals[school] { days = known } else {
                days = try await MessageSettingsModel.reminderDays(school: school, on: db)
                intervals[school] = days
            }
            guard days > 0 else { continue }
            let messages = try await OutboxMessageModel.query(on: db).filter(\.$accessLink.$id == link.requireID()).all()
            guard let last = messages.compactMap(\.sentAt).max() else { continue }
            let state = try await AgreementRepository(db: db).state(for: placement, today: LocalDate(now))
            let invitation = AgreementFollowUp.Invitation(
                lastMessageAt: last, expiresAt: link.expiresAt, remindersSent: messages.count - 1,
                hasUndeliveredMessage: messages.contains { $0.sentAt == nil },
                stillNeeded: state.isSent && !state.signatures.contains { $0.role == link.role })
            guard AgreementFollowUp.reminderDue(invitation, intervalDays: days, now: now) else { continue }
            try await db.transaction { tx in
                try await AgreementMessages.remind(link, placement: placement, at: now, on: tx)
            }
            sent += 1
        }
        return sent
    }

    static func loadPlacement(_ id: UUID, on db: any Database) async throws -> PlacementModel? {
        try await PlacementModel.query(on: db).filter(\.$id == id)
            .with(\.$school).with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).first()
    }
}
