import Fluent
import SQLKit
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Command line: import, demo, migrations")
struct CommandTests {
    static func temporaryFile(_ content: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stagelijn-\(UUID()).csv").path
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func importCommandStoresACleanFile() async throws {
        let path = try Self.temporaryFile([ImportTests.header, ImportTests.row("7001")].joined(separator: "\n"))
        try await withTestApp(arguments: ["stagelijn", "import", "students", path, "--school", "A1"]) { app, _, _ in
            try await app.startup()
            #expect(try await StudentModel.query(on: app.db).filter(\.$studentNumber == "7001").count() == 1)
        }
    }

    @Test func importCommandFailsAndStoresNothingForABadFile() async throws {
        let path = try Self.temporaryFile([ImportTests.header, ImportTests.row("7001"), ImportTests.row("7002", birth: "99-99-2011")]
            .joined(separator: "\n"))
        try await withTestApp(arguments: ["stagelijn", "import", "students", path, "--school", "A1"]) { app, _, _ in
            await #expect(throws: ImportCommand.Failed.self) { try await app.startup() }
            let stored = try await StudentModel.query(on: app.db).filter(\.$studentNumber == "7001").count()
            #expect(stored == 0)
        }
    }

    @Test func importCommandNeedsAKnownSchool() async throws {
        let path = try Self.temporaryFile(ImportTests.header)
        try await withTestApp(arguments: ["stagelijn", "import", "students", path, "--school", "NOPE"]) { app, _, _ in
            await #expect(throws: ImportCommand.Failed.self) { try await app.startup() }
            let stored = try await StudentModel.query(on: app.db).count()
            #expect(stored == 4)
        }
    }

    @Test func everyMigrationRevertsAndAppliesAgain() async throws {
        try await withTestApp { app, _, _ in
            try await app.autoRevert()
            try await app.autoMigrate()
            #expect(try await StudentModel.query(on: app.db).count() == 0)
        }
    }

    @Test func demoDataLooksLikeTwoRealSchools() async throws {
        try await withTestApp { app, _, _ in
            try await app.autoRevert()
            try await app.autoMigrate()
            let demo = try await DemoLoader(db: app.db, now: Fixture.now).load()
            #expect((280...320).contains(demo.students.count))
            #expect(try await StudentModel.query(on: app.db).count()
                    == demo.students.count + DemoStageEnd.formerStudentsPerSchool * demo.schools.count + DemoStageLine.vsoStudentCount)
            #expect(try await CompanyModel.query(on: app.db).count() == 150)
            #expect((220...300).contains(try await PositionModel.query(on: app.db).count()))
            #expect(try await StagePeriodModel.query(on: app.db).count() == 4)
            #expect(Set(try await PlacementModel.query(on: app.db).all().map(\.status)).count >= 5, "placements in many statuses")
            // The printed login works.
            let browser = Browser(app)
            let login = try await browser.post("/login", [("email", "coordinator@dewerkplaats.demo"), ("password", "Stagelijn-demo-2026")])
            #expect(login.status == .seeOther)
        }
    }
}

@Suite("Database")
struct DatabaseTests {
    /// Proves the PostgreSQL pass of scripts/test really runs on PostgreSQL.
    @Test func testsRunOnTheConfiguredDatabase() async throws {
        try await withTestApp { app, _, _ in
            let dialect = (app.db as? any SQLDatabase)?.dialect.name
            #expect(dialect == (isPostgres ? "postgresql" : "sqlite"))
        }
    }
}
