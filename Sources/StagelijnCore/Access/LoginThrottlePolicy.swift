import Foundation

/// Slows down password guessing (SECURITY.md): after `limit` failures within `window`, a key (an account or an
/// address) is locked until the window has passed. Checked *before* the password, the same way for unknown
/// accounts, so the answer never tells whether an account exists.
public struct LoginThrottlePolicy: Sendable {
    public let limit: Int
    public let window: TimeInterval

    public init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    public static let perAccount = LoginThrottlePolicy(limit: 5, window: 15 * 60)
    public static let perAddress = LoginThrottlePolicy(limit: 20, window: 15 * 60)

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
