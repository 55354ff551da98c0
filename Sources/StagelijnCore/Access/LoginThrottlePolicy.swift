import Foundation

/// Slows down password guessing (SECURITY.md): after `limit` failures within `window`, a key is locked until the
/// window has passed. Checked *before* the password, the same way for unknown accounts, so the answer never tells
/// whether an account exists. Keys are an account, and an account from one address; an address alone is never
/// locked (a whole school shares one address behind its NAT: one pupil must not lock out the staff), it is only
/// slowed down (`addressDelay`).
public struct LoginThrottlePolicy: Sendable {
    public let limit: Int
    public let window: TimeInterval

    public init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// One account guessed from anywhere: a distributed attack on one password.
    public static let perAccount = LoginThrottlePolicy(limit: 10, window: 15 * 60)
    /// One account from one address: the usual case of a forgotten or guessed password.
    public static let perAccountFromAddress = LoginThrottlePolicy(limit: 5, window: 15 * 60)
    /// Failures from one address over all accounts: counted for the slow-down only.
    public static let perAddress = LoginThrottlePolicy(limit: 20, window: 15 * 60)

    /// The pause before answering a login from an address with `failures` recent failures over all accounts:
    /// none up to the limit, then one second more per 10 failures, at most 5 seconds.
    public func addressDelay(_ counter: Counter?, now: Date) -> TimeInterval {
        guard let counter, counter.windowStart.addingTimeInterval(window) > now, counter.failures >= limit else { return 0 }
        return Double(min(5, 1 + (counter.failures - limit) / 10))
    }

    public struct Counter: Equatable, Sendable {
        public var failures: Int
        public var windowStart: Date

        public init(failures: Int, windowStart: Date) {
            self.failures = failures
            self.windowStart = windowStart
        }
    }

    /// When the key may try again, or nil when it may try now.
    public func lockedUntil(_ counter: Counter?, now: Date) -> Date? {
        guard let counter, counter.failures >= limit else { return nil }
        let end = counter.windowStart.addingTimeInterval(window)
        return end > now ? end : nil
    }

    /// The counter after one more failure; an expired window starts over.
    public func registeringFailure(_ counter: Counter?, now: Date) -> Counter {
        guard let counter, counter.windowStart.addingTimeInterval(window) > now else {
            return Counter(failures: 1, windowStart: now)
        }
        return Counter(failures: counter.failures + 1, windowStart: counter.windowStart)
    }
}
