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

/// The demo transport: nothing leaves the machine; the message is logged and shown on the messages page.
struct LogTransport: MailTransport {
    let logger: Logger
    var keepsLinksAfterDelivery: Bool { true }
    func send(to recipient: String, subject: String, body: String) async throws {
        logger.info("Bericht aan \(recipient): \(subject)")
    }
}

/// Production: a sendmail-compatible program (msmtp, sendmail) reading the message on standard input (`-t -i`).
struct SendmailTransport: MailTransport {
    let path: String
    let from: String

    struct Failure: Error, CustomStringConvertible { let description: String }

    func send(to recipient: String, subject: String, body: String) async throws {
        let message = "From: \(from)\r\nTo: \(recipient)\r\nSubject: \(subject)\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body.replacingOccurrences(of: "\n", with: "\r\n")
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

    static func enqueue(school: UUID, to recipient: String, subject: String, body: String, at date: Date,
                        on db: any Database) async throws {
        let message = OutboxMessageModel()
        message.$school.id = school
        message.recipient = recipient
        message.subject = subject
        message.body = body
        message.attempts = 0
        message.nextAttemptAt = date
        try await message.create(on: db)
    }

    static func redactingLinks(_ body: String) -> String {
        body.replacing(#/\/(teken|uren)\/[A-Za-z0-9_-]+/#) { match in "/\(match.1)/[persoonlijke link, na verzending verwijderd]" }
    }

    /// Tries every unsent message that is due; returns (sent, failed).
    @discardableResult
    static func deliverDue(now: Date, transport: any MailTransport, on db: any Database) async throws -> (sent: Int, failed: Int) {
        let due = try await OutboxMessageModel.query(on: db).filter(\.$sentAt == nil).filter(\.$nextAttemptAt <= now)
            .sort(\.$nextAttemptAt).range(0..<100).all()
        var sent = 0, failed = 0
        for message in due {
            message.attempts += 1
            do {
                try await transport.send(to: message.recipient, subject: message.subject, body: message.body)
                message.sentAt = now
                message.lastError = nil
                // Once delivered, a personal link is the recipient's alone: staff reading the outbox must not be able
                // to use it (sign as a parent, confirm hours as the company).
                if !transport.keepsLinksAfterDelivery { message.body = redactingLinks(message.body) }
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

/// While serving, delivers the outbox every 30 seconds.
struct OutboxWorker: LifecycleHandler {
    final class Box: @unchecked Sendable { var task: Task<Void, Never>? }
    let box = Box()

    func didBootAsync(_ app: Application) async throws {
        box.task = Task {
            while !Task.isCancelled {
                do {
                    try await Outbox.deliverDue(now: app.clock.now(), transport: app.mailTransport, on: app.db)
                } catch {
                    app.logger.report(error: error)
                }
                try? await Task.sleep(for: .seconds(30))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        box.task?.cancel()
    }
}
