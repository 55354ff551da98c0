import Fluent
import Foundation
import Vapor

/// Delivers one message; throws with a readable reason when it could not.
protocol MailTransport: Sendable {
    func send(to recipient: String, subject: String, body: String) async throws
    /// Only the demo transport keeps personal links readable after delivery (the messages page is its mailbox).
    var keepsLinksAfterDelivery: Bool { get }
}

extension MailTransport {
    var keepsLinksAfterDelivery: Bool { false }
}

/// The demo transport: nothing leaves the machine; the message is shown on the messages page. The log line carries
/// no recipient, name or subject (no personal data in logs).
struct LogTransport: MailTransport {
    let logger: Logger
    var keepsLinksAfterDelivery: Bool { true }
    func send(to recipient: String, subject: String, body: String) async throws {
        logger.info("Demo: een bericht staat in de demo-postbus (/berichten) en is niet verstuurd.")
    }
}

/// Production: a sendmail-compatible program (msmtp, sendmail) reading the message on standard input (`-t -i`).
struct SendmailTransport: MailTransport {
    let path: String
    let from: String

    struct Failure: Error, CustomStringConvertible { let description: String }

    func send(to recipient: String, subject: String, body: String) async throws {
        let message = try MailFormat.message(from: from, to: recipient, subject: subject, body: body)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-t", "-i"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(description: "\(path) kan niet starten: \(error.localizedDescription)") }
        input.fileHandleForWriting.write(Data(message.utf8))
        try? input.fileHandleForWriting.close()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(path) stopte met code \(process.terminationStatus): "
                          + String(decoding: stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// Every message is stored first and delivered afterwards; failures are retried with a growing pause
/// (1, 2, 4 … minutes, at most an hour) and stay visible with their last error.
enum Outbox {
    static let maximumPause: TimeInterval = 3600

    /// Where the personal link goes in a stored body; the token is made and put there only when it is delivered.
    static let linkPlaceholder = "{{persoonlijke-link}}"
    static let linkShownToStaff = "[persoonlijke link, staat alleen in het verzonden bericht]"

    /// Stores a message; with `link`, the body's `linkPlaceholder` becomes that link's URL at delivery.
    static func enqueue(school: UUID, to recipient: String, subject: String, body: String, link: AccessLinkModel? = nil,
                        at date: Date, on db: any Database) async throws {
        let message = OutboxMessageModel()
        message.$school.id = school
        message.recipient = recipient
        message.subject = subject
        message.body = body
        message.$accessLink.id = try link?.requireID()
        message.attempts = 0
        message.nextAttemptAt = date
        try await message.create(on: db)
    }

    /// The body as staff may read it: no working personal link in it.
    static func bodyForStaff(_ body: String) -> String {
        redactingLinks(body).replacingOccurrences(of: linkPlaceholder, with: linkShownToStaff)
    }

    static func redactingLinks(_ body: String) -> String {
        body.replacing(#/\/(teken|uren|uren-overzicht)\/[A-Za-z0-9_-]+/#) { match in "/\(match.1)/[persoonlijke link, na verzending verwijderd]" }
    }

    /// Tries unsent messages that are due (at most `limit` per call), each claimed first (`OutboxClaim`), so several
    /// workers on one database never send the same message twice. Stops between messages when its task is
    /// cancelled (graceful shutdown): the message being sent is finished, the rest waits. Returns (sent, failed).
    @discardableResult
    static func deliverDue(now: Date, transport: any MailTransport, baseURL: String = "", limit: Int = 100,
                           on db: any Database) async throws -> (sent: Int, failed: Int) {
        var sent = 0, failed = 0
        for _ in 0..<limit {
            guard !Task.isCancelled, let id = try await OutboxClaim.claimNext(now: now, on: db) else { break }
            guard let message = try await OutboxMessageModel.query(on: db).filter(\.$id == id).with(\.$accessLink).first()
            else { continue }
            message.attempts += 1
            do {
                var body = message.body
                if let link = message.accessLink {
                    guard link.revokedAt == nil, link.usedAt == nil, link.expiresAt > now,
                          let purpose = AccessLinkModel.Purpose(rawValue: link.purpose) else {
                        // Replaced or expired before it went out: sending it would only confuse the recipient.
                        message.sentAt = now
                        message.lastError = "Niet verstuurd: de link was al ingetrokken, gebruikt of verlopen."
                        try await message.save(on: db)
                        continue
                    }
                    // A new token for every attempt: one that went nowhere is worthless, and none is ever stored.
                    let token = try await AccessLinks.issueToken(link, on: db)
                    body = body.replacingOccurrences(of: linkPlaceholder, with: baseURL + AccessLinks.path(purpose, token: token))
                }
                try await transport.send(to: message.recipient, subject: message.subject, body: body)
                message.sentAt = now
                message.lastError = nil
                // Only the demo's mailbox shows the link (it is the demo's way to open it); otherwise the link is the
                // recipient's alone and staff reading the outbox cannot use it (sign as a parent, confirm hours).
                message.body = transport.keepsLinksAfterDelivery ? body : bodyForStaff(message.body)
                sent += 1
            } catch {
                message.lastError = String(describing: error)
                message.nextAttemptAt = now.addingTimeInterval(min(maximumPause, 60 * pow(2, Double(message.attempts - 1))))
                failed += 1
            }
            try await message.save(on: db)
        }
        return (sent, failed)
    }
}

extension Application {
    var mailTransport: any MailTransport {
        let config = stagelijnConfig
        if let path = config.sendmailPath { return SendmailTransport(path: path, from: config.mailFrom) }
        return LogTransport(logger: logger)
    }
}

/// While serving, delivers the outbox every 30 seconds; every 10 minutes first the agreement reminders and the start
/// of signed stages (`AgreementAutomation`) and the praktijkbegeleiders' weekly hours mail (`WorkplaceMentorDigest`),
/// so what they enqueue goes out in the same round.
struct OutboxWorker: LifecycleHandler {
    final class Box: @unchecked Sendable { var task: Task<Void, Never>? }
    let box = Box()

    func didBootAsync(_ app: Application) async throws {
        box.task = Task {
            var round = 0
            while !Task.isCancelled {
                // Every 10 minutes, on one server at a time (the lease lasts a little less than the round).
                if round % 20 == 0, !Task.isCancelled,
                   (try? await JobLease.acquire("periodieke-taken", for: 540, now: app.clock.now(), on: app.db)) == true {
                    do { try await AgreementAutomation.runDue(now: app.clock.now(), on: app.db) } catch { app.logger.report(error: error) }
                    do { try await WorkplaceMentorDigest.runDue(now: app.clock.now(), on: app.db) } catch { app.logger.report(error: error) }
                    do { try await EvaluationAutomation.runDue(now: app.clock.now(), on: app.db) } catch { app.logger.report(error: error) }
                    do { try await AssessmentReminders.runDue(now: app.clock.now(), on: app.db) } catch { app.logger.report(error: error) }
                    // Stages started, evaluations opened: cached figures of every school are recomputed.
                    try? await DataVersion.bump(school: nil, on: app.db)
                }
                round += 1
                do {
                    try await Outbox.deliverDue(now: app.clock.now(), transport: app.mailTransport,
                                                baseURL: app.stagelijnConfig.baseURL, on: app.db)
                } catch {
                    app.logger.report(error: error)
                }
                try? await Task.sleep(for: .seconds(30))
            }
        }
    }

    /// Graceful shutdown: the loop stops between messages (and between jobs); waits until it has.
    func shutdownAsync(_ app: Application) async {
        box.task?.cancel()
        await box.task?.value
    }
}
