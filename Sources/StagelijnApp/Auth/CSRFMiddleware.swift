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
            let response = try await next.respond(to: request)
            AnonymousCSRF.setCookie(on: response, for: request)
            return response
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
        guard let sent, Self.accepts(sent, for: request) else {
            throw Abort(.forbidden, reason: "Dit formulier is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens.")
        }
        let response = try await next.respond(to: request)
        AnonymousCSRF.setCookie(on: response, for: request)
        return response
    }

    /// The signed-in user's forms carry the session's token; forms shown to someone without a session (the login
    /// form, personal links) carry the token of the `stagelijn_csrf` cookie (double submit), so that showing them
    /// writes nothing to the database.
    static func accepts(_ sent: String, for request: Request) -> Bool {
        if request.hasSession, let expected = request.session.data[SessionKey.csrf], SecureToken.equal(sent, expected) {
            return true
        }
        if let cookie = request.cookies[AnonymousCSRF.cookieName(request)]?.string, AnonymousCSRF.isWellFormed(cookie) {
            return SecureToken.equal(sent, cookie)
        }
        return false
    }

    static func isSameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host, let url = URL(string: origin), let originHost = url.host else { return false }
        let originAuthority = url.port.map { "\(originHost):\($0)" } ?? originHost
        return originAuthority.lowercased() == host.lowercased()
    }
}

extension Request {
    /// The CSRF token for the forms of this page: the session's for a signed-in user (created on first use), the
    /// double-submit cookie's for everyone else. Never touches the session of an anonymous request, so an error
    /// page can be rendered before the sessions middleware ran, and anonymous pages write nothing.
    var csrfToken: String {
        guard currentUser != nil else { return AnonymousCSRF.token(for: self) }
        if let token = session.data[SessionKey.csrf] { return token }
        let token = SecureToken.make()
        session.data[SessionKey.csrf] = token
        return token
    }
}

/// Double-submit CSRF protection for people without a session: a random token in a cookie that scripts cannot
/// read (HttpOnly, SameSite=Strict), repeated in the form. Another site can neither read the cookie nor set the
/// form field to match it. Behind https the cookie carries the `__Host-` prefix, so a sibling subdomain cannot plant
/// one either; that, not a signature, is what stops cookie tossing (a signed token could be copied from the
/// attacker's own visit just as well).
enum AnonymousCSRF {
    private struct NewToken: StorageKey { typealias Value = String }

    static func cookieName(_ request: Request) -> String {
        request.application.stagelijnConfig.secureCookies ? "__Host-stagelijn_csrf" : "stagelijn_csrf"
    }

    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 43 && token.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The token of the request's cookie, or a new one that `CSRFMiddleware` sets as cookie on the response.
    static func token(for request: Request) -> String {
        if let existing = request.cookies[cookieName(request)]?.string, isWellFormed(existing) { return existing }
        if let minted = request.storage[NewToken.self] { return minted }
        let token = SecureToken.make()
        request.storage[NewToken.self] = token
        return token
    }

    /// Adds the cookie when this response's page minted a token.
    static func setCookie(on response: Response, for request: Request) {
        guard let minted = request.storage[NewToken.self] else { return }
        let secure = request.application.stagelijnConfig.secureCookies
        response.cookies[cookieName(request)] = HTTPCookies.Value(
            string: minted, expires: nil, maxAge: 12 * 3600, domain: nil, path: "/",
            isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }
}
