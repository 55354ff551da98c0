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

    clampLogLevel(app)
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
    // that, then sessions and the signed-in user. No FileMiddleware: the one stylesheet is a route, and a file
    // lookup for any unknown path only adds failure modes (a 5,000-character path made it throw).
    app.middleware = Middlewares()
    app.middleware.use(RoutePatternLoggingMiddleware(logLevel: .info))
    app.middleware.use(SecurityHeadersMiddleware(hsts: config.secureCookies))
    app.middleware.use(ErrorPageMiddleware(environment: app.environment))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(CurrentUserMiddleware())
    app.middleware.use(DataVersionMiddleware())
    app.useCurrentUserCache()
    app.figureCache = FigureCache(enabled: app.environment != .testing && Environment.get("STAGELIJN_FIGURE_CACHE") != "0")

    try routes(app)

    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(TokenCommand(), as: "token")
    if config.prepareOnServe {
        app.lifecycle.use(PrepareOnServe(loadDemo: config.loadDemoData))
        app.lifecycle.use(OutboxWorker())
        app.lifecycle.use(MaintenanceWorker())
        app.lifecycle.use(RetentionPurgeWorker())
    }
}

/// In production the log never goes below debug: trace would write SQL with its bound values (SECURITY.md: no
/// personal data or report text in application logs).
private func clampLogLevel(_ app: Application) {
    guard app.environment == .production, app.logger.logLevel < .debug else { return }
    app.logger.warning("LOG_LEVEL=trace is niet toegestaan in productie; het logniveau is debug.")
    app.logger.logLevel = .debug
}

private func configureDatabase(_ app: Application, _ kind: AppConfig.DatabaseKind) throws {
    switch kind {
    case let .postgres(url):
        // SQL statements are logged with their bound values (a meldpunt report's text, a student's name): only at
        // trace, which production never runs at (see `clampLogLevel`); SQLite does not log them at all.
        try app.databases.use(.postgres(url: url, sqlLogLevel: .trace), as: .psql)
    case let .sqliteFile(path):
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try SQLiteFiles.prepare(directory: directory, database: path)
        // One connection per event loop; a request waits up to a minute for it rather than failing while a backup
        // (`VACUUM INTO`) or a large import holds the other one — on two cores under load ten seconds was too short.
        app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(60), sqlLogLevel: nil), as: .sqlite)
        app.lifecycle.use(SQLitePragmas())
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: nil), as: .sqlite)
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

/// The SQLite database holds minors' personal data: only the server's own user may read it. The directory is made
/// 0700 and the database, its WAL and shared-memory files 0600 (existing ones are tightened too); the umask makes
/// files SQLite creates later (a new WAL) private as well.
enum SQLiteFiles {
    static func prepare(directory: String, database: String) throws {
        let files = FileManager.default
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                  attributes: [.posixPermissions: 0o700])
        try files.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        umask(0o077)
        for file in [database, database + "-wal", database + "-shm"] where files.fileExists(atPath: file) {
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        }
    }
}
