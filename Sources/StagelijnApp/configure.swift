import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Wires the application: database, sessions, middleware, routes and commands.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.stagelijnConfig = config
    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.passwords.use(.bcrypt(cost: config.bcryptCost))

    try configureDatabase(app, config.database)
    app.migrations.add(Migrations.all)

    app.sessions.use { app in DatabaseSessionDriver(clock: app.clock) }
    app.sessions.configuration = SessionsConfiguration(cookieName: "stagelijn_session") { id in
        // HttpOnly: scripts never see it. SameSite=Lax keeps links from e-mail working while blocking cross-site
        // POSTs; the CSRF token covers the rest (SECURITY.md).
        HTTPCookies.Value(string: id.string, expires: nil, maxAge: nil, domain: nil, path: "/",
                          isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    // Order matters: security headers on every response (error pages too), errors turned into Dutch pages inside
    // that, then sessions and the signed-in user.
    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(SecurityHeadersMiddleware(hsts: config.secureCookies))
    app.middleware.use(ErrorPageMiddleware(environment: app.environment))
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(CurrentUserMiddleware())

    try routes(app)

    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(ImportCommand(), as: "import")
    if config.prepareOnServe {
        app.lifecycle.use(PrepareOnServe(loadDemo: config.loadDemoData))
        app.lifecycle.use(OutboxWorker())
    }
}

private func configureDatabase(_ app: Application, _ kind: AppConfig.DatabaseKind) throws {
    switch kind {
    case let .postgres(url):
        try app.databases.use(.postgres(url: url), as: .psql)
    case let .sqliteFile(path):
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        app.lifecycle.use(SQLitePragmas())
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    }
}

/// WAL lets readers work while one writer writes; SQLiteNIO already retries on SQLITE_BUSY (its busy handler
/// never gives up), so "database is locked" does not reach users. `synchronous=FULL` makes a commit durable.
struct SQLitePragmas: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let sql = app.databases.database(logger: app.logger, on: eventLoop) as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA synchronous=FULL").run()
        }
    }
}
