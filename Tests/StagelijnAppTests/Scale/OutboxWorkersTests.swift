import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

/// Several app servers run the outbox worker on one database: every message must arrive exactly once.
@Suite("Scale: outbox with several workers")
struct OutboxWorkersTests {
    /// Counts deliveries per recipient; each send yields a little so the two workers really interleave.
    final class CountingTransport: MailTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        var onSend: (@Sendable () -> Void)?

        func send(to recipient: String, subject: String, body: String) async throws {
            onSend?()
            try? await Task.sleep(for: .milliseconds(2))
            lock.withLock { counts[recipient, default: 0] += 1 }
        }

        var deliveries: [String: Int] { lock.withLock { counts } }
    }

    static func enqueue(_ count: Int, school: UUID, at date: Date, on db: any Database) async throws {
        for index in 0..<count {
            try await Outbox.enqueue(school: school, to: "ontvanger\(index)@test.example", subject: "Bericht \(index)",
                                     body: "Tekst \(index)", at: date, on: db)
        }
    }

    @Test("two workers on one database deliver each of 60 messages exactly once")
    func twoWorkersDeliverOnce() async throws {
        try await withTestApp { app, fixture, _ in
            try await Self.enqueue(60, school: fixture.schoolA1, at: Fixture.now, on: app.db)
            let transport = CountingTransport()
            // Two workers, each with its own connection (its own event loop), like two servers.
            let loops = Array(app.eventLoopGroup.makeIterator())
            let dbA = app.databases.database(logger: app.logger, on: loops[0])!
            let dbB = app.databases.database(logger: app.logger, on: loops[loops.count > 1 ? 1 : 0])!
            let now = Fixture.now.addingTimeInterval(1)
            async let a = Outbox.deliverDue(now: now, transport: transport, limit: 1000, on: dbA)
            async let b = Outbox.deliverDue(now: now, transport: transport, limit: 1000, on: dbB)
            let (resultA, resultB) = try await (a, b)

            let deliveries = transport.deliveries
            #expect(deliveries.count == 60, "every message arrives")
            #expect(deliveries.values.allSatisfy { $0 == 1 }, "no message arrives twice: \(deliveries.filter { $0.value > 1 })")
            #expect(resultA.sent + resultB.sent == 60)
            #expect(resultA.sent > 0 && resultB.sent > 0, "both workers took part (A \(resultA.sent), B \(resultB.sent))")
            let unsent = try await OutboxMessageModel.query(on: app.db).filter(\.$sentAt == nil).count()
            #expect(unsent == 0)
            // A third round finds nothing left to send.
            #expect(try await Outbox.deliverDue(now: now.addingTimeInterval(3600), transport: transport, on: app.db).sent == 0)
            #expect(transport.deliveries.values.reduce(0, +) == 60)
        }
    }

    @Test("a claimed message is not due for another worker until its lease ends")
    func claimHidesMessage() async throws {
        try await withTestApp { app, fixture, _ in
            try await Self.enqueue(1, school: fixture.schoolA1, at: Fixture.now, on: app.db)
            let claimed = try await OutboxClaim.claimNext(now: Fixture.now, on: app.db)
            #expect(claimed != nil)
            #expect(try await OutboxClaim.claimNext(now: Fixture.now, on: app.db) == nil, "claimed once only")
            let later = Fixture.now.addingTimeInterval(OutboxClaim.lease + 1)
            #expect(try await OutboxClaim.claimNext(now: later, on: app.db) == claimed, "a dead worker's claim expires")
        }
    }

    @Test("a stopping worker finishes the message it is sending and leaves the rest due")
    func stopsBetweenMessages() async throws {
        try await withTestApp { app, fixture, _ in
            try await Self.enqueue(5, school: fixture.schoolA1, at: Fixture.now, on: app.db)
            let transport = CountingTransport()
            let now = Fixture.now.addingTimeInterval(1)
            final class Holder: @unchecked Sendable { var task: Task<(sent: Int, failed: Int), any Error>? }
            let holder = Holder()
            // Shutdown arrives while the first message is being sent.
            transport.onSend = { holder.task?.cancel() }
            let task = Task { try await Outbox.deliverDue(now: now, transport: transport, on: app.db) }
            holder.task = task
            let result = try await task.value
            #expect(result.sent == 1, "the message in flight is finished, no further one is started")
            let sent = try await OutboxMessageModel.query(on: app.db).filter(\.$sentAt != nil).count()
            #expect(sent == 1)
            transport.onSend = nil
            #expect(try await Outbox.deliverDue(now: now, transport: transport, on: app.db).sent == 4, "the rest stays due")
        }
    }
}

@Suite("Scale: background jobs on several servers")
struct JobLeaseTests {
    @Test("of two servers asking at once, one runs the round; the other may again after the lease")
    func oneServerAtATime() async throws {
        try await withTestApp { app, _, _ in
            let now = Fixture.now
            async let a = JobLease.acquire("periodieke-taken", for: 540, now: now, holder: "A", on: app.db)
            async let b = JobLease.acquire("periodieke-taken", for: 540, now: now, holder: "B", on: app.db)
            let (first, second) = try await (a, b)
            #expect(first != second, "exactly one of the two servers holds the lease")
            #expect(try await JobLease.acquire("periodieke-taken", for: 540, now: now.addingTimeInterval(60), holder: "C", on: app.db) == false)
            #expect(try await JobLease.acquire("periodieke-taken", for: 540, now: now.addingTimeInterval(541), holder: "C", on: app.db))
            #expect(try await JobLease.acquire("andere-taak", for: 540, now: now, holder: "A", on: app.db), "leases are per job")
        }
    }

    @Test("the periodic jobs run twice in a row send each reminder and start each stage once")
    func jobsAreIdempotent() async throws {
        try await withTestApp { app, _, _ in
            _ = try await BoardDemoLoader(db: app.db, now: Fixture.now, log: { _ in }).load(students: 100)
            let later = Fixture.now.addingTimeInterval(14 * 86_400)
            _ = try await AgreementAutomation.runDue(now: later, on: app.db)
            _ = try await AssessmentReminders.runDue(now: later, on: app.db)
            _ = try await EvaluationAutomation.runDue(now: later, on: app.db)
            let messages = try await OutboxMessageModel.query(on: app.db).count()
            let changes = try await PlacementStatusChangeModel.query(on: app.db).count()
            _ = try await AgreementAutomation.runDue(now: later, on: app.db)
            _ = try await AssessmentReminders.runDue(now: later, on: app.db)
            _ = try await EvaluationAutomation.runDue(now: later, on: app.db)
            #expect(try await OutboxMessageModel.query(on: app.db).count() == messages, "no message enqueued twice")
            #expect(try await PlacementStatusChangeModel.query(on: app.db).count() == changes, "no stage started twice")
            let purged = try await Maintenance.purgeExpired(now: later, config: app.stagelijnConfig, on: app.db)
            #expect(try await Maintenance.purgeExpired(now: later, config: app.stagelijnConfig, on: app.db) == .init())
            _ = purged
        }
    }
}
