import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import StagelijnApp

/// A backup taken while the server writes must be one consistent moment: every write transaction below stores a
/// message and its audit entry together, so in the restored copy both counts must be equal.
@Suite("Scale: SQLite backup and restore")
struct BackupTests {
    static func withFileApp(_ path: String, _ body: (Application) async throws -> Void) async throws {
        let app = try await Application.make(Environment(name: "testing", arguments: ["stagelijn"]))
        app.logger.logLevel = .warning
        do {
            try await configure(app, config: AppConfig(database: .sqliteFile(path: path), loadDemoData: false))
            try await app.asyncBoot()   // WAL mode, as when serving
            try await app.autoMigrate()
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func counts(_ db: any Database) async throws -> (messages: Int, audits: Int) {
        (try await OutboxMessageModel.query(on: db).filter(\.$subject == "Lasttest").count(),
         try await AuditEntryModel.query(on: db).filter(\.$entity == "lasttest").count())
    }

    @Test("a backup taken under write load restores to a consistent database")
    func backupUnderLoad() async throws {
        guard !isPostgres else { return }   // SQLite only; PostgreSQL uses pg_dump (docs/operations.md)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stagelijn-backup-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let live = "\(dir)/live/stagelijn.sqlite", backup = "\(dir)/backup.sqlite"
        var written = 0
        try await Self.withFileApp(live) { app in
            let fixture = try await Fixture.load(on: app.db)
            let db = app.db
            final class Flag: @unchecked Sendable { var stop = false }
            let flag = Flag()
            let writer = Task {
                var count = 0
                while !flag.stop {
                    let number = count
                    try await db.transaction { tx in
                        let message = OutboxMessageModel()
                        message.$school.id = fixture.schoolA1
                        message.recipient = "last\(number)@test.example"
                        message.subject = "Lasttest"
                        message.body = String(repeating: "x", count: 2_000)
                        message.attempts = 0
                        message.nextAttemptAt = Fixture.now.addingTimeInterval(86_400 * 365)
                        try await message.create(on: tx)
                        try await AuditLog.record(on: tx, actor: .system("test"), entity: "lasttest", id: message.requireID(),
                                                  action: .create, before: nil as String?, after: "bericht", at: Fixture.now)
                    }
                    count += 1
                    // Leave the pool room for the reads below when the whole suite runs in parallel.
                    try await Task.sleep(for: .milliseconds(20))
                }
                return count
            }
            while try await Self.counts(db).messages < 40 { try await Task.sleep(for: .milliseconds(50)) }
            let report = try await SQLiteBackup.backup(app.db, to: backup)
            #expect(report.bytes > 0)
            try await Task.sleep(for: .milliseconds(50))
            flag.stop = true
            written = try await writer.value
            // The copy is private to the server's user.
            let mode = try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            await #expect(throws: SQLiteBackup.Failure.self) { try await SQLiteBackup.backup(app.db, to: backup) }
        }

        // Restore over the live database (server stopped), then open it as the server would.
        #expect(try await SQLiteBackup.verify(backup) > 10)
        let kept = try await SQLiteBackup.restore(from: backup, to: live, now: Fixture.now)
        #expect(kept.map { FileManager.default.fileExists(atPath: $0) } == true, "the replaced database is kept")
        try await Self.withFileApp(live) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let check = try await sql.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self)
            #expect(check == "ok")
            let (messages, audits) = try await Self.counts(app.db)
            #expect(messages == audits, "each message has its audit entry: one consistent moment")
            #expect(messages >= 40 && messages < written, "taken during the load: \(messages) of \(written)")
            #expect(try await SchoolModel.query(on: app.db).count() == 3)
        }
    }

    @Test("restore refuses a file that is not a Stagelijn database")
    func refusesGarbage() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("geen-db-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("dit is geen database".utf8).write(to: URL(fileURLWithPath: path))
        await #expect(throws: SQLiteBackup.Failure.self) { try await SQLiteBackup.verify(path) }
        await #expect(throws: SQLiteBackup.Failure.self) { try await SQLiteBackup.verify(path + ".ontbreekt") }
    }
}
