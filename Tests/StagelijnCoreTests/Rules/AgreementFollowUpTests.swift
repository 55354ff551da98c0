import Foundation
import Testing
@testable import StagelijnCore

@Suite("What follows a signed agreement: the placement's status and reminders")
struct AgreementFollowUpTests {
    static let start = LocalDate(year: 2026, month: 10, day: 5)!

    @Test func aFullySignedPlacementStartsOnItsStartDateNotBefore() {
        // setup // act // check
        #expect(AgreementFollowUp.placementStep(status: .agreement, fullySigned: true, startDate: Self.start,
                                                today: LocalDate(year: 2026, month: 10, day: 4)!) == .readyToStart(Self.start))
        #expect(AgreementFollowUp.placementStep(status: .agreement, fullySigned: true, startDate: Self.start, today: Self.start) == .start)
        #expect(AgreementFollowUp.placementStep(status: .agreement, fullySigned: true, startDate: Self.start,
                                                today: LocalDate(year: 2026, month: 11, day: 1)!) == .start)
    }

    @Test(arguments: PlacementStatus.allCases.filter { $0 != .agreement })
    func onlyAPlacementInOvereenkomstMoves(status: PlacementStatus) {
        #expect(AgreementFollowUp.placementStep(status: status, fullySigned: true, startDate: Self.start, today: Self.start) == .none)
    }

    @Test func withoutAllSignaturesOrAStartDateNothingHappens() {
        #expect(AgreementFollowUp.placementStep(status: .agreement, fullySigned: false, startDate: Self.start, today: Self.start) == .none)
        #expect(AgreementFollowUp.placementStep(status: .agreement, fullySigned: true, startDate: nil, today: Self.start) == .none)
    }

    static let sent = Date(timeIntervalSince1970: 1_790_000_000)
    static func days(_ n: Double) -> Date { sent.addingTimeInterval(n * 24 * 3600) }
    static let open = AgreementFollowUp.Invitation(lastMessageAt: sent, expiresAt: days(14), remindersSent: 0)

    @Test func aReminderIsDueAfterTheSchoolsNumberOfDays() {
        #expect(!AgreementFollowUp.reminderDue(Self.open, intervalDays: 5, now: Self.days(4.9)))
        #expect(AgreementFollowUp.reminderDue(Self.open, intervalDays: 5, now: Self.days(5)))
        #expect(!AgreementFollowUp.reminderDue(Self.open, intervalDays: 0, now: Self.days(13)))   // switched off
    }

    @Test func noReminderForASignedRevokedExpiredOrStuckInvitation() {
        var invitation = Self.open
        invitation.isUsedOrRevoked = true
        #expect(!AgreementFollowUp.reminderDue(invitation, intervalDays: 2, now: Self.days(3)))
        invitation = Self.open
        invitation.stillNeeded = false            // signed on paper meanwhile, or the text changed
        #expect(!AgreementFollowUp.reminderDue(invitation, intervalDays: 2, now: Self.days(3)))
        invitation = Self.open
        invitation.hasUndeliveredMessage = true
        #expect(!AgreementFollowUp.reminderDue(invitation, intervalDays: 2, now: Self.days(3)))
        #expect(!AgreementFollowUp.reminderDue(Self.open, intervalDays: 2, now: Self.days(14)))  // expired
    }

    @Test func remindersStopAfterTheMaximum() {
        var invitation = Self.open
        invitation.remindersSent = AgreementFollowUp.maximumReminders
        invitation.lastMessageAt = Self.days(3)
        #expect(!AgreementFollowUp.reminderDue(invitation, intervalDays: 1, now: Self.days(5)))
        invitation.remindersSent = AgreementFollowUp.maximumReminders - 1
        #expect(AgreementFollowUp.reminderDue(invitation, intervalDays: 1, now: Self.days(5)))
    }

    @Test func theSignedTextHasPartiesNumberedArticlesAndThePlanWithTheStagesOwnDates() {
        var content = AgreementContent(learningActivities: ["Deeg maken"], company: "Bakkerij", positionLocations: ["Kerkstraat 2, Alkmaar"],
                                       startDate: LocalDate(year: 2026, month: 11, day: 30), endDate: LocalDate(year: 2027, month: 1, day: 29),
                                       studentBirthDate: LocalDate(year: 2010, month: 3, day: 4))
        let parties = AgreementParties(schoolName: "De Werkplaats", schoolTown: "Alkmaar", studentName: "Sem de Vries",
                                       workplaceMentor: "Piet Bakker", parent: "Marja de Vries")
        let text = AgreementDocument.text(content, plan: StagePlan(aim: "Werkervaring"), parties: parties)
        #expect(text.contains("- Leerling: Sem de Vries (geboren 04-03-2010)"))
        #expect(text.contains("- Praktijkbegeleider: Piet Bakker") && text.contains("- Ouder of verzorger: Marja de Vries"))
        #expect(text.contains("Artikel 6. Verzekering"))
        #expect(text.contains("Periode: 30-11-2026 tot en met 29-01-2027"))
        #expect(text == AgreementDocument.text(content, plan: StagePlan(aim: "Werkervaring"), parties: parties))   // deterministic
        content.startDate = LocalDate(year: 2026, month: 12, day: 7)
        #expect(AgreementDocument.text(content, plan: StagePlan(aim: "Werkervaring"), parties: parties).contains("Periode: 07-12-2026"))
    }
}
