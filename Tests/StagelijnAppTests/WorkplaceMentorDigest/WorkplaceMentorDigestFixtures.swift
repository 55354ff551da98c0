import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// Piet Bakker is the praktijkbegeleider of Sem (the fixture's placement A1) and of Noor (a second placement at the
/// same bakery, school A1). Both stages run and have hours the company has not confirmed.
enum WorkplaceMentorDigestFixtures {
    static let day: TimeInterval = 24 * 3600
    static let piet = "piet@bakkerij.example"
    /// Monday 12 October 2026, three weeks after `Fixture.now`.
    static let monday12October = Fixture.now.addingTimeInterval(21 * day)

    struct Setup { let sem: UUID; let noor: UUID }

    static func twoStudentsOfPiet(_ app: Application, _ f: Fixture) async throws -> Setup {
        let noor = PlacementModel(schoolID: f.schoolA1, studentID: f.otherStudent, positionID: f.positionA, periodID: f.periodA1,
                                  status: .active)
        try await noor.create(on: app.db)
        try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
        // The same person typed twice, once with capitals and a space: still one praktijkbegeleider.
        try await mentor(f.placementA1, "Piet Bakker", piet, on: app.db)
        try await mentor(try noor.requireID(), "Piet Bakker", "Piet@Bakkerij.example ", on: app.db)
        try await hours(f.placementA1, ["2026-09-28", "2026-09-29"], on: app.db)                 // Sem: 1 open week
        try await hours(try noor.requireID(), ["2026-09-28", "2026-10-05", "2026-10-06"], on: app.db) // Noor: 2 open weeks
        return Setup(sem: f.placementA1, noor: try noor.requireID())
    }

    static func mentor(_ placement: UUID, _ name: String, _ email: String, on db: any Database) async throws {
        let model = WorkplaceMentorModel()
        model.$placement.id = placement
        model.name = name
        model.email = email
        try await model.create(on: db)
    }

    static func hours(_ placement: UUID, _ dates: [String], confirmed: Bool = false, on db: any Database) async throws {
        for date in dates {
            let entry = HourEntryModel()
            entry.$placement.id = placement
            entry.date = date
            entry.start = "09:00"
            entry.end = "15:00"
            entry.breakMinutes = 30
            entry.activities = "Brood gebakken"
            entry.violations = ""
            entry.confirmedAt = confirmed ? Fixture.now : nil
            entry.confirmedBy = confirmed ? "Piet Bakker" : nil
            try await entry.create(on: db)
        }
    }

    /// Runs the weekly job at the clock's time and delivers what it enqueued.
    static func runAndDeliver(_ app: Application, _ clock: FixedClock) async throws -> (enqueued: Int, mails: [Mailbox.Message]) {
        let enqueued = try await WorkplaceMentorDigest.runDue(now: clock.now(), on: app.db)
        return (enqueued, try await Mailbox.deliver(app))
    }

    static func token(_ mail: Mailbox.Message) throws -> String {
        try #require(Mailbox.token("uren-overzicht", in: mail.body))
    }

    static func confirmed(_ placement: UUID, week: [String], on db: any Database) async throws -> Bool {
        let entries = try await HourEntryModel.query(on: db).filter(\.$placement.$id == placement).filter(\.$date ~~ week).all()
        return !entries.isEmpty && entries.allSatisfy { $0.confirmedAt != nil }
    }
}
