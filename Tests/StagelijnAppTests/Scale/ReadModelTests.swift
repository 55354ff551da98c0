import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Scale: read models and the signed-in user cache")
struct ReadModelTests {
    @Test("the SQL read model counts overdue visits per supervisor exactly as the model-based version")
    func overdueMatchesModels() async throws {
        try await withTestApp { app, _, _ in
            _ = try await BoardDemoLoader(db: app.db, now: Fixture.now, log: { _ in }).load(students: 200)
            let today = LocalDate(Fixture.now)
            var compared = 0, overdue = 0
            for school in try await SchoolModel.query(on: app.db).all() {
                let models = try await HomeController.overduePerSupervisor(school: school, today: today, on: app.db)
                let rows = try await SupervisionPlanRows.overduePerSupervisor(school: school, today: today, on: app.db)
                #expect(models.map(\.name) == rows.map(\.name), "\(school.name)")
                #expect(models.map(\.visits) == rows.map(\.visits), "\(school.name)")
                #expect(models.map(\.contacts) == rows.map(\.contacts), "\(school.name)")
                compared += 1
                overdue += rows.reduce(0) { $0 + $1.visits + $1.contacts }
            }
            #expect(compared == 23)
            #expect(overdue > 0, "the board has overdue visits to compare")
        }
    }

    @Test("a change to the account reaches the next request at once, although the user is cached")
    func cacheIsInvalidatedOnChange() async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            #expect(try await browser.get("/").status == .ok)
            #expect(try await browser.get("/begeleiding/overzicht").status == .ok)
            // The coordinator becomes a mentor: the school-wide overview is closed on the very next request.
            let membership = try #require(try await MembershipModel.query(on: app.db)
                .filter(\.$user.$id == fixture.users["coordinator"]!).first())
            membership.role = .mentor
            try await membership.save(on: app.db)
            #expect(try await browser.get("/begeleiding/overzicht").status != .ok)
            // Deactivated: signed out on the next request.
            let user = try #require(try await UserModel.find(fixture.users["coordinator"], on: app.db))
            user.isActive = false
            try await user.save(on: app.db)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test("anonymous requests write no session row and /health needs none")
    func anonymousWritesNothing() async throws {
        try await withTestApp { app, _, _ in
            for _ in 0..<10 {
                let health = try await Browser(app).get("/health")
                #expect(health.status == .ok && health.body == "ok")
                #expect(health.headers[.setCookie].isEmpty)
                #expect(try await Browser(app).get("/login").status == .ok)
                // A made-up session cookie is not stored either.
                #expect(try await Browser(app).get("/health", headers: ["Cookie": "stagelijn_session=verzonnen"]).status == .ok)
            }
            #expect(try await SessionRecordModel.query(on: app.db).count() == 0)
        }
    }

    @Test("the cache forgets an entry after its lifetime")
    func cacheExpires() {
        let cache = CurrentUserCache()
        let user = CurrentUser(userID: UUID(), name: "A", email: "a@test.example", membershipID: UUID(), role: .coordinator,
                               schoolID: UUID(), schoolName: "S", boardID: UUID(), linkedStudentIDs: [], memberships: [])
        let now = Date()
        cache.store(user, now: now)
        #expect(cache.user(userID: user.userID, membershipID: user.membershipID, now: now.addingTimeInterval(5)) != nil)
        #expect(cache.user(userID: user.userID, membershipID: user.membershipID, now: now.addingTimeInterval(CurrentUserCache.lifetime + 1)) == nil)
        cache.store(user, now: now)
        cache.invalidate(user: user.userID)
        #expect(cache.user(userID: user.userID, membershipID: user.membershipID, now: now) == nil)
    }
}
