import Vapor

/// Issue 15's routes, registered with one line from `routes.swift`.
enum StageEndRoutes {
    static func register(_ app: Application) throws {
        let signedIn = app.grouped(CSRFMiddleware()).grouped(RequireSignIn())
        try signedIn.register(collection: DropoutController())
        try signedIn.register(collection: OutflowController())
        try signedIn.register(collection: AllowanceController())
    }
}
