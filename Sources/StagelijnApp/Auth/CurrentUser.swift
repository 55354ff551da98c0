import Fluent
import StagelijnCore
import Vapor

/// The signed-in user acting in one school with one role. Everything a request may see is derived from this.
struct CurrentUser: Sendable {
    let userID: UUID
    let name: String
    let email: String
    let membershipID: UUID
    let role: Role
    let schoolID: UUID
    let schoolName: String
    let boardID: UUID
    /// For students and parents: the student records they may see.
    let linkedStudentIDs: [UUID]
    /// All schools and roles of this user, for the switcher.
    let memberships: [Membership]

    struct Membership: Sendable {
        let id: UUID
        let schoolName: String
        let role: Role
    }

    func scope(_ action: Action, _ resource: Resource) -> AccessScope {
        AccessPolicy.scope(for: role, action, resource)
    }

    /// Throws 403 with a Dutch message when the role may not do this at all.
    func require(_ action: Action, _ resource: Resource) throws -> AccessScope {
        let scope = scope(action, resource)
        guard scope != .none else {
            throw Abort(.forbidden, reason: "Uw rol (\(role.dutchName)) geeft geen toegang tot deze gegevens.")
        }
        return scope
    }
}

enum SessionKey {
    static let userID = "user"
    static let membershipID = "membership"
    static let csrf = "csrf"
}

extension Request {
    private struct CurrentUserKey: StorageKey { typealias Value = CurrentUser }

    var currentUser: CurrentUser? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    /// The signed-in user, or 401 (which the error page turns into a redirect to the login page).
    func user() throws -> CurrentUser {
        guard let user = currentUser else { throw Abort(.unauthorized) }
        return user
    }
}

/// Loads the signed-in user of the session for every request (from `CurrentUserCache` when it was loaded in the last
/// seconds). A session pointing at a removed user or membership is emptied rather than trusted.
struct CurrentUserMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Only a request that brought a session is looked at: touching `request.session` otherwise starts an empty
        // one, and with it a cookie for every anonymous request.
        if request.hasSession, let userText = request.session.data[SessionKey.userID], let userID = UUID(uuidString: userText),
           let membershipText = request.session.data[SessionKey.membershipID],
           let membershipID = UUID(uuidString: membershipText) {
            let cache = request.application.currentUserCache
            if let cached = cache.user(userID: userID, membershipID: membershipID, now: Date()) {
                request.currentUser = cached
            } else if let user = try await Self.load(userID: userID, membershipID: membershipID, on: request.db) {
                cache.store(user, now: Date())
                request.currentUser = user
            } else {
                request.session.data[SessionKey.userID] = nil
                request.session.data[SessionKey.membershipID] = nil
            }
        }
        return try await next.respond(to: request)
    }

    static func load(userID: UUID, membershipID: UUID, on db: any Database) async throws -> CurrentUser? {
        guard let user = try await UserModel.find(userID, on: db), user.isActive else { return nil }
        let memberships = try await MembershipModel.query(on: db)
            .filter(\.$user.$id == userID).with(\.$school).all()
        guard let active = memberships.first(where: { $0.id == membershipID }) else { return nil }
        let sameRole = memberships.filter { $0.$school.id == active.$school.id && $0.role == active.role }
        var seen = Set<String>()
        let distinct = memberships.filter { seen.insert("\($0.$school.id)-\($0.role)").inserted }
        return CurrentUser(
            userID: userID, name: user.name, email: user.email, membershipID: membershipID, role: active.role,
            schoolID: active.$school.id, schoolName: active.school.name, boardID: active.school.$board.id,
            linkedStudentIDs: sameRole.compactMap { $0.$student.id },
            memberships: distinct.compactMap { m in m.id.map { .init(id: $0, schoolName: m.school.name, role: m.role) } })
    }
}
