import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Backups of the embedded SQLite database. `VACUUM INTO` is SQLite's online copy: it reads one consistent snapshot
/// (a read transaction, so the server keeps serving and writing in WAL mode meanwhile) and writes a compact new
/// database file. The copy is checked (`PRAGMA integrity_check`) before it gets its final name, and made readable
/// only by the server's user. PostgreSQL installations use `pg_dump` and point-in-time recovery instead
/// (docs/operations.md).
enum SQLiteBackup {
    struct Failure: Error, CustomStringConvertible { let description: String }

    struct Report { let path: String; let bytes: Int; let seconds: Double }

    /// Writes a consistent copy of the live database to `path` (which must not exist yet).
    static func backup(_ db: any Database, to path: String) async throws -> Report {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            throw Failure(description: "Alleen de ingebouwde SQLite-database heeft een back-upcommando; gebruik pg_dump voor PostgreSQL.")
        }
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else { throw Failure(description: "\(path) bestaat al; kies een nieuwe naam.") }
        let started = Date()
        let partial = path + ".onvolledig"
        try? files.removeItem(atPath: partial)
        try await sql.raw("VACUUM INTO \(bind: partial)").run()
        do {
            try await verify(partial)
        } catch {
            try? files.removeItem(atPath: partial)
            throw error
        }
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial)
        try files.moveItem(atPath: partial, toPath: path)
        let bytes = (try? files.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return Report(path: path, bytes: bytes ?? 0, seconds: Date().timeIntervalSince(started))
    }

    /// Opens a database file on its own connection: `integrity_check` must say ok and the schema must be Stagelijn's.
    /// Returns the number of applied migrations.
    @discardableResult
    static func verify(_ path: String) async throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure(description: "\(path) bestaat niet.") }
        let connection = try await SQLiteConnection.open(storage: .file(path: path))
        do {
            let check = try await connection.query("PRAGMA integrity_check").first?.column("integrity_check")?.string
            guard check == "ok" else {
                throw Failure(description: "\(path) is beschadigd: integrity_check meldt \(check ?? "niets").")
            }
            let migrations = try await connection.query("SELECT count(*) AS n FROM _fluent_migrations").first?.column("n")?.integer
            try await connection.close()
            guard let migrations, migrations > 0 else { throw Failure(description: "\(path) is geen Stagelijn-database.") }
            return migrations
        } catch {
            try? await connection.close()
            if error is Failure { throw error }
            throw Failure(description: "\(path) is geen leesbare Stagelijn-database (\(error)).")
        }
    }

    /// Puts a checked backup in place of the database at `target`. The server must be stopped. The database that was
    /// there is kept beside it as `….voor-herstel-<tijd>` (with its WAL), so a restore can itself be undone.
    static func restore(from backup: String, to target: String, now: Date) async throws -> String? {
        let files = FileManager.default
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let suffix = ".voor-herstel-" + formatter.string(from: now)
        var kept: String?
        // An empty file (a server or this command opened a database that was not there) is not worth keeping.
        if files.fileExists(atPath: target), (try? await verify(target)) == nil {
            for extra in ["", "-wal", "-shm"] { try? files.removeItem(atPath: target + extra) }
        }
        if files.fileExists(atPath: target) {
            for extra in ["", "-wal", "-shm"] where files.fileExists(atPath: target + extra) {
                try files.moveItem(atPath: target + extra, toPath: target + suffix + extra)
            }
            kept = target + suffix
        }
        let partial = target + ".herstellen"
        try? files.removeItem(atPath: partial)
        try files.copyItem(atPath: backup, toPath: partial)
        try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial)
        try files.moveItem(atPath: partial, toPath: target)
        return kept
    }
}
