import Foundation
import Fluent
import Vapor

/// `stagelijn backup FILE`: a consistent copy of the SQLite database while the server keeps running.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Het nieuwe back-upbestand, bijvoorbeeld /var/backups/stagelijn/2026-12-02.sqlite")
        var file: String
    }

    var help: String { "Maakt een back-up van de SQLite-database terwijl de server draait (VACUUM INTO, gecontroleerd)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let report = try await failingPolitely(context) { try await SQLiteBackup.backup(context.application.db, to: signature.file) }
        context.console.print("Back-up gemaakt: \(report.path) (\(report.bytes / 1024) kB, \(String(format: "%.1f", report.seconds)) s, integriteit gecontroleerd).")
    }
}

/// `stagelijn restore FILE`: puts a checked backup in place of the database. Stop the server first.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Het back-upbestand dat terug moet")
        var file: String
    }

    var help: String { "Zet een back-up terug als database (stop eerst de server); de oude database blijft ernaast bewaard." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard case let .sqliteFile(target) = context.application.stagelijnConfig.database else {
            return try await failingPolitely(context) {
                throw SQLiteBackup.Failure(description: "Terugzetten kan alleen voor de ingebouwde SQLite-database; voor PostgreSQL: pg_restore of point-in-time recovery (docs/operations.md).")
            }
        }
        let migrations = try await failingPolitely(context) { try await SQLiteBackup.verify(signature.file) }
        let kept = try await failingPolitely(context) { try await SQLiteBackup.restore(from: signature.file, to: target, now: Date()) }
        context.console.print("Teruggezet: \(signature.file) → \(target) (\(migrations) migraties; de server voert nieuwere bij de start uit).")
        if let kept { context.console.print("De vorige database staat nog als \(kept).") }
    }
}

/// A backup or restore that cannot be done says why in one Dutch line and exits with status 1 (no stack trace).
private func failingPolitely<T>(_ context: CommandContext, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let failure as SQLiteBackup.Failure {
        context.console.error("Fout: \(failure.description)")
        exit(1)
    }
}
