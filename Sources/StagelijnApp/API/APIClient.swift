import Fluent
import StagelijnCore
import Vapor

/// Who is calling the API: a school's token. A token acts for its school with the coordinator's reach, through the
/// same `AccessPolicy` and the same school-narrowed repositories as the pages; a read-only token only lists and views.
struct APIClient: Sendable {
    let tokenID: UUID
    let name: String
    let schoolID: UUID
    let boardID: UUID
    let readOnly: Bool

    /// The role whose policy the token follows.
    static let role: Role = .coordinator

    var actor: Actor { Actor(userID: nil, name: "API-sleutel ‘\(name)’", schoolID: schoolID) }

    func visibility(_ action: Action, _ resource: Resource) throws -> Visibility {
        if readOnly && !(action == .list || action == .view) { throw APIProblem.readOnly }
        let scope = AccessPolicy.scope(for: Self.role, action, resource)
        guard scope != .none else {
            throw APIProblem(title: "Geen toegang", status: 403, detail: "Deze API-sleutel geeft geen toegang tot deze gegevens.")
        }
        return Visibility(schoolID: schoolID, boardID: boardID, scope: scope, userID: nil, linkedStudentIDs: [])
    }
}

extension Request {
    private struct APIClientKey: StorageKey { typealias Value = APIClient }

    var apiClient: APIClient? {
        get { storage[APIClientKey.self] }
        set { storage[APIClientKey.self] = newValue }
    }

    func client() throws -> APIClient {
        guard let client = apiClient else { throw APIProblem.unauthorized }
        return client
    }
}

/// Requests per token per minute; `STAGELIJN_API_RATE_PER_MINUTE` overrides it.
struct APIRateLimit: Sendable {
    var perMinute: Int

    private struct Key: StorageKey { typealias Value = APIRateLimit }

    static func current(_ app: Application) -> APIRateLimit {
        app.storage[Key.self] ?? APIRateLimit(perMinute: Environment.get("STAGELIJN_API_RATE_PER_MINUTE").flatMap(Int.init) ?? 600)
    }

    static func set(_ limit: APIRateLimit, on app: Application) { app.storage[Key.self] = limit }
}

/// `Authorization: Bearer stl_…`: finds the token (by its hash), counts the request against the token's limit and
/// sets `request.apiClient`. Cookies play no part: a browser session never opens the API, so the API needs no CSRF token.
struct APITokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let header = request.headers.first(name: .authorization), header.count < 400 else { throw APIProblem.unauthorized }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
              let token = try await APITokens.find(secret: String(parts[1]).trimmingCharacters(in: .whitespaces), on: request.db),
              let id = token.id
        else { throw APIProblem.unauthorized }
        let limit = APIRateLimit.current(request.application).perMinute
        let count = try await APITokens.count(id, at: request.now, on: request.db)
        if count > limit {
            let seconds = 60 - Int(request.now.timeIntervalSince1970) % 60
            var problem = APIProblem(title: "Te veel verzoeken", status: 429,
                                     detail: "Deze API-sleutel mag \(limit) verzoeken per minuut doen. Probeer het over \(seconds) seconden opnieuw.")
            problem.type = "https://stagelijn.nl/problemen/te-veel-verzoeken"
            let response = problem.response(for: request)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(seconds))
            return response
        }
        request.apiClient = APIClient(tokenID: id, name: token.name, schoolID: token.$school.id,
                                      boardID: token.school.$board.id, readOnly: token.readOnly)
        return try await next.respond(to: request)
    }
}
