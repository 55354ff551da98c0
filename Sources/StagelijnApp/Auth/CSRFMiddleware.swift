import Vapor

/// Vapor has no CSRF protection (SECURITY.md). Every state-changing request must carry the session's token, in the
/// form field `_csrf` or the header `X-CSRF-Token`, and must not come from another origin.
/// Because route handlers collect the body only after middleware has run, this middleware collects it itself, up to
/// `maxBodySize`: the normal limit for forms, a larger one only on the upload route.
struct CSRFMiddleware: AsyncMiddleware {
    static let formField = "_csrf"
    static let header = "X-CSRF-Token"

    let maxBodySize: Int

    init(maxBodySize: Int = 64 * 1024) {
        self.maxBodySize = maxBodySize
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            return try await next.respond(to: request)
        }
        if let origin = request.headers.first(name: .origin), !Self.isSameOrigin(origin, host: request.headers.first(name: .host)) {
            throw Abort(.forbidden, reason: "Dit verzoek komt van een andere website en is geweigerd.")
        }
        if request.body.data == nil {
            do {
                _ = try await request.body.collect(max: maxBodySize).get()
            } catch {
                throw Abort(.payloadTooLarge, reason: "Het verzonden bestand of formulier is te groot (maximaal \(maxBodySize / 1024) kB).")
            }
        }
        let sent = request.headers.first(name: Self.header)
            ?? (try? request.content.get(String.self, at: Self.formField))
        guard let expected = request.session.data[SessionKey.csrf], let sent, SecureToken.equal(sent, expected) else {
            throw Abort(.forbidden, reason: "Dit formulier is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens.")
        }
        return try await next.respond(to: request)
    }

    static func isSameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host, let url = URL(string: origin), let originHost = url.host else { return false }
        let originAuthority = url.port.map { "\(originHost):\($0)" } ?? originHost
        return originAuthority.lowercased() == host.lowercased()
    }
}

extension Request {
    /// The session's CSRF token, created on first use. Forms embed it as a hidden field.
    var csrfToken: String {
        if let token = session.data[SessionKey.csrf] { return token }
        let token = SecureToken.make()
        session.data[SessionKey.csrf] = token
        return token
    }
}
