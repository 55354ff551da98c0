import Fluent
import NIOConcurrencyHelpers
import SQLKit
import StagelijnCore
import Vapor

/// The version of a school's data: a counter in the database, raised after every change, shared by all app servers.
/// - Every request that may change something (any method but GET, HEAD and OPTIONS) raises it when it is done
///   (`DataVersionMiddleware`): the signed-in user's school, or — for a personal link, the meldpunt or the API, whose
///   school is not known here — the counter of everything (scope `*`), which every school's version includes.
/// - The periodic jobs (automatic starts, reminders, retention purge) raise the counter of everything after each run.
/// So a figure computed at version N is still right as long as the version is N (`FigureCache`).
enum DataVersion {
    static let everything = "*"

    static func bump(school: UUID?, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("""
            INSERT INTO data_versions (scope, version) VALUES (\(bind: school?.uuidString ?? everything), 1)
            ON CONFLICT (scope) DO UPDATE SET version = data_versions.version + 1
            """).run()
    }

    /// The school's own counter plus the counter of everything: it grows with every change that can touch the school.
    static func current(school: UUID, on db: any Database) async throws -> Int64 {
        guard let sql = db as? any SQLDatabase else { return 0 }
        struct Row: Decodable { let v: Int64? }
        return try await sql.raw("""
            SELECT CAST(SUM(version) AS BIGINT) AS v FROM data_versions WHERE scope IN (\(bind: school.uuidString), \(bind: everything))
            """).first(decoding: Row.self)?.v ?? 0
    }
}

/// Raises the data version after every request that may have changed something. Signing in and out and switching
/// role change only sessions, which no figure shows, so they raise nothing (a Monday morning of sign-ins keeps the
/// figures).
struct DataVersionMiddleware: AsyncMiddleware {
    static let readOnlyMethods: Set<String> = ["GET", "HEAD", "OPTIONS"]
    static let sessionOnlyPaths: Set<String> = ["/login", "/logout", "/rol"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard !Self.readOnlyMethods.contains(request.method.rawValue), !Self.sessionOnlyPaths.contains(request.url.path) else {
            return try await next.respond(to: request)
        }
        // The school of the signed-in user as it was before the request (a role switch does not move it).
        guard let school = request.currentUser?.schoolID else {
            // Without a user only an accepted request raises it (a report, a signature, a confirmation through a personal
            // link): a refused one wrote nothing, and anonymous junk must not write to the database either. An API
            // token belongs to one school, known once the route's middleware has run; a personal link or the meldpunt's
            // school code names its school once the handler has found it (`changedSchool`). Anything else raises all.
            let response = try await next.respond(to: request)
            if response.status.code < 400 {
                try await DataVersion.bump(school: request.apiClient?.schoolID ?? request.changedSchool, on: request.db)
            }
            return response
        }
        do {
            let response = try await next.respond(to: request)
            try await DataVersion.bump(school: school, on: request.db)
            return response
        } catch {
            try? await DataVersion.bump(school: school, on: request.db)
            throw error
        }
    }
}

/// Figures computed for a school, kept in this process while the school's data version stays the same, on the same
/// day, and for at most `lifetime` (a bound for what no request changes: time passing, a link expiring, a command-line
/// import). The key names the page and whose figures they are (school, user, filters): nobody is ever served another
/// user's entry, because the key of a personal figure holds the membership.
/// `STAGELIJN_FIGURE_CACHE=0` turns it off (to measure what a page costs to compute); tests turn it on where they test it.
/// Memory is bounded twice: by the number of entries and by their size (rendered pages count their bytes), and entries
/// past their lifetime are swept out every `sweepInterval` even when nobody asks for them again.
final class FigureCache: Sendable {
    static let lifetime: TimeInterval = 60
    static let maximumEntries = 5_000
    static let maximumBytes = 48 << 20
    static let sweepInterval: TimeInterval = 10

    private struct Entry {
        let version: Int64; let day: LocalDate; let storedAt: Date; let value: any Sendable
        var bytes: Int { (value as? any CacheSized)?.cacheBytes ?? 512 }
    }
    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var sweptAt = Date.distantPast

        mutating func remove(_ key: String) {
            if let old = entries.removeValue(forKey: key) { bytes -= old.bytes }
        }
        /// Keys being computed right now, with the requests waiting for that result: after a change, fifty requests for
        /// the same page compute it once, not fifty times at once (the "thundering herd" right after every write).
        var computing: [String: [CheckedContinuation<Void, Never>]] = [:]
    }
    private let state = NIOLockedValueBox(State())
    private enum Step { case hit(any Sendable), wait, compute }
    let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    func value<T: Sendable>(_ key: String, version: Int64, today: LocalDate, now: Date,
                            compute: () async throws -> T) async throws -> T {
        guard enabled else { return try await compute() }
        while true {
            let step: Step = state.withLockedValue { state in
                if let entry = state.entries[key] {
                    if entry.version == version, entry.day == today, now.timeIntervalSince(entry.storedAt) < Self.lifetime,
                       now >= entry.storedAt, entry.value is T {
                        return .hit(entry.value)
                    }
                    state.remove(key)
                }
                if state.computing[key] != nil { return .wait }
                state.computing[key] = []
                return .compute
            }
            switch step {
            case let .hit(value):
                if let value = value as? T { return value }
            case .wait:
                // Resumed when the computing request is done (stored or failed); then look again.
                await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
                    let waiting = state.withLockedValue { state in
                        guard state.computing[key] != nil else { return false }
                        state.computing[key]?.append(waiter)
                        return true
                    }
                    if !waiting { waiter.resume() }
                }
            case .compute:
                let value: T
                do {
                    value = try await compute()
                } catch {
                    finish(key, storing: nil)
                    throw error
                }
                finish(key, storing: Entry(version: version, day: today, storedAt: now, value: value))
                return value
            }
        }
    }

    private func finish(_ key: String, storing entry: Entry?) {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<Void, Never>] in
            if let entry {
                let now = entry.storedAt
                let full = state.entries.count >= Self.maximumEntries || state.bytes + entry.bytes > Self.maximumBytes
                if full || now.timeIntervalSince(state.sweptAt) >= Self.sweepInterval || now < state.sweptAt {
                    state.sweptAt = now
                    for (key, old) in state.entries where now.timeIntervalSince(old.storedAt) >= Self.lifetime || now < old.storedAt {
                        state.remove(key)
                    }
                }
                if state.entries.count >= Self.maximumEntries || state.bytes + entry.bytes > Self.maximumBytes {
                    state.entries.removeAll()
                    state.bytes = 0
                }
                state.remove(key)
                state.entries[key] = entry
                state.bytes += entry.bytes
            }
            return state.computing.removeValue(forKey: key) ?? []
        }
        for waiter in waiters { waiter.resume() }
    }

    var count: Int { state.withLockedValue { $0.entries.count } }
    var bytes: Int { state.withLockedValue { $0.bytes } }
}

/// What a cached value costs in memory, roughly; values that do not say count half a kilobyte.
protocol CacheSized { var cacheBytes: Int { get } }

extension Application {
    private struct FigureCacheKey: StorageKey { typealias Value = FigureCache }

    var figureCache: FigureCache {
        get {
            if let cache = storage[FigureCacheKey.self] { return cache }
            let cache = FigureCache(enabled: environment != .testing && Environment.get("STAGELIJN_FIGURE_CACHE") != "0")
            storage[FigureCacheKey.self] = cache
            return cache
        }
        set { storage[FigureCacheKey.self] = newValue }
    }
}

extension Request {
    private struct ChangedSchoolKey: StorageKey { typealias Value = UUID }

    /// The school that a request without a signed-in user works on, set by the handler that found it (a personal link's
    /// placement, the meldpunt's school code): a write then raises that school's data version instead of everyone's, so
    /// a Monday morning of praktijkbegeleiders confirming hours does not empty every school's figure cache.
    var changedSchool: UUID? {
        get { storage[ChangedSchoolKey.self] }
        set { storage[ChangedSchoolKey.self] = newValue }
    }

    /// A figure of the signed-in user's school, from the cache while the school's data is unchanged. The request's
    /// query string is part of the key as well: a rendered page may repeat it (the CSV link keeps the page's filters).
    func cachedFigure<T: Sendable>(_ key: String, compute: () async throws -> T) async throws -> T {
        let cache = application.figureCache
        guard cache.enabled, let school = currentUser?.schoolID else { return try await compute() }
        let version = try await DataVersion.current(school: school, on: db)
        return try await cache.value("\(school)|\(key)|\(url.query ?? "")", version: version, today: today, now: now, compute: compute)
    }
}
