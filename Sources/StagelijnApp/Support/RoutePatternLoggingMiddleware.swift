import Vapor

/// Logs each request by its route pattern (`GET /teken/:token`), never the path itself: paths carry personal-link
/// tokens and record ids, and query strings carry search words. Vapor's `RouteLoggingMiddleware` logs the path.
struct RoutePatternLoggingMiddleware: AsyncMiddleware {
    let logLevel: Logger.Level

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.logger.log(level: logLevel, "\(request.method) \(Self.pattern(of: request))")
        return try await next.respond(to: request)
    }

    /// The matched route with its placeholders, or a fixed word for a request that matched no route.
    static func pattern(of request: Request) -> String {
        guard let route = request.route else { return "(geen route)" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}
