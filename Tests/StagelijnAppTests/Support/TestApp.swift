import Fluent
import SQLKit
import StagelijnCore
import Testing
import Vapor
import VaporTesting
@testable import StagelijnApp

/// Runs a test against a fresh, migrated database with the standard fixture loaded.
/// SQLite (a new in-memory database per test) by default; PostgreSQL when `TEST_DATABASE_URL` is set, in which case
/// the schema is dropped and migrated again for every test (run with `--no-parallel`).
func withTestApp(arguments: [String] = ["stagelijn"],
                 _ test: (Application, Fixture, FixedClock) async throws -> Void) async throws {
    let app = try await Application.make(Environment(name: "testing", arguments: arguments))
    // Keep CI output readable: request lines only when asked for (LOG_LEVEL=info).
    app.logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
    let clock = FixedClock(Fixture.now)
    do {
        app.clock = clock
        let database: AppConfig.DatabaseKind = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]
            .map { .postgres(url: $0) } ?? .sqliteMemory
        try await configure(app, config: AppConfig(database: database, loadDemoData: false))
        if case .postgres = database, let sql = app.db as? any SQLDatabase {
            try await sql.raw("DROP SCHEMA public CASCADE").run()
            try await sql.raw("CREATE SCHEMA public").run()
        }
        try await app.autoMigrate()
        let fixture = try await Fixture.load(on: app.db)
        try await test(app, fixture, clock)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

var isPostgres: Bool { ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] != nil }
