import Fluent
import Vapor

/// Sessions stored in the database, so several stateless app servers share them. The cookie carries a random
/// 256-bit token; the table stores only its SHA-256. Idle and absolute timeouts are enforced here, server-side.
struct DatabaseSessionDriver: AsyncSessionDriver {
    let clock: any AppClock

    private struct CachedRecord: StorageKey { typealias Value = SessionRecordModel }

    /// Writes `last_seen_at` at most once a minute when nothing else changed, to keep reads cheap.
    private let touchInterval: TimeInterval = 60

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let token = SecureToken.make()
        // Vapor starts an empty session for a request with an unknown or expired cookie. An empty session is not
        // stored: anonymous requests write nothing, and nobody can fill the table by sending made-up cookies.
        guard !data.snapshot.isEmpty else { return SessionID(string: token) }
        let record = SessionRecordModel()
        record.tokenHash = SecureToken.hash(token)
        record.data = try Self.encode(data)
        record.createdAt = clock.now()
        record.lastSeenAt = clock.now()
        try await record.create(on: request.db)
        return SessionID(string: token)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        guard let record = try await SessionRecordModel.query(on: request.db)
            .filter(\.$tokenHash == SecureToken.hash(sessionID.string)).first() else { return nil }
        let config = request.application.stagelijnConfig
        let now = clock.now()
        if now.timeIntervalSince(record.lastSeenAt) > config.sessionIdleTimeout
            || now.timeIntervalSince(record.createdAt) > config.sessionAbsoluteTimeout {
            try await record.delete(on: request.db)
            return nil
        }
        request.storage[CachedRecord.self] = record
        return try JSONDecoder().decode(SessionData.self, from: Data(record.data.utf8))
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        let encoded = try Self.encode(data)
        let now = clock.now()
        let cached = request.storage[CachedRecord.self]
        let record: SessionRecordModel
        if let cached, cached.tokenHash == SecureToken.hash(sessionID.string) {
            record = cached
        } else if let found = try await SessionRecordModel.query(on: request.db)
            .filter(\.$tokenHash == SecureToken.hash(sessionID.string)).first() {
            record = found
        } else {
            return try await createSession(data, for: request)
        }
        guard record.data != encoded || now.timeIntervalSince(record.lastSeenAt) > touchInterval else { return sessionID }
        record.data = encoded
        record.lastSeenAt = now
        try await record.save(on: request.db)
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await SessionRecordModel.query(on: request.db)
            .filter(\.$tokenHash == SecureToken.hash(sessionID.string)).delete()
    }

    private static func encode(_ data: SessionData) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(data), as: UTF8.self)
    }
}

/// Random tokens for sessions and CSRF, and their hashes.
enum SecureToken {
    /// 32 random bytes from the system's CSPRNG, base64url without padding.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares without leaking the position of the first difference through timing.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
