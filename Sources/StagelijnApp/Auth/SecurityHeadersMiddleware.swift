import Vapor

/// Headers Vapor does not set (SECURITY.md). The pages use no scripts at all, so the policy forbids them.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    let hsts: Bool

    static let contentSecurityPolicy = [
        "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "form-action 'self'",
        "frame-ancestors 'none'", "base-uri 'none'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        Self.apply(to: response.headers, hsts: hsts).forEach { response.headers.replaceOrAdd(name: $0.name, value: $0.value) }
        return response
    }

    static func apply(to headers: HTTPHeaders, hsts: Bool) -> [(name: String, value: String)] {
        var result: [(String, String)] = [
            ("Content-Security-Policy", contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        if hsts { result.append(("Strict-Transport-Security", "max-age=31536000; includeSubDomains")) }
        if headers.first(name: .cacheControl) == nil { result.append(("Cache-Control", "no-store")) }
        return result
    }
}
