import Vapor

/// All configuration, read once from environment variables with safe defaults.
/// Defaults give the embedded setup: SQLite under ./data, port 8080, demo data on first start.
public struct AppConfig: Sendable {
    public enum DatabaseKind: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        case postgres(url: String)
    }

    public var database: DatabaseKind
    public var hostname: String
    public var port: Int
    /// Cookies get `Secure` and responses HSTS when the site is served over https (everywhere but local development).
    public var secureCookies: Bool
    /// Sessions end after this much inactivity, and in any case after `sessionAbsoluteTimeout`.
    public var sessionIdleTimeout: TimeInterval
    public var sessionAbsoluteTimeout: TimeInterval
    /// bcrypt cost; SECURITY.md asks for at least 12.
    public var bcryptCost: Int
    public var loadDemoData: Bool
    /// Migrate (and load the demo when empty) when the server starts. Set by the entry point for `serve`.
    public var prepareOnServe = false
    /// Where people without an account open their personal links: `STAGELIJN_BASE_URL`.
    public var baseURL = "http://127.0.0.1:8080"
    /// A sendmail-compatible program (msmtp, sendmail) for the outbox: `STAGELIJN_SENDMAIL`; nil = the demo
    /// transport, which only logs and shows messages on the messages page.
    public var sendmailPath: String?
    public var mailFrom = "stagelijn@localhost"
    /// Deliver the outbox in the background while serving (off in tests, which deliver explicitly).
    public var deliverOutbox = false

    /// Behind a reverse proxy: the header that carries the client's address (`STAGELIJN_TRUSTED_PROXY_HEADER`, e.g.
    /// `X-Forwarded-For`), believed only on connections from `trustedProxies` (`STAGELIJN_TRUSTED_PROXIES`,
    /// comma-separated; default loopback). Without it the connection's own address is the client's.
    public var trustedProxyHeader: String?
    public var trustedProxies: Set<String> = ["127.0.0.1", "::1"]
    /// Multiplies the login slow-down per address (1 = the policy's seconds); tests make it small.
    public var loginSlowdownFactor: Double = 1

    public static let minimumBcryptCost = 12

    public init(database: DatabaseKind, hostname: String = "127.0.0.1", port: Int = 8080,
                secureCookies: Bool = false, sessionIdleTimeout: TimeInterval = 30 * 60,
                sessionAbsoluteTimeout: TimeInterval = 10 * 3600, bcryptCost: Int = AppConfig.minimumBcryptCost,
                loadDemoData: Bool = true) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.secureCookies = secureCookies
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionAbsoluteTimeout = sessionAbsoluteTimeout
        self.bcryptCost = max(bcryptCost, AppConfig.minimumBcryptCost)
        self.loadDemoData = loadDemoData
    }

    /// `DATABASE_URL=postgres://…` switches to PostgreSQL; otherwise `STAGELIJN_DATA_DIR` (default `./data`) holds
    /// the SQLite file. `STAGELIJN_SECURE_COOKIES=1` when behind https.
    public static func fromEnvironment() -> AppConfig {
        let env = ProcessInfo.processInfo.environment
        let database: DatabaseKind
        if let url = env["DATABASE_URL"], url.hasPrefix("postgres") {
            database = .postgres(url: url)
        } else {
            let directory = env["STAGELIJN_DATA_DIR"] ?? "data"
            database = .sqliteFile(path: "\(directory)/stagelijn.sqlite")
        }
        var config = AppConfig(
            database: database,
            hostname: env["HOST"] ?? "127.0.0.1",
            port: env["PORT"].flatMap(Int.init) ?? 8080,
            secureCookies: env["STAGELIJN_SECURE_COOKIES"] == "1",
            sessionIdleTimeout: env["STAGELIJN_SESSION_IDLE_MINUTES"].flatMap(Double.init).map { $0 * 60 } ?? 30 * 60,
            // The demo loads by itself only on the embedded SQLite default, never into a shared PostgreSQL.
            loadDemoData: database == .postgres(url: env["DATABASE_URL"] ?? "") ? env["STAGELIJN_DEMO"] == "1"
                : env["STAGELIJN_DEMO"] != "0")
        config.baseURL = env["STAGELIJN_BASE_URL"] ?? "http://\(config.hostname):\(config.port)"
        config.sendmailPath = env["STAGELIJN_SENDMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        config.mailFrom = env["STAGELIJN_MAIL_FROM"] ?? config.mailFrom
        config.trustedProxyHeader = env["STAGELIJN_TRUSTED_PROXY_HEADER"].flatMap { $0.isEmpty ? nil : $0 }
        if let proxies = env["STAGELIJN_TRUSTED_PROXIES"] {
            config.trustedProxies = Set(proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return config
    }
}

extension Application {
    private struct ConfigKey: StorageKey { typealias Value = AppConfig }

    public var stagelijnConfig: AppConfig {
        get { storage[ConfigKey.self] ?? .fromEnvironment() }
        set { storage[ConfigKey.self] = newValue }
    }
}
