import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Digital signing through personal links, and the outbox")
struct SigningTests {
    /// Fills and sends the agreement of placement A1, invites everyone, and returns the token per role from the outbox.
    static func invite(_ app: Application, _ f: Fixture, coordinator: Browser) async throws -> [String: String] {
        try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
        // One step: "Ter ondertekening versturen" sends the invitations (the contacts typed once are stored).
        let page = try await AgreementTests.send(coordinator, f.placementA1)
        #expect(page.status == .seeOther)
        #expect(try await OutboxMessageModel.query(on: app.db).count() == 3)
        var tokens: [String: String] = [:]
        // No token is stored, not even in the outbox: it is made when the message is delivered.
        #expect(try await OutboxMessageModel.query(on: app.db).all().allSatisfy { Mailbox.token("teken", in: $0.body) == nil })
        for message in try await Mailbox.deliver(app) {
            let token = try #require(Mailbox.token("teken", in: message.body))
            let role = message.recipient.hasPrefix("sem") ? "student" : message.recipient.hasPrefix("piet") ? "company" : "parent"
            tokens[role] = String(token)
        }
        return tokens
    }

    static func textHash(in html: String) -> String? {
        html.firstMatch(of: #/name="textHash" value="([0-9a-f]{64})"/#).map { String($0.1) }
    }

    static func sign(_ browser: Browser, _ token: String, name: String) async throws -> Browser.Page {
        let page = try await browser.get("/teken/\(token)")
        return try await browser.post("/teken/\(token)", [("name", name), ("agree", "ja"), ("textHash", textHash(in: page.body) ?? "")])
    }

    @Test func everyoneSignsThroughTheirOwnLinkAndTheHashIsRecorded() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let tokens = try await Self.invite(app, f, coordinator: coordinator)
            #expect(Set(tokens.keys) == ["student", "company", "parent"])     // 16 years old: a parent signs too
            #expect(try await AccessLinkModel.query(on: app.db).all().allSatisfy { $0.tokenHash.count == 64 })

            let parent = Browser(app)      // a second browser, no account
            let page = try await parent.get("/teken/\(tokens["parent"]!)")
            #expect(page.status == .ok)
            #expect(page.body.contains("Stageovereenkomst") && page.body.contains("Deeg maken"))
            #expect(page.body.contains("U tekent als ouder of verzorger") && !page.body.contains("SHA-256"))
            #expect(page.body.contains("Sem de Vries") && !page.body.contains("Noor Bakker"))
            let done = try await Self.sign(parent, tokens["parent"]!, name: "Marja de Vries")
            #expect(done.status == .ok && done.body.contains("Dank u wel, Marja de Vries"))
            let signature = try #require(try await AgreementSignatureModel.query(on: app.db).filter(\.$role == "parent").first())
            #expect(signature.method == "digitaal")
            #expect(signature.textHash == Self.textHash(in: page.body))
            // The same link a second time: gone.
            let again = try await parent.get("/teken/\(tokens["parent"]!)")
            #expect(again.status == .gone && again.body.contains("al gebruikt"))

            for (role, name) in [("student", "Sem de Vries"), ("company", "Piet Bakker")] {
                #expect(try await Self.sign(Browser(app), tokens[role]!, name: name).status == .ok)
            }
            let agreementPage = try await coordinator.get("/stages/\(f.placementA1)/overeenkomst")
            let hash = try #require(Self.textHash(in: agreementPage.body))
            #expect(try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/school", [("textHash", hash)]).status == .seeOther)
            #expect(try await coordinator.get("/stages/\(f.placementA1)").body.contains("compleet en ondertekend"))
            let printable = try await coordinator.get("/stages/\(f.placementA1)/overeenkomst/afdruk")
            #expect(printable.body.contains("compleet en volledig ondertekend") && printable.body.contains(hash))
        }
    }

    @Test func linksExpireCanBeRevokedAndUnknownTokensAre404() async throws {
        try await withTestApp { app, f, clock in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let tokens = try await Self.invite(app, f, coordinator: coordinator)
            let company = try #require(try await AccessLinkModel.query(on: app.db).filter(\.$role == "company").first())
            #expect(try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/links/\(company.requireID())/intrekken").status == .seeOther)
            let revoked = try await Browser(app).get("/teken/\(tokens["company"]!)")
            #expect(revoked.status == .gone && revoked.body.contains("ingetrokken"))
            #expect(try await Browser(app).get("/teken/\(String(repeating: "A", count: 43))").status == .notFound)
            #expect(try await Browser(app).get("/teken/kort").status == .notFound)
            clock.advance(by: 15 * 24 * 3600)
            let expired = try await Browser(app).get("/teken/\(tokens["student"]!)")
            #expect(expired.status == .gone && expired.body.contains("verlopen"))
        }
    }

    @Test func changingTheTextAfterASignatureVoidsItAndAnOpenPageCannotSignTheOldText() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let tokens = try await Self.invite(app, f, coordinator: coordinator)
            #expect(try await Self.sign(Browser(app), tokens["student"]!, name: "Sem de Vries").status == .ok)
            let parent = Browser(app)
            let oldPage = try await parent.get("/teken/\(tokens["parent"]!)")
            var changed = AgreementTests.content
            changed[0] = ("learningActivities", "Deeg maken\nKassa")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", changed + [("confirmVoid", "ja")])
            #expect(try await AgreementSignatureModel.query(on: app.db).count() == 0)
            // The parent's open page was for the old text: its link is revoked with the change.
            let stale = try await parent.post("/teken/\(tokens["parent"]!)",
                                              [("name", "Marja"), ("agree", "ja"), ("textHash", Self.textHash(in: oldPage.body) ?? "")])
            #expect(stale.status == .gone && stale.body.contains("ingetrokken"))
            // Sent again: a new link for the new text; the old hash still cannot sign it.
            try await AgreementTests.send(coordinator, f.placementA1)
            let fresh = try #require(try await Mailbox.deliver(app).first { $0.recipient == "marja@ouder.example" })
            let token = try #require(Mailbox.token("teken", in: fresh.body))
            let refused = try await parent.post("/teken/\(token)", [("name", "Marja"), ("agree", "ja"), ("textHash", Self.textHash(in: oldPage.body) ?? "")])
            #expect(refused.status == .badRequest && refused.body.contains("De tekst is gewijzigd sinds u deze pagina opende"))
            #expect(try await AgreementSignatureModel.query(on: app.db).count() == 0)
        }
    }

    @Test func anAdultStudentNeedsNoParentLink() async throws {
        try await withTestApp { app, f, _ in
            let student = try #require(try await StudentModel.find(f.ownStudent, on: app.db))
            student.birthDate = "2007-01-01"
            try await student.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            let page = try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/versturen", [
                ("studentEmail", "sem@leerling.example"), ("workplaceMentorName", "Piet"), ("workplaceMentorEmail", "piet@bakkerij.example"),
            ])
            #expect(page.status == .seeOther)
            #expect(try await AccessLinkModel.query(on: app.db).all().map(\.role).sorted() == ["company", "student"])
        }
    }

    struct FailingTransport: MailTransport {
        struct Down: Error, CustomStringConvertible { var description: String { "mailserver onbereikbaar" } }
        func send(to recipient: String, subject: String, body: String) async throws { throw Down() }
    }

    final class RecordingTransport: MailTransport, @unchecked Sendable {
        var sent: [String] = []
        func send(to recipient: String, subject: String, body: String) async throws { sent.append(recipient) }
    }

    @Test func theOutboxRetriesAFailedDeliveryAndLosesNothing() async throws {
        try await withTestApp { app, f, _ in
            let start = Fixture.now
            try await Outbox.enqueue(school: f.schoolA1, to: "ouder@example.org", subject: "Test",
                                     body: "Hallo, teken hier: https://stagelijn.example/teken/\(String(repeating: "x", count: 43))\n",
                                     at: start, on: app.db)
            let failed = try await Outbox.deliverDue(now: start, transport: FailingTransport(), on: app.db)
            #expect(failed.sent == 0 && failed.failed == 1)
            let message = try #require(try await OutboxMessageModel.query(on: app.db).first())
            #expect(message.sentAt == nil && message.attempts == 1 && message.lastError == "mailserver onbereikbaar")
            let working = RecordingTransport()
            // Not due yet: the next attempt waits a minute.
            #expect(try await Outbox.deliverDue(now: start.addingTimeInterval(30), transport: working, on: app.db).sent == 0)
            #expect(try await Outbox.deliverDue(now: start.addingTimeInterval(61), transport: working, on: app.db).sent == 1)
            #expect(working.sent == ["ouder@example.org"])
            let delivered = try #require(try await OutboxMessageModel.query(on: app.db).first())
            #expect(delivered.sentAt != nil && delivered.attempts == 2 && delivered.lastError == nil)
            // Delivered by a real transport: the personal link is gone from what staff can read.
            #expect(!delivered.body.contains("xxxxxxxx") && delivered.body.contains("/teken/[persoonlijke link, na verzending verwijderd]"))
            // The coordinator sees it on the messages page.
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/berichten").body.contains("ouder@example.org"))
        }
    }

    @Test func theAgreementDownloadsAsPDFWhereWeasyPrintIsInstalled() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            let page = try await coordinator.get("/stages/\(f.placementA1)/overeenkomst/pdf")
            if PDFRenderer.executable != nil {
                #expect(page.status == .ok)
                #expect(page.headers.contentType?.subType == "pdf")
                #expect(page.body.hasPrefix("%PDF"))
            } else {
                #expect(page.status == .notFound)
                #expect(page.body.contains("WeasyPrint ontbreekt"))
            }
        }
    }
}
