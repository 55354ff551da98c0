import Vapor
import StagelijnCore

/// Time is injected so tests can move it (session timeouts, login lockouts, "today" for ages).
public protocol AppClock: Sendable {
    func now() -> Date
}

public struct SystemClock: AppClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock tests can set and advance.
public final class FixedClock: AppClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ date: Date) { current = date }

    public func now() -> Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = any AppClock }

    public var clock: any AppClock {
        get { storage[ClockKey.self] ?? SystemClock() }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    var now: Date { application.clock.now() }
    var today: LocalDate { LocalDate(now) }
}
