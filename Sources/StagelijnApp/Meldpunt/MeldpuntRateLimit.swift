import Foundation
import Vapor

/// Bounds what an anonymous visitor can do to the meldpunt: at most `reports` reports and `lookups` follow-up code
/// look-ups per address per hour (a class behind one school address still has room: 20 reports an hour). Kept in
/// memory per server — a bound against flooding and code guessing, not an account lock, and it stores nothing about
/// a reporter in the database (anonymous requests write only the report).
actor MeldpuntRateLimit {
    static let reportsPerHour = 20
    static let lookupsPerHour = 60
    static let window: TimeInterval = 3600

    enum Kind: String { case report, lookup }

    private var hits: [String: [Date]] = [:]

    /// Counts this attempt; false when the address is over its limit.
    func allow(_ kind: Kind, address: String?, now: Date) -> Bool {
        let key = "\(kind.rawValue)|\(address ?? "onbekend")"
        let limit = kind == .report ? Self.reportsPerHour : Self.lookupsPerHour
        var recent = (hits[key] ?? []).filter { now.timeIntervalSince($0) < Self.window }
        guard recent.count < limit else { hits[key] = recent; return false }
        recent.append(now)
        hits[key] = recent
        if hits.count > 10_000 { hits = hits.filter { !$0.value.allSatisfy { now.timeIntervalSince($0) >= Self.window } } }
        return true
    }
}

extension Application {
    private struct MeldpuntRateLimitKey: StorageKey { typealias Value = MeldpuntRateLimit }

    /// Set once when the routes are registered (`MeldpuntRoutes`), before any request.
    var meldpuntRateLimit: MeldpuntRateLimit {
        get { storage[MeldpuntRateLimitKey.self] ?? MeldpuntRateLimit() }
        set { storage[MeldpuntRateLimitKey.self] = newValue }
    }
}
