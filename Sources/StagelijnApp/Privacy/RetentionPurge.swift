import Fluent
import Foundation
import StagelijnCore
import Vapor

/// The daily purge (AVG: storage limitation): students past the school's retention after leaving are anonymised;
/// audit log entries go after the school's period for the log; sessions, login counters, the names and addresses on
/// old personal links and the bodies of delivered e-mails go after their short periods. (Meldpunt reports have their
/// own period in the meldpunt settings and their own purge in `Maintenance`.) Once a day: the first app server to
/// insert the day's row runs it, others skip; every step is idempotent, so a run interrupted halfway is finished by
/// the next day's run.
///
/// Why the audit log is kept 5 years by default (`DataCategory.auditLog`, a school may choose 1 to 7): its entries
/// name who saw or changed a student's file, so they are personal data and must go some day; but they are the
/// school's evidence when a parent asks who looked at their child's file or claims damages, and such a claim can be
/// brought for 5 years (BW art. 3:310, AVG art. 82). So the log outlives the student file (2 years after leaving)
/// and then goes; the 7-year fiscal archive term does not apply to it.
enum RetentionPurge {
    struct Summary: Equatable, Sendable {
        var students = 0, sessions = 0, loginCounters = 0, personalLinks = 0, messageBodies = 0, auditEntries = 0
        var text: String {
            "leerlingen \(students), logboekregels \(auditEntries), sessies \(sessions), inlogtellers \(loginCounters), links \(personalLinks), berichten \(messageBodies)"
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
            let oldEntries = AuditEntryModel.query(on: db).filter(\.$schoolID == schoolID)
                .filter(\.$at < RetentionPolicy.cutoff(.auditLog, chosen: chosen, now: now))
            summary.auditEntries += try await oldEntries.count()
            try await oldEntries.delete()
        }
        func cutoff(_ category: DataCategory) -> Date {
            now.addingTimeInterval(-Double(strictest[category] ?? category.defaultDays) * 86_400)
        }
        // Entries without a school (sign-in attempts of unknown accounts, system jobs) follow the strictest school.
        let schoolless = AuditEntryModel.query(on: db).filter(\.$schoolID == nil).filter(\.$at < cutoff(.auditLog))
        summary.auditEntries += try await schoolless.count()
        try await schoolless.delete()
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
                        try? await DataVersion.bump(school: nil, on: app.db)
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
