import Vapor

/// Every request under `/api` that no route answers gets a problem document, never the HTML 404 page: 405 with
/// `Allow` when the path exists for another method, 404 otherwise. Vapor's router answers an unmatched request before
/// any group middleware runs, so this is a catch-all route (`/api/**`) of its own; a constant or parameter route
/// always wins over it, so it only sees what would otherwise have been the HTML 404.
enum APIFallback {
    /// The methods the catch-all answers. HEAD is routed to GET by Vapor itself.
    static let methods: [HTTPMethod] = [.GET, .POST, .PUT, .PATCH, .DELETE, .OPTIONS]

    /// Marks the catch-all's own routes, which never count as a real route of a path.
    static let marker = "stagelijn.apiFallback"

    static func register(on api: any RoutesBuilder) {
        for method in methods {
            api.on(method, body: .stream, use: answer).userInfo[marker] = true
            api.on(method, "**", body: .stream, use: answer).userInfo[marker] = true
        }
    }

    @Sendable static func answer(_ req: Request) async throws -> Response {
        let path = req.url.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let allowed = allowedMethods(for: path, in: req.application.routes)
        guard !allowed.isEmpty else {
            throw APIProblem(type: "https://stagelijn.nl/problemen/onbekend-adres", title: "Niet gevonden", status: 404,
                             detail: "Dit adres bestaat niet in de Stagelijn-API. Zie /api/openapi.json voor alle adressen.")
        }
        let names = allowed.sorted().joined(separator: ", ")
        let problem = APIProblem(type: "https://stagelijn.nl/problemen/methode-niet-toegestaan", title: "Methode niet toegestaan",
                                 status: 405, detail: "\(req.method.rawValue) kan niet op dit adres; wel: \(names).")
        let response = problem.response(for: req)
        response.headers.replaceOrAdd(name: .allow, value: names)
        return response
    }

    /// The methods of the real routes (not the catch-all) whose path matches these components.
    static func allowedMethods(for path: [String], in routes: Routes) -> Set<String> {
        var found = Set<String>()
        for route in routes.all where route.userInfo[marker] == nil && matches(route.path, path) { found.insert(route.method.rawValue) }
        if found.contains(HTTPMethod.GET.rawValue) { found.insert(HTTPMethod.HEAD.rawValue) }
        return found
    }

    private static func matches(_ pattern: [PathComponent], _ path: [String]) -> Bool {
        guard pattern.count == path.count else { return false }
        for (component, part) in zip(pattern, path) {
            switch component {
            case let .constant(value): if value != part { return false }
            case .parameter, .anything: continue
            case .catchall: return false
            }
        }
        return true
    }
}
