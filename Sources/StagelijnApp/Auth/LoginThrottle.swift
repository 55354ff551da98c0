import Fluent
import StagelijnCore
import Vapor

/// Stores the counters of `LoginThrottlePolicy` in the database, shared by all app servers.
struct LoginThrottle {
    let db: any Database
    let now: Date

    /// The keys that can lock: the account, and the account from this address.
    static func lockingKeys(email: String, address: String?) -> [(key: String, policy: LoginThrottlePolicy)] {
        let account = email.lowercased()
        return [("account:\(account)", .perAccount), ("address-account:\(address ?? "onbekend")|\(account)", .perAccountFromAddress)]
    }

    static func addressKey(_ address: String?) -> String { "address:\(address ?? "onbekend")" }

    func lockedUntil(email: String, address: String?) async throws -> Date? {
        var latest: Date?
        for (key, policy) in Self.lockingKeys(email: email, address: address) {
            if let until = policy.lockedUntil(try await counter(key), now: now) { latest = max(latest ?? until, until) }
        }
        return latest
    }

    /// How long to wait before answering a login from this address (never a lock).
    func addressDelay(address: String?) async throws -> TimeInterval {
        LoginThrottlePolicy.perAddress.addressDelay(try await counter(Self.addressKey(address)), now: now)
    }

    func recordFailure(email: String, address: String?) async throws {
        for (key, policy) in Self.lockingKeys(email: email, address: address) + [(Self.addressKey(address), .perAddress)] {
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

    /// A successful login clears the account's counters (from everywhere), not the address's slow-down.
    func reset(email: String, address: String?) async throws {
        let keys = Self.lockingKeys(email: email, address: address).map(\.key)
        try await LoginAttemptModel.query(on: db).filter(\.$key ~~ keys).delete()
    }

    private func counter(_ key: String) async throws -> LoginThrottlePolicy.Counter? {
        try await find(key).map { LoginThrottlePolicy.Counter(failures: $0.failures, windowStart: $0.windowStart) }
    }

    private func find(_ key: String) async throws -> LoginAttemptModel? {
        try await LoginAttemptModel.query(on: db).filter(\.$key == key).first()
    }
}
