import Foundation

/// What follows from the state of an agreement without anyone clicking: the placement's next status once everything
/// is signed, and whether an open signing invitation gets a reminder. Pure functions of values.
public enum AgreementFollowUp {
    /// The placement after its agreement is complete and fully signed.
    public enum PlacementStep: Equatable, Sendable {
        /// Nothing to do (not in status `overeenkomst`, or not fully signed).
        case none
        /// Signed, but the stage has not begun: it stays `overeenkomst` and is shown as "klaar om te starten".
        case readyToStart(LocalDate)
        /// Signed and the start date has come: the placement becomes `lopend`.
        case start
    }

    /// A placement in `overeenkomst` whose agreement is fully signed starts on its start date, not before: `lopend`
    /// means running — hours may be written and visits are due from then on (issue 10, items 2 and 7). Before that day
    /// it is "klaar om te starten". Without a start date it cannot start by itself; the coordinator decides.
    public static func placementStep(status: PlacementStatus, fullySigned: Bool, startDate: LocalDate?,
                                     today: LocalDate) -> PlacementStep {
        guard status == .agreement, fullySigned, let startDate else { return .none }
        return startDate <= today ? .start : .readyToStart(startDate)
    }

    /// One open signing invitation as the reminder rule sees it.
    public struct Invitation: Equatable, Sendable {
        public var lastMessageAt: Date
        public var expiresAt: Date
        public var remindersSent: Int
        public var isUsedOrRevoked: Bool
        /// A message for this link is still waiting in the outbox (a failing mail server): do not pile up another.
        public var hasUndeliveredMessage: Bool
        /// The agreement is out for signing and this role has not signed (on paper or digitally).
        public var stillNeeded: Bool

        public init(lastMessageAt: Date, expiresAt: Date, remindersSent: Int, isUsedOrRevoked: Bool = false,
                    hasUndeliveredMessage: Bool = false, stillNeeded: Bool = true) {
            self.lastMessageAt = lastMessageAt
            self.expiresAt = expiresAt
            self.remindersSent = remindersSent
            self.isUsedOrRevoked = isUsedOrRevoked
            self.hasUndeliveredMessage = hasUndeliveredMessage
            self.stillNeeded = stillNeeded
        }
    }

    /// At most this many reminders per invitation: a school that sets one day should not send a parent thirteen.
    public static let maximumReminders = 3
    public static let intervalRange = 0...30

    /// A reminder is due `intervalDays` after the last message for the link, while the link is open, not expired and
    /// still needed; `0` days switches reminders off.
    public static func reminderDue(_ invitation: Invitation, intervalDays: Int, now: Date) -> Bool {
        guard intervalDays > 0, invitation.stillNeeded, !invitation.isUsedOrRevoked, !invitation.hasUndeliveredMessage,
              invitation.expiresAt > now, invitation.remindersSent < maximumReminders else { return false }
        return now >= invitation.lastMessageAt.addingTimeInterval(TimeInterval(intervalDays) * 24 * 3600)
    }
}
