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
        let back = (try? req.query.get(String.self, at: "terug")) ?? ""
        return LoginPage.render(req, context: .init(email: "", back: back, message: nil))
    }

    func login(req: Request) async throws -> Response {
        let form = try req.formValues()
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form["password"] ?? ""
        let back = form["terug"] ?? ""
        let throttle = LoginThrottle(db: req.db, now: req.now)
        let address = req.remoteAddress?.ipAddress
        func failure(_ status: HTTPStatus, _ message: String) -> Response {
            LoginPage.render(req, context: .init(email: email, back: back, message: message), status: status)
        }

        if let until = try await throttle.lockedUntil(email: email, address: address) {
            let minutes = max(1, Int((until.timeIntervalSince(req.now) / 60).rounded(.up)))
            return failure(.tooManyRequests,
                           "Te veel mislukte pogingen. Probeer het over \(minutes) \(minutes == 1 ? "minuut" : "minuten") opnieuw.")
        }
        let user = try await UserModel.query(on: req.db).filter(\.$email == email).first()
        let valid = try verify(password, against: user?.passwordHash, on: req)
        guard let user, valid, user.isActive, let userID = user.id,
              let membership = try await MembershipModel.query(on: req.db).filter(\.$user.$id == userID).first(),
              let membershipID = membership.id else {
            try await throttle.recordFailure(email: email, address: address)
            return failure(.unauthorized, "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.")
        }
        try await throttle.reset(email: email)
        try await startNewSession(req, userID: userID, membershipID: membershipID)
        return req.redirect(to: Self.safeRedirect(back), redirectType: .normal)
    }

    func logout(req: Request) async throws -> Response {
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

    /// Only local paths, so the login form cannot be used to send someone to another site.
    static func safeRedirect(_ target: String) -> String {
        guard target.hasPrefix("/"), !target.hasPrefix("//"), !target.contains("\\") else { return SitePath.home.path }
        return target
    }
}
