import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Scale: board demo loader")
struct BoardDemoTests {
    @Test("a small board loads with its history and its coordinator can sign in and see the home page")
    func loadsASmallBoard() async throws {
        try await withTestApp { app, _, _ in
            let before = try await StudentModel.query(on: app.db).count()
            let board = try await BoardDemoLoader(db: app.db, now: Fixture.now, log: { _ in }).load(students: 120)
            #expect(try await StudentModel.query(on: app.db).count() - before == 120)
            #expect(try await SchoolModel.query(on: app.db).filter(\.$code == "BST20").count() == 1)
            let placements = try await PlacementModel.query(on: app.db).filter(\.$status == .active).all()
            #expect(!placements.isEmpty)
            // Running stages have hours and visits, as in the demo.
            #expect(try await HourEntryModel.query(on: app.db).count() > 0)
            #expect(try await SupervisionRecordModel.query(on: app.db).count() > 0)
            #expect(board.placements.count == (try await PlacementModel.query(on: app.db).count()) - 3)

            let browser = Browser(app)
            let login = try await browser.post("/login", [("email", "coordinator@school1.bestuur.demo"), ("password", "Stagelijn-demo-2026")])
            #expect(login.status == .seeOther)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.body.contains(board.schools[0].name))
        }
    }
}
