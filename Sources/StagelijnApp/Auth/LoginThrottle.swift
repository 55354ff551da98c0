import Fluent
import StagelijnCore
import Vapor

/// Stores the counters of `LoginThrottlePolicy` in the database, shared by all app servers.
struct LoginThrottle {
    let db: any Database
    let now: Date

    static func keys(email: String, address: String?) -> [(key: String, policy: LoginThrottlePolicy)] {
        [("account:\(email.lowercased())", .perAccount), ("address:\(address ?? "onbekend")", .perAddress)]
    }

    func lockedUntil(email: String, address: String?) async throws -> Date? {
        var latest: Date?
        for (key, policy) in Self.keys(email: email, address: address) {
            let counter = try await find(key).map { LoginThrottlePolicy.Counter(failures: $0.failures, windowStart: $0.windowStart) }
            if let until = policy.lockedUntil(counter, now: now) { latest = max(latest ?? until, until) }
        }
        return latest
    }

    func recordFailure(email: String, address: String?) async throws {
        for (key, policy) in Self.keys(email: email, address: address) {
            let record = try await find(key) ?? LoginAttemptModel()
            let current = record.id == nil ? nil
                : LoginThrottlePolicy.Counter(failures: record.failures, windowStart: record.windowStart)
            let next = policy.registeringFailure(current, now: now)
            record.key = key
            record.failures = next.failures
            record.windowStart = next.windowStart
            try await record.save(on: db)
        }
    }

    func reset(email: String) async throws {
        try await LoginAttemptModel.query(on: db).filter(\.$key == "account:\(email.lowercased())").delete()
    }

    private func find(_ key: String) async throws -> LoginAttemptModel? {
        try await LoginAttemptModel.query(on: db).filter(\.$key == key).first()
    }
}
