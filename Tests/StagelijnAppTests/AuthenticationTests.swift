import Fluent
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Signing in and out")
struct AuthenticationTests {
    @Test func coordinatorSignsInAndSeesTheStudentList() async throws {
        try await withTestApp { app, _, _ in
            // setup
            let browser = Browser(app)
            // act
            let login = try await browser.login("coordinator")
            let list = try await browser.get("/leerlingen")
            // check
            #expect(login.status == .seeOther)
            #expect(login.location == "/")
            #expect(list.status == .ok)
            #expect(list.body.contains("Sem de Vries"))
            #expect(!list.body.contains("Daan Visser"), "a student of another school must not be listed")
        }
    }

    @Test func wrongPasswordGivesADutchMessageAndNoSession() async throws {
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            let page = try await browser.login("coordinator", password: "verkeerd-wachtwoord")
            #expect(page.status == .unauthorized)
            #expect(page.body.contains("horen niet bij elkaar"))
            #expect(try await browser.get("/leerlingen").status == .seeOther)
        }
    }

    @Test func unknownAccountGetsTheSameAnswerAsAWrongPassword() async throws {
        try await withTestApp { app, _, _ in
            let known = try await Browser(app).login("coordinator", password: "verkeerd-wachtwoord")
            let unknown = try await Browser(app).login("bestaat-niet", password: "verkeerd-wachtwoord")
            #expect(known.status == unknown.status)
            #expect(known.body.replacingOccurrences(of: Fixture.email("coordinator"), with: "")
                == unknown.body.replacingOccurrences(of: Fixture.email("bestaat-niet"), with: "")
                .replacingOccurrences(of: Browser.csrfToken(in: unknown.body) ?? "", with: Browser.csrfToken(in: known.body) ?? ""))
        }
    }

    @Test func fiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword() async throws {
        try await withTestApp { app, _, clock in
            let browser = Browser(app)
            for _ in 1...5 { try await browser.login("coordinator", password: "fout-fout-fout") }
            // act: the right password is refused while locked, before it is checked
            let locked = try await browser.login("coordinator")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.contains("Te veel mislukte pogingen"))
            // after the window the account opens again
            clock.advance(by: 15 * 60 + 1)
            #expect(try await browser.login("coordinator").status == .seeOther)
        }
    }

    @Test func loginIssuesANewSessionIdAndLogoutEndsItOnTheServer() async throws {
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            // A made-up session cookie before login (session fixation attempt) is not taken over.
            let planted = SecureToken.make()
            var plantedHeaders = HTTPHeaders()
            plantedHeaders.add(name: .cookie, value: "stagelijn_session=\(planted)")
            try await browser.get("/login", headers: plantedHeaders)
            try await browser.login("coordinator")
            let signedIn = browser.cookie
            #expect(signedIn != nil && signedIn != planted)
            #expect(try await SessionRecordModel.query(on: app.db).filter(\.$tokenHash == SecureToken.hash(planted)).count() == 0)

            let logout = try await browser.post("/logout")
            #expect(logout.status == .seeOther)
            #expect(try await SessionRecordModel.query(on: app.db).filter(\.$tokenHash == SecureToken.hash(signedIn!)).count() == 0)
            // replaying the old cookie gets nowhere
            let replay = Browser(app)
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: "stagelijn_session=\(signedIn!)")
            #expect(try await replay.get("/leerlingen", headers: headers).status == .seeOther)
        }
    }

    @Test func sessionEndsAfterThirtyMinutesIdle() async throws {
        try await withTestApp { app, _, clock in
            let browser = Browser(app)
            try await browser.login("coordinator")
            clock.advance(by: 29 * 60)
            #expect(try await browser.get("/leerlingen").status == .ok)
            clock.advance(by: 31 * 60)
            let expired = try await browser.get("/leerlingen")
            #expect(expired.status == .seeOther)
            #expect(expired.location?.hasPrefix("/login") == true)
        }
    }

    @Test func sessionCookieIsHttpOnlyAndSameSite() async throws {
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            let form = try await browser.get("/login")
            // The login form itself starts no session: its CSRF token lives in a double-submit cookie.
            #expect(!form.headers[.setCookie].contains { $0.hasPrefix("stagelijn_session=") })
            let csrfCookie = try #require(form.headers.setCookie?["stagelijn_csrf"])
            #expect(csrfCookie.isHTTPOnly && csrfCookie.sameSite == .strict)
            let login = try await browser.post("/login", [("email", Fixture.email("coordinator")), ("password", Fixture.password)])
            let cookie = login.headers[.setCookie].first { $0.hasPrefix("stagelijn_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/"))
        }
    }

    @Test func passwordsLongerThanBcryptReadsAreRefusedWithAMessage() async throws {
        try await withTestApp { app, _, _ in
            let long = Fixture.password + String(repeating: "x", count: 80)
            let page = try await Browser(app).login("coordinator", password: long)
            #expect(page.status == .badRequest)
            #expect(page.body.contains("hoogstens 72 bytes"))
        }
    }

    @Test func loginRedirectsOnlyToLocalPaths() {
        #expect(LoginController.safeRedirect("/leerlingen?q=a") == "/leerlingen?q=a")
        #expect(LoginController.safeRedirect("https://evil.example/") == "/")
        #expect(LoginController.safeRedirect("//evil.example/") == "/")
    }

    @Test func productionBcryptCostIsAtLeastTwelve() {
        #expect(AppConfig(database: .sqliteMemory, bcryptCost: 4).bcryptCost >= 12)
        #expect(Fixture.passwordHash.hasPrefix("$2b$12$"))
    }
}
