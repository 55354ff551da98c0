import Fluent
import Foundation
import StagelijnCore
import Vapor

/// The daily purge (AVG: storage limitation): students past the school's retention after leaving are anonymised;
/// sessions, login counters, the names and addresses on old personal links and the bodies of delivered e-mails go
/// after their short periods. Once a day: the first app server to insert the day's row runs it, others skip; every
/// step is idempotent, so a run interrupted halfway is finished by the next day's run.
enum RetentionPurge {
    struct Summary: Equatable, Sendable {
        var students = 0, sessions = 0, loginCounters = 0, personalLinks = 0, messageBodies = 0
        var text: String {
            "leerlingen \(students), sessies \(sessions), inlogtellers \(loginCounters), links \(personalLinks), berichten \(messageBodies)"
        }
    }

    /// Runs today's purge unless another server already claimed the day; nil when it did.
    static func runDaily(now: Date, on db: any Database) async throws -> Summary? {
        let run = PrivacyPurgeRunModel()
        run.day = LocalDate(now).iso
        run.startedAt = now
        do { try await run.create(on: db) } catch {
            if try await PrivacyPurgeRunModel.query(on: db).filter(\.$day == run.day).count() > 0 { return nil }
            throw error
        }
        let summary = try await purge(now: now, on: db)
        run.summary = summary.text
        try await run.save(on: db)
        return summary
    }

    static func purge(now: Date, on db: any Database) async throws -> Summary {
        var summary = Summary()
        let today = LocalDate(now)
        var strictest: [DataCategory: Int] = [:]
        for school in try await SchoolModel.query(on: db).all() {
            guard let schoolID = school.id else { continue }
            let chosen = try await RetentionSettings.chosen(school: schoolID, on: db)
            for category in DataCategory.allCases {
                let days = RetentionPolicy.days(category, chosen: chosen)
                strictest[category] = min(strictest[category] ?? days, days)
            }
            let departures = try await StudentDepartureModel.query(on: db)
                .join(StudentModel.self, on: \StudentDepartureModel.$student.$id == \StudentModel.$id)
                .filter(StudentModel.self, \.$school.$id == schoolID).all()
            for departure in departures
            where RetentionPolicy.studentFileExpired(leftOn: LocalDate(iso: departure.leftOn), chosen: chosen, today: today) {
                _ = try await StudentAnonymiser.anonymise(departure.$student.id, school: schoolID,
                                                          actor: .system("bewaartermijn", schoolID: schoolID),
                                                          reason: "bewaartermijn verstreken", at: now, on: db)
                summary.students += 1
            }
        }
        func cutoff(_ category: DataCategory) -> Date {
            now.addingTimeInterval(-Double(strictest[category] ?? category.defaultDays) * 86_400)
        }
        let sessions = SessionRecordModel.query(on: db).filter(\.$lastSeenAt < cutoff(.sessions))
        summary.sessions = try await sessions.count()
        try await sessions.delete()
        let counters = LoginAttemptModel.query(on: db).filter(\.$windowStart < cutoff(.loginAttempts))
        summary.loginCounters = try await counters.count()
        try await counters.delete()
        let links = try await AccessLinkModel.query(on: db).filter(\.$expiresAt < cutoff(.personalLinks))
            .filter(\.$recipientEmail != "").all()
        for link in links {
            link.recipientName = ""
            link.recipientEmail = ""
            try await link.save(on: db)
        }
        summary.personalLinks = links.count
        let messages = try await OutboxMessageModel.query(on: db).filter(\.$sentAt < cutoff(.deliveredMessages))
            .filter(\.$body != "").all()
        for message in messages {
            message.body = ""
            try await message.save(on: db)
        }
        summary.messageBodies = messages.count
        return summary
    }
}

/// While serving, tries the daily purge every hour (only the first server each day runs it).
struct RetentionPurgeWorker: LifecycleHandler {
    final class Box: @unchecked Sendable { var task: Task<Void, Never>? }
    let box = Box()

    func didBootAsync(_ app: Application) async throws {
        box.task = Task {
            while !Task.isCancelled {
                do {
                    if let summary = try await RetentionPurge.runDaily(now: app.clock.now(), on: app.db) {
                        app.logger.info("Bewaartermijnen toegepast: \(summary.text)")
                    }
                } catch {
                    app.logger.error("Bewaartermijnen: \(String(reflecting: type(of: error)))")
                }
                try? await Task.sleep(for: .seconds(3600))
            }
        }
    }

    func shutdownAsync(_ app: Application) async { box.task?.cancel() }
}
