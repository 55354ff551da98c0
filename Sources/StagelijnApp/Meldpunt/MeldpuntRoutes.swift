import Vapor

/// The meldpunt's routes, registered with one line from `routes.swift`. The public pages check CSRF with the
/// anonymous double-submit cookie and accept only a small body; the handlers' pages need a signed-in user.
enum MeldpuntRoutes {
    static func register(_ app: Application) throws {
        app.meldpuntRateLimit = MeldpuntRateLimit()
        try app.grouped(CSRFMiddleware(maxBodySize: MeldpuntPublicController.maxBodySize))
            .register(collection: MeldpuntPublicController())
        let signedIn = app.grouped(CSRFMiddleware()).grouped(RequireSignIn())
        try signedIn.register(collection: MeldpuntHandlerController())
        try signedIn.register(collection: MeldpuntAdminController())
    }
}
