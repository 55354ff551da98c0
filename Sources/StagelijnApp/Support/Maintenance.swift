import Fluent
import StagelijnCore
import Vapor

/// Removes what has no reason to be kept (SECURITY.md: retention built in): expired sessions, uploaded CSV files that
/// were never imported or discarded, and login counters whose window has passed. Runs every 10 minutes while
/// serving; any app server may run it (the deletes are idempotent).
enum Maintenance {
    /// An uploaded file waits this long for "importeren" or "annuleren".
    static let pendingImportLifetime: TimeInterval = 24 * 3600

    struct Purged: Equatable { var sessions = 0, pendingImports = 0, loginCounters = 0, incidentReports = 0 }

    @discardableResult
    static func purgeExpired(now: Date, config: AppConfig, on db: any Database) async throws -> Purged {
        var purged = Purged()
        let idleLimit = now.addingTimeInterval(-config.sessionIdleTimeout)
        let absoluteLimit = now.addingTimeInterval(-config.sessionAbsoluteTimeout)
        let sessions = SessionRecordModel.query(on: db).group(.or) {
            $0.filter(\.$lastSeenAt < idleLimit).filter(\.$createdAt < absoluteLimit)
        }
        purged.sessions = try await sessions.count()
        try await sessions.delete()

        let imports = PendingImportModel.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-pendingImportLifetime))
        purged.pendingImports = try await imports.count()
        try await imports.delete()

        let longestWindow = [LoginThrottlePolicy.perAccount, .perAccountFromAddress, .perAddress].map(\.window).max() ?? 0
        let counters = LoginAttemptModel.query(on: db).filter(\.$windowStart < now.addingTimeInterval(-longestWindow))
        purged.loginCounters = try await counters.count()
        try await counters.delete()

        // Closed meldpunt reports after the school's retention period (issue 12).
        purged.incidentReports = try await MeldpuntService.purgeExpired(now: now, on: db)
        return purged
    }
}

/// While serving, runs `Maintenance.purgeExpired` every 10 minutes.
struct MaintenanceWorker: LifecycleHandler {
    final class Box: @unchecked Sendable { var task: Task<Void, Never>? }
    let box = Box()

    func didBootAsync(_ app: Application) async throws {
        box.task = Task {
            while !Task.isCancelled {
                do {
                    try await Maintenance.purgeExpired(now: app.clock.now(), config: app.stagelijnConfig, on: app.db)
                } catch {
                    app.logger.report(error: error)
                }
                try? await Task.sleep(for: .seconds(600))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        box.task?.cancel()
        await box.task?.value
    }
}
