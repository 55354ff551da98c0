import Fluent
import SQLKit
import Vapor

/// `GET /health` for a load balancer: 200 "ok" when the database answers `SELECT 1`, otherwise 503. It reads no
/// session, writes nothing and never shows personal data, so it may be polled every second by every balancer.
enum Health {
    static func register(_ app: Application) {
        app.get("health") { req async -> Response in
            let answered = await databaseAnswers(req.db)
            var headers = HTTPHeaders()
            headers.contentType = .plainText
            headers.cacheControl = .init(noStore: true)
            return Response(status: answered ? .ok : .serviceUnavailable, headers: headers,
                            body: .init(string: answered ? "ok" : "database onbereikbaar"))
        }
    }

    /// True when the database returns the row of `SELECT 1`; any error (no connection, timeout) is false.
    static func databaseAnswers(_ db: any Database) async -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        do {
            return try await sql.raw("SELECT 1 AS up").first() != nil
        } catch {
            return false
        }
    }
}
