import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Practical assignments: demo data")
struct DemoAssignmentsTests {
    @Test func theDemoHasALibraryForProAndVSOAndAssignmentsInEveryState() async throws {
        try await withTestApp { app, _, _ in
            // setup
            try await app.autoRevert()
            try await app.autoMigrate()
            // act
            _ = try await DemoLoader(db: app.db, now: Fixture.now).load()
            // check
            let phases = Set(try await AssignmentTemplateModel.query(on: app.db).all().map(\.phase))
            #expect(phases == ["pro jaar 4-5", "VSO BES"])
            let statuses = Set(try await PlacementAssignmentModel.query(on: app.db).all().map(\.progress.status))
            #expect(statuses == Set(AssignmentStatus.allCases))
            // a supervisor of the school opens a running stage's assignments, by part, with the company's confirmations
            let supervisor = Browser(app)
            let login = try await supervisor.post("/login", [("email", "begeleider1@dewerkplaats.demo"), ("password", "Stagelijn-demo-2026")])
            try #require(login.status == .seeOther)
            let confirmed = try #require(try await PlacementAssignmentModel.query(on: app.db).filter(\.$confirmedAt != nil)
                .join(SchoolModel.self, on: \PlacementAssignmentModel.$school.$id == \SchoolModel.$id)
                .filter(SchoolModel.self, \.$code == "PRO-ALK").first())
            let page = try await supervisor.get("/stages/\(confirmed.$placement.id)/opdrachten/\(try confirmed.requireID())")
            #expect(page.status == .ok && page.body.contains("Bevestigd door"))
            let list = try await supervisor.get("/stages/\(confirmed.$placement.id)/opdrachten")
            #expect(list.status == .ok && list.body.contains("Deel 1") && list.body.contains("Stel je voor aan je collega"))
        }
    }
}
