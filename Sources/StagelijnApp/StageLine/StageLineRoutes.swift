import Vapor

/// The stage line's routes, registered with one line from `routes.swift`.
enum StageLineRoutes {
    static func register(_ app: Application) throws {
        app.get("assets", "stagelijn-lijn.css") { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
            headers.cacheControl = .init(isPublic: true, maxAge: 3600)
            return Response(status: .ok, headers: headers, body: .init(string: StageLineStyles.css + StageLineStyles.extra))
        }
        let signedIn = app.grouped(CSRFMiddleware()).grouped(RequireSignIn())
        try signedIn.register(collection: TrajectoryController())
        try signedIn.register(collection: InterestTestController())
        try signedIn.register(collection: StageLineAdminController())
        try signedIn.register(collection: GroupStageController())
    }
}
