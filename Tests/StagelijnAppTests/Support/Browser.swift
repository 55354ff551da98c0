import Foundation
import Testing
import Vapor
import VaporTesting
@testable import StagelijnApp

/// A minimal browser for HTTP-level tests: keeps the session cookie, reads the CSRF token from pages and posts
/// forms the way a real browser does.
final class Browser: @unchecked Sendable {
    let app: Application
    /// Every cookie the server set (session, the anonymous CSRF cookie), sent back like a browser does.
    private(set) var cookies: [String: String] = [:]
    var cookie: String? { cookies["stagelijn_session"] }
    private(set) var csrf: String?

    init(_ app: Application) { self.app = app }

    struct Page {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String
        var location: String? { headers.first(name: .location) }
    }

    @discardableResult
    func get(_ path: String, headers extra: HTTPHeaders = [:]) async throws -> Page {
        try await send(.GET, path, body: nil, contentType: nil, headers: extra)
    }

    /// Posts a form; the current CSRF token is added unless `csrf` is given (use "" to send none).
    @discardableResult
    func post(_ path: String, _ form: [(String, String)] = [], csrf token: String? = nil,
              headers extra: HTTPHeaders = [:]) async throws -> Page {
        if csrf == nil && token == nil { try await get("/login") }
        var fields = form
        let sent = token ?? csrf ?? ""
        if !sent.isEmpty { fields.append(("_csrf", sent)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded",
                              headers: extra)
    }

    /// Posts a multipart form with one file, as the import page does.
    @discardableResult
    func upload(_ path: String, fields: [(String, String)], fileName: String, file: Data) async throws -> Page {
        if csrf == nil { try await get("/login") }
        let boundary = "----stagelijn-test-boundary"
        var body = Data()
        for (name, value) in fields + [("_csrf", csrf ?? "")] {
            body.append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".data(using: .utf8)!)
        }
        body.append("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n".data(using: .utf8)!)
        body.append(file)
        body.append("\r\n--\(boundary)--\r\n".data(using: .utf8)!)
        return try await send(.POST, path, body: ByteBuffer(data: body), contentType: "multipart/form-data; boundary=\(boundary)",
                              headers: [:])
    }

    @discardableResult
    func login(_ key: String, password: String = Fixture.password) async throws -> Page {
        let page = try await post("/login", [("email", Fixture.email(key)), ("password", password)])
        // The session (and its CSRF token) is new after a successful login: load a page to pick up the token.
        if page.status == .seeOther { try await get("/") }
        return page
    }

    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: String?,
                      headers extra: HTTPHeaders) async throws -> Page {
        var headers = extra
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: "; "))
        }
        if let contentType { headers.replaceOrAdd(name: .contentType, value: contentType) }
        var result: Page?
        try await app.testing().test(method, path, headers: headers, body: body) { response in
            result = Page(status: response.status, headers: response.headers, body: response.body.string)
        }
        guard let page = result else { throw Abort(.internalServerError) }
        for value in page.headers[.setCookie] {
            let pair = value.prefix { $0 != ";" }
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals]), token = String(pair[pair.index(after: equals)...])
            let expired = value.lowercased().contains("max-age=0") || value.lowercased().contains("expires=thu, 01 jan 1970")
            cookies[name] = token.isEmpty || expired ? nil : token
        }
        if let token = Self.csrfToken(in: page.body) { csrf = token }
        return page
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
