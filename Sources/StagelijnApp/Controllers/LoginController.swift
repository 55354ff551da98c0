import Fluent
import StagelijnCore
import Vapor

/// Sign in with e-mail and password, sign out, and switch between one's schools and roles.
struct LoginController: RouteCollection {
    /// bcrypt only looks at the first 72 bytes; longer passwords are refused rather than silently truncated.
    static let maxPasswordBytes = 72

    func boot(routes: any RoutesBuilder) throws {
        routes.get("login", use: form)
        routes.post("login", use: login)
        routes.post("logout", use: logout)
        routes.post("rol", use: switchMembership)
    }

    func form(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: SitePath.home.path) }
        let back = LoginController.safeRedirect((try? req.query.get(String.self, at: "terug")) ?? "", fallback: "")
        return LoginPage.render(req, context: .init(email: "", back: back, message: nil))
    }

    func login(req: Request) async throws -> Response {
        let form = try req.formValues()
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form["password"] ?? ""
        let back = Self.safeRedirect(form["terug"] ?? "", fallback: "")
        let throttle = LoginThrottle(db: req.db, now: req.now)
        let address = req.clientAddress
        func failure(_ status: HTTPStatus, _ message: String) -> Response {
            LoginPage.render(req, context: .init(email: String(email.prefix(254)), back: back, message: message), status: status)
        }

        // An address with many failures over all accounts is slowed down, never locked (a school shares one address).
        let delay = try await throttle.addressDelay(address: address) * req.application.stagelijnConfig.loginSlowdownFactor
        if delay > 0 { try await Task.sleep(for: .milliseconds(Int(delay * 1000))) }
        if let until = try await throttle.lockedUntil(email: email, address: address) {
            let minutes = max(1, Int((until.timeIntervalSince(req.now) / 60).rounded(.up)))
            try await AuditLog.recordLoginEvent(on: req.db, event: "inloggen geweigerd (te veel pogingen)", email: email,
                                                address: address, at: req.now)
            return failure(.tooManyRequests,
                           "Te veel mislukte pogingen. Probeer het over \(minutes) \(minutes == 1 ? "minuut" : "minuten") opnieuw.")
        }
        if let problem = Self.passwordProblem(password) {
            return failure(.badRequest, problem)
        }
        let user = try await UserModel.query(on: req.db).filter(\.$email == email).first()
        let valid = try verify(password, against: user?.passwordHash, on: req)
        guard let user, valid, user.isActive, let userID = user.id,
              let membership = try await MembershipModel.query(on: req.db).filter(\.$user.$id == userID).first(),
              let membershipID = membership.id else {
            try await throttle.recordFailure(email: email, address: address)
            try await AuditLog.recordLoginEvent(on: req.db, event: "inloggen mislukt", email: email, address: address, at: req.now)
            return failure(.unauthorized, "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.")
        }
        try await throttle.reset(email: email, address: address)
        try await startNewSession(req, userID: userID, membershipID: membershipID)
        try await AuditLog.recordSignIn(on: req.db, event: "ingelogd", userID: userID, name: user.name,
                                        schoolID: membership.$school.id, address: address, at: req.now)
        return req.redirect(to: back.isEmpty ? SitePath.home.path : back, redirectType: .normal)
    }

    /// bcrypt stops at a NUL byte and ignores everything after 72 bytes: a password with a control character or
    /// longer than 72 bytes would be checked as another password, so it is refused with a message instead.
    static func passwordProblem(_ password: String) -> String? {
        if password.unicodeScalars.contains(where: InputText.isControl) {
            return "Het wachtwoord bevat een onzichtbaar stuurteken. Typ het opnieuw."
        }
        if password.utf8.count > maxPasswordBytes {
            return "Een wachtwoord is hoogstens \(maxPasswordBytes) bytes lang (letters met een accent tellen dubbel). Controleer het wachtwoord."
        }
        return nil
    }

    func logout(req: Request) async throws -> Response {
        if let user = req.currentUser {
            try await AuditLog.recordSignIn(on: req.db, event: "uitgelogd", userID: user.userID, name: user.name,
                                            schoolID: user.schoolID, address: req.clientAddress, at: req.now)
        }
        req.session.destroy()
        return req.redirect(to: SitePath.login.path, redirectType: .normal)
    }

    func switchMembership(req: Request) async throws -> Response {
        let user = try req.user()
        let chosen = try req.formValues()["membership"].flatMap(UUID.init(uuidString:))
        guard let chosen, user.memberships.contains(where: { $0.id == chosen }) else { throw Abort(.notFound) }
        req.session.data[SessionKey.membershipID] = chosen.uuidString
        return req.redirect(to: SitePath.home.path, redirectType: .normal)
    }

    /// A new session id at login (against session fixation): the old record is deleted and a fresh one created.
    private func startNewSession(_ req: Request, userID: UUID, membershipID: UUID) async throws {
        if let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
        }
        req.session.id = nil
        req.session.data = SessionData()
        req.session.data[SessionKey.userID] = userID.uuidString
        req.session.data[SessionKey.membershipID] = membershipID.uuidString
        req.session.data[SessionKey.csrf] = SecureToken.make()
    }

    /// Checks the password; for an unknown account it still does one bcrypt verification so the response time
    /// does not reveal whether the account exists.
    private func verify(_ password: String, against hash: String?, on req: Request) throws -> Bool {
        guard password.utf8.count <= Self.maxPasswordBytes, !password.isEmpty else { return false }
        guard let hash else {
            _ = try? Bcrypt.verify(password, created: Self.dummyHash)
            return false
        }
        return (try? req.password.verify(password, created: hash)) ?? false
    }

    /// Made once, with the production cost, for the timing-equalising verification above.
    private static let dummyHash = (try? Bcrypt.hash("timing-equaliser", cost: AppConfig.minimumBcryptCost)) ?? ""

    /// Only a local path, so the login form cannot send anyone to another site: one `/` followed by anything but
    /// `/` or `\\` (browsers read `//host` and `/\\host` as another host), and no control or space characters
    /// anywhere (Chromium drops a TAB, turning `/<TAB>/evil.example` into `//evil.example`). Nothing is removed to
    /// make a target fit: what does not fit is refused as a whole.
    static func safeRedirect(_ target: String, fallback: String = SitePath.home.path) -> String {
        let scalars = Array(target.unicodeScalars)
        guard let first = scalars.first, first == "/", target.utf8.count <= 500,
              !scalars.contains(where: { InputText.isControl($0) || $0.properties.isWhitespace }) else { return fallback }
        if scalars.count > 1, scalars[1] == "/" || scalars[1] == "\\" { return fallback }
        return target
    }
}
