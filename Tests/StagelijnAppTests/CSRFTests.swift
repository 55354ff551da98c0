import Testing
import Vapor
@testable import StagelijnApp

@Suite("CSRF protection and security headers")
struct CSRFTests {
    /// Every state-changing route of the application, with parameters filled in.
    static func unsafeRoutes(_ app: Application) -> [(HTTPMethod, String)] {
        // The API (issue 17) takes only a bearer token, never a cookie, so it has no CSRF token: `APITokenTests`.
        app.routes.all.filter { [.POST, .PUT, .PATCH, .DELETE].contains($0.method) && $0.path.first?.description != "api" }.map { route in
            let path = route.path.map { component -> String in
                switch component {
                case .constant(let value): value
                case .parameter: UUID().uuidString
                default: "x"
                }
            }
            return (route.method, "/" + path.joined(separator: "/"))
        }
    }

    @Test func everyStateChangingRouteRejectsAMissingOrWrongToken() async throws {
        try await withTestApp { app, _, _ in
            let routes = Self.unsafeRoutes(app)
            #expect(routes.count >= 15, "all POST routes are enumerated (found \(routes.count))")
            let browser = Browser(app)
            try await browser.login("coordinator")
            for (_, path) in routes {
                let missing = try await browser.post(path, [("name", "x")], csrf: "")
                #expect(missing.status == .forbidden, "\(path) without token")
                let wrong = try await browser.post(path, [("name", "x")], csrf: "wrong-token")
                #expect(wrong.status == .forbidden, "\(path) with a wrong token")
            }
        }
    }

    @Test func aTokenFromAnotherSessionIsRejected() async throws {
        try await withTestApp { app, _, _ in
            let attacker = Browser(app)
            try await attacker.login("mentor")
            let victim = Browser(app)
            try await victim.login("coordinator")
            let page = try await victim.post("/stageperiodes", [("name", "x")], csrf: attacker.csrf)
            #expect(page.status == .forbidden)
        }
    }

    @Test func aValidTokenPassesAndAForeignOriginIsRejected() async throws {
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let valid = try await browser.post("/stageperiodes", [("name", "")])
            #expect(valid.status == .badRequest, "the token passes; the empty form is then refused by validation")
            var headers = HTTPHeaders()
            headers.add(name: .origin, value: "https://evil.example")
            headers.add(name: .host, value: "localhost:8080")
            let foreign = try await browser.post("/stageperiodes", [("name", "")], headers: headers)
            #expect(foreign.status == .forbidden)
        }
    }

    @Test func pagesCarryTheSecurityHeaders() async throws {
        try await withTestApp { app, _, _ in
            let page = try await Browser(app).get("/login")
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(page.headers.first(name: "Content-Security-Policy")?.contains("script-src") == false)
            #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(page.headers.first(name: "Referrer-Policy") == "same-origin")
            #expect(page.headers.first(name: .cacheControl) == "no-store")
            let notFound = try await Browser(app).get("/bestaat-niet")
            #expect(notFound.status == .notFound)
            #expect(notFound.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(notFound.body.contains("Niet gevonden"))
        }
    }
}
