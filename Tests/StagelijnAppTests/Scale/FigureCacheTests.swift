import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// The figure cache (issue 16) keeps a home page's figures while the school's data version stays the same. These tests
/// turn it on (the test environment runs without it) and show both sides: a change through the app is on the next
/// page at once, and a change behind the app's back is not — until the version moves.
@Suite("Scale: figures are cached per data version and recomputed after every change")
struct FigureCacheTests {
    @Test("a change through the app shows at once; the cache really holds until the version moves")
    func changesThroughTheAppShowAtOnce() async throws {
        try await withTestApp { app, f, _ in
            app.figureCache = FigureCache(enabled: true)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/").body.contains("1 van 2"))
            // Noor gets a stage through the form: the next home page counts her.
            let created = try await coordinator.post("/stages", [("studentID", f.otherStudent.uuidString),
                ("positionID", f.positionA.uuidString), ("periodID", f.periodA1.uuidString)])
            #expect(created.status == .seeOther)
            #expect(try await coordinator.get("/").body.contains("2 van 2"))

            // Removed behind the app's back (no request): the cached figure stays …
            try await PlacementModel.query(on: app.db).filter(\.$student.$id == f.otherStudent).delete()
            #expect(try await coordinator.get("/").body.contains("2 van 2"))
            // … a change at another school does not move this school's version …
            try await DataVersion.bump(school: f.schoolB1, on: app.db)
            #expect(try await coordinator.get("/").body.contains("2 van 2"))
            // … and a change of this school, or of everything (a periodic job), does.
            try await DataVersion.bump(school: f.schoolA1, on: app.db)
            #expect(try await coordinator.get("/").body.contains("1 van 2"))
        }
    }

    @Test("a cached page is rendered once, but the frame around it is each request's own: CSRF token and flash")
    func theFrameIsPerRequest() async throws {
        try await withTestApp { app, f, _ in
            app.figureCache = FigureCache(enabled: true)
            // One coordinator signed in twice (phone and desktop): two sessions, one membership, so one cache entry.
            let phone = Browser(app), desktop = Browser(app)
            try await phone.login("coordinator")
            try await desktop.login("coordinator")
            for path in ["/", "/leerlingen", "/stages", "/begeleiding"] {
                let first = try await phone.get(path), second = try await desktop.get(path)
                #expect(first.status == .ok && second.status == .ok, "\(path)")
                let tokens = (Browser.csrfToken(in: first.body), Browser.csrfToken(in: second.body))
                #expect(tokens.0 != nil && tokens.0 != tokens.1, "\(path): each session's own token in the frame")
                // The cached part is the same for both; only the frame differs.
                let content = { (html: String) in html.components(separatedBy: "<main id=\"inhoud\">").last ?? "" }
                #expect(content(first.body) == content(second.body), "\(path)")
            }
            #expect(app.figureCache.count >= 4)
            // Each filter view is its own entry: the query string is part of the key.
            let all = try await phone.get("/stages"), none = try await phone.get("/stages?status=\(PlacementStatus.terminated.rawValue)")
            #expect(all.body.contains("1 stage<") && none.body.contains("0 stages<"))
            // A write on the phone: its flash is on the phone's next page only, and the page shows the change.
            let created = try await phone.post("/stages", [("studentID", f.otherStudent.uuidString),
                ("positionID", f.positionA.uuidString), ("periodID", f.periodA1.uuidString)])
            #expect(created.status == .seeOther)
            let after = try await phone.get("/stages")
            #expect(after.body.contains("class=\"flash\""))
            #expect(after.body.contains("Noor Bakker"))
            #expect(!(try await desktop.get("/stages")).body.contains("class=\"flash\""))
            #expect(!(try await phone.get("/stages")).body.contains("class=\"flash\""), "a flash shows once")
            // The logout form of the desktop still works with its own token from a cached page.
            #expect(try await desktop.post("/logout").status == .seeOther)
        }
    }

    @Test("every write request raises the version of the school it changed (the user's, the link's, the meldpunt's); signing in does not")
    func writesRaiseTheVersion() async throws {
        try await withTestApp { app, f, _ in
            let before = try await DataVersion.current(school: f.schoolA1, on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await DataVersion.current(school: f.schoolA1, on: app.db) == before, "signing in changes no figure")
            // A refused form raises it too (nothing may have changed, but a partial write must never be missed).
            _ = try await coordinator.post("/stages", [("studentID", "geen")])
            let afterPost = try await DataVersion.current(school: f.schoolA1, on: app.db)
            #expect(afterPost == before + 1)
            #expect(try await DataVersion.current(school: f.schoolB1, on: app.db) == 0, "another school's version stays")
            // Without a user, a refused request (no CSRF token, a wrong form) writes nothing: anonymous junk stays out of
            // the database.
            #expect(try await Browser(app).post("/melden/A1", Meldpunt.form(), csrf: "").status == .forbidden)
            #expect(try await Browser(app).post("/melden/A1", Meldpunt.form(["category": ""])).status == .badRequest)
            #expect(try await DataVersion.current(school: f.schoolA1, on: app.db) == afterPost)
            #expect(try await DataVersion.current(school: f.schoolB1, on: app.db) == 0)
            // An accepted report without a user raises the version of the school it was made for, not everyone's.
            _ = try await Meldpunt.report(app)
            #expect(try await DataVersion.current(school: f.schoolA1, on: app.db) == afterPost + 1)
            #expect(try await DataVersion.current(school: f.schoolB1, on: app.db) == 0)
            // So does a praktijkbegeleider confirming hours through the personal link: only the link's school moves.
            let entry = HourEntryModel()
            entry.$placement.id = f.placementA1
            entry.date = "2026-09-28"; entry.start = "09:00"; entry.end = "12:00"; entry.breakMinutes = 0
            entry.activities = "Brood gesneden"; entry.violations = ""
            try await entry.create(on: app.db)
            let token = try await AssignmentFixtures.companyToken(f.placementA1, on: app.db)
            let confirmed = try await Browser(app).post("/uren/\(token)/week", [("monday", "2026-09-28"), ("action", "bevestigen")])
            #expect(confirmed.status == .seeOther)
            #expect(try await DataVersion.current(school: f.schoolA1, on: app.db) == afterPost + 2)
            #expect(try await DataVersion.current(school: f.schoolB1, on: app.db) == 0)
            // Anything without a user whose school is not known raises everything (here: the periodic jobs' own bump).
            try await DataVersion.bump(school: nil, on: app.db)
            #expect(try await DataVersion.current(school: f.schoolB1, on: app.db) == 1)
            // GET requests never write.
            _ = try await coordinator.get("/")
            _ = try await coordinator.get("/stages")
            #expect(try await DataVersion.current(school: f.schoolA1, on: app.db) == afterPost + 3)
        }
    }

    @Test("requests that miss together compute once; a failed computation lets the next one try")
    func concurrentMissesComputeOnce() async throws {
        let cache = FigureCache(enabled: true)
        let now = Date(), today = LocalDate(now)
        final class Counter: @unchecked Sendable {
            private let lock = NSLock(); private var value = 0
            func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
            var current: Int { lock.lock(); defer { lock.unlock() }; return value }
        }
        let computed = Counter()
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.value("page", version: 7, today: today, now: now) {
                        try await Task.sleep(for: .milliseconds(100))
                        return computed.next()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(computed.current == 1, "twenty requests, one computation")
        #expect(values == Array(repeating: 1, count: 20))

        struct Refused: Error {}
        let failures = Counter()
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<5 {
                group.addTask {
                    do {
                        _ = try await cache.value("failing", version: 1, today: today, now: now) { () async throws -> Int in
                            try await Task.sleep(for: .milliseconds(50))
                            if failures.next() == 1 { throw Refused() }
                            return index
                        }
                        return true
                    } catch { return false }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { !$0 }.count == 1, "only the request whose computation failed sees the error")
        #expect(failures.current == 2, "after the failure one waiting request computes; the others use its result")
    }

    @Test("memory stays bounded: by size, by count, and expired entries are swept out though nobody asks again")
    func memoryIsBounded() async throws {
        struct Large: CacheSized, Sendable { let id: Int; var cacheBytes: Int { 20 << 20 } }
        let cache = FigureCache(enabled: true)
        let now = Date(), today = LocalDate(now)
        for id in 0..<5 {
            _ = try await cache.value("large\(id)", version: 1, today: today, now: now) { Large(id: id) }
            #expect(cache.bytes <= FigureCache.maximumBytes, "after \(id + 1) pages of 20 MB")
        }
        #expect(cache.count < 5)
        // Small entries, then time passes: storing one more sweeps out every expired entry.
        let small = FigureCache(enabled: true)
        for id in 0..<100 { _ = try await small.value("k\(id)", version: 1, today: today, now: now) { id } }
        #expect(small.count == 100 && small.bytes == 100 * 512)
        let later = now.addingTimeInterval(FigureCache.lifetime + 1)
        _ = try await small.value("new", version: 1, today: LocalDate(later), now: later) { 0 }
        #expect(small.count == 1 && small.bytes == 512)
    }

    @Test("entries are per key, day and version, and expire")
    func entriesArePerKeyDayAndVersion() async throws {
        let cache = FigureCache(enabled: true)
        let now = Date(), today = LocalDate(now)
        var computed = 0
        func value(_ key: String, _ version: Int64, at time: Date) async throws -> Int {
            try await cache.value(key, version: version, today: LocalDate(time), now: time) { computed += 1; return computed }
        }
        #expect(try await value("a", 1, at: now) == 1)
        #expect(try await value("a", 1, at: now) == 1, "same key and version: kept")
        #expect(try await value("b", 1, at: now) == 2, "another key (another user) is computed for itself")
        #expect(try await value("a", 2, at: now) == 3, "a new version recomputes")
        #expect(try await value("a", 2, at: now.addingTimeInterval(FigureCache.lifetime + 1)) == 4, "expired")
        #expect(LocalDate(now.addingTimeInterval(86_400)) != today)
        #expect(try await value("a", 2, at: now.addingTimeInterval(86_400)) == 5, "a new day recomputes")
        #expect(try await FigureCache(enabled: false).value("a", version: 1, today: today, now: now) { 42 } == 42)
    }
}
