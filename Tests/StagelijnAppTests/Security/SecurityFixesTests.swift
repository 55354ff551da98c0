import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// Issue 9: one test per finding of the outside probe; each failed (or crashed the test process) before its fix.
@Suite("Security fixes (issue 9)")
struct SecurityFixesTests {
    // 1. Numbers from the request cannot trap the process.
    @Test func hugePageNumbersAreClampedNotOverflowed() async throws {
        try await withTestApp { app, _, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            for path in ["/leerlingen", "/bedrijven", "/logboek"] {
                for page in ["9223372036854775807", "-9223372036854775808", "99999999999999999999999", "0", "abc"] {
                    let response = try await coordinator.get("\(path)?pagina=\(page)")
                    #expect(response.status == .ok, "\(path)?pagina=\(page)")
                }
            }
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.get("/leerlingen?pagina=9223372036854775807").status.code < 500)
            #expect(Range<Int>.page(Request.maximumPageNumber, perPage: StudentFilter.maximumPerPage).upperBound > 0)
            #expect(Request.clampedInt("9223372036854775808", to: 1...10) == 10)
            #expect(Request.clampedInt("-99999999999999999999", to: 1...10) == 1)
            #expect(Request.clampedInt("12x", to: 1...10) == nil)
        }
    }

    // 2. An error before the sessions middleware (FileMiddleware) still renders the Dutch error page.
    @Test func errorsBeforeTheSessionMiddlewareRenderAnErrorPage() async throws {
        try await withTestApp { app, _, _ in
            for path in ["/..%2f", "/x/..%2f", "/teken/" + String(repeating: "A", count: 5000)] {
                let page = try await Browser(app).get(path)
                #expect(page.status.code >= 400 && page.status.code < 500, "\(path.prefix(20)): \(page.status)")
                #expect(page.body.contains("<html lang=\"nl\""))
            }
            #expect(try await Browser(app).get("/health").body == "ok")
        }
    }

    // 3. Attribute values and the title are escaped (Plot 0.14 writes attribute values raw).
    @Test func hostileValuesInAttributesAndTitlesAreEscaped() async throws {
        try await withTestApp { app, f, _ in
            let hostile = "\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"
            let login = try await Browser(app).get("/login?terug=\(Browser.encode("/x" + hostile))")
            #expect(!login.body.contains("<meta http-equiv"))
            // A company shared in the board, renamed by another school's coordinator, opened at school A1.
            let company = try #require(try await CompanyModel.find(f.companyA, on: app.db))
            company.name = "Bakkerij" + hostile
            try await company.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            for path in ["/bedrijven/\(f.companyA)", "/bedrijven/\(f.companyA)/bewerken", "/bedrijven?q=\(Browser.encode(hostile))"] {
                let page = try await coordinator.get(path)
                #expect(page.status == .ok)
                #expect(!page.body.contains("<meta http-equiv"), "\(path)")
            }
            #expect(HTMLEscape.attribute("a\"<>&'b") == "a&quot;&lt;&gt;&amp;&#39;b")
        }
    }

    /// Makes forgetting the escaping impossible: views may call Plot's attribute functions only with a fixed literal
    /// (or an enum case); everything else goes through `.attr(_:_:)`.
    @Test func viewsPassEveryComputedAttributeThroughTheEscapingWrapper() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/StagelijnApp")
        let names = "href|value|id|name|action|for|content|placeholder|class|src|alt|title"
        let call = try Regex("\\.(" + names + "|attribute)\\(")
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        for file in files where !file.path.contains("/Migrations/") && file.lastPathComponent != "SafeAttributes.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains("Node") || text.contains(".div(") || text.contains(".form(") else { continue }
            for match in text.matches(of: call) {
                // A call on a value (`model.id(…)`, `$0.name(…)`) is not Plot's implicit member syntax.
                if match.range.lowerBound > text.startIndex {
                    let before = text[text.index(before: match.range.lowerBound)]
                    if before.isLetter || before.isNumber || before == "_" || before == "$" || before == ")" { continue }
                }
                let rest = text[match.range.upperBound...]
                let argument = rest.prefix { $0 != ")" }
                let isLiteral = argument.first == "\"" && argument.dropFirst().firstIndex(of: "\"").map {
                    argument[argument.index(after: $0)...].isEmpty && !argument.contains("\\(")
                } ?? false
                let isEnumCase = argument.first == "." && argument.dropFirst().allSatisfy { $0.isLetter || $0.isNumber }
                if !isLiteral && !isEnumCase && !argument.isEmpty {
                    offenders.append("\(file.lastPathComponent): \(text[match.range])\(argument.prefix(40))")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    // 4. Only a local path survives as the target after login.
    @Test func loginRedirectRefusesEverythingButALocalPath() async throws {
        for bad in ["/\t/evil.example/path", "//evil.example", "/\\evil.example", "https://evil.example", "/ok\r\nX: y",
                    "javascript:alert(1)", "", " /leerlingen", "/\u{0}/x"] {
            #expect(LoginController.safeRedirect(bad) == "/", "\(bad.debugDescription)")
        }
        #expect(LoginController.safeRedirect("/leerlingen?q=a") == "/leerlingen?q=a")
        #expect(LoginController.safeRedirect("/") == "/")
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            try await browser.get("/login")
            let page = try await browser.post("/login", [("email", Fixture.email("coordinator")), ("password", Fixture.password),
                                                         ("terug", "/\t/evil.example/path")])
            #expect(page.status == .seeOther && page.location == "/")
        }
    }

    // 5. No header can be added through a name or an address.
    @Test func mailHeadersCannotBeInjected() throws {
        let message = try MailFormat.message(from: "school@example.org", to: "ouder@example.org",
                                             subject: "Stageovereenkomst Jan\r\nBcc: attacker@evil.example tekenen", body: "Hallo\nwereld")
        let headerLines = message.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        #expect(!headerLines.contains { $0.lowercased().hasPrefix("bcc:") })
        #expect(headerLines.filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
            == ["From", "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
        #expect(throws: MailFormat.InvalidAddress.self) {
            try MailFormat.message(from: "school@example.org", to: "a@example.org\r\nBcc: b@evil.example", subject: "x", body: "")
        }
        #expect(throws: MailFormat.InvalidAddress.self) {
            try MailFormat.message(from: "school@example.org", to: "a@example.org, b@evil.example", subject: "x", body: "")
        }
        // A Dutch name with an accent is encoded (RFC 2047), and decodes to the same text.
        let encoded = MailFormat.encodedHeader("Stage van Zoë")
        #expect(encoded.hasPrefix("=?UTF-8?B?") && !encoded.contains("ë"))
        let base64 = encoded.dropFirst("=?UTF-8?B?".count).dropLast(2)
        #expect(Data(base64Encoded: String(base64)).map { String(decoding: $0, as: UTF8.self) } == "Stage van Zoë")
        #expect(!FieldReader.isEmail("a@b.nl\r\nBcc: x@y.nl") && !FieldReader.isEmail("a@b.nl\n") && FieldReader.isEmail("a@b.nl"))
    }

    @Test func controlCharactersAreRefusedAtInput() async throws {
        try await withTestApp { app, _, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            var form = StudentsTests.form(first: "Jan\r\nBcc: attacker@evil.example")
            let page = try await coordinator.post("/leerlingen", form)
            #expect(page.status == .badRequest && page.body.contains("regelovergang"))
            form = StudentsTests.form(first: "Jan\u{0}")
            #expect(try await coordinator.post("/leerlingen", form).status == .badRequest)
            #expect(try await StudentModel.query(on: app.db).filter(\.$studentNumber == "4711").count() == 0)
        }
    }

    @Test func invitationsReachSendmailWithOneRecipientAndEncodedHeaders() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stagelijn-mail-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("message.txt")
        let script = directory.appendingPathComponent("sendmail")
        try "#!/bin/sh\ncat > '\(output.path)'\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        let transport = SendmailTransport(path: script.path, from: "stagelijn@school.example")
        try await transport.send(to: "ouder@example.org", subject: "Stageovereenkomst Jan\r\nBcc: attacker@evil.example",
                                 body: "Beste ouder,\n")
        let sent = try String(contentsOf: output, encoding: .utf8)
        #expect(!sent.contains("\r\nBcc:") && !sent.contains("\nBcc:"))
        #expect(sent.contains("\r\nTo: ouder@example.org\r\n"))
    }

    // 6. Failures from one address do not lock other accounts; the account from that address is locked.
    @Test func onePupilBehindTheSchoolAddressDoesNotLockOutTheStaff() async throws {
        try await withTestApp { app, _, _ in
            app.stagelijnConfig.loginSlowdownFactor = 0.001
            let pupil = Browser(app)
            for attempt in 1...25 { try await pupil.login("leerling\(attempt)", password: "geraden-wachtwoord") }
            #expect(try await Browser(app).login("coordinator").status == .seeOther)
            // The same answer for an unknown and a known account, locked or not.
            for _ in 1...5 { try await pupil.login("supervisor", password: "fout-fout-fout") }
            #expect(try await pupil.login("supervisor").status == .tooManyRequests)
            #expect(try await pupil.login("bestaat-niet").status == .unauthorized)
            // Refused and successful sign-ins are in the audit log, without the typed address of unknown accounts.
            let entries = try await AuditEntryModel.query(on: app.db).filter(\.$entity == "inloggen").all()
            #expect(entries.contains { $0.changes.contains("ingelogd") })
            #expect(entries.contains { $0.changes.contains("inloggen mislukt") })
            #expect(!entries.contains { $0.changes.contains("leerling1@") || $0.actorName.contains("leerling1@") })
        }
        #expect(LoginThrottlePolicy.perAddress.addressDelay(.init(failures: 19, windowStart: Fixture.now), now: Fixture.now) == 0)
        #expect(LoginThrottlePolicy.perAddress.addressDelay(.init(failures: 20, windowStart: Fixture.now), now: Fixture.now) == 1)
        #expect(LoginThrottlePolicy.perAddress.addressDelay(.init(failures: 500, windowStart: Fixture.now), now: Fixture.now) == 5)
    }

    // 7. No personal-link token in logs or stored messages.
    @Test func logsCarryTheRoutePatternAndNoPersonalData() async throws {
        try await withTestApp { app, _, _ in
            let capture = CapturedLog()
            let logger = Logger(label: "test") { _ in capture }
            let canary = "CanaryToken" + String(repeating: "Q", count: 32)
            let request = Request(application: app, method: .GET, url: URI(path: "/teken/\(canary)"), logger: logger,
                                  on: app.eventLoopGroup.next())
            request.route = app.routes.all.first { $0.path.map(\.description) == ["teken", ":token"] && $0.method == .GET }
            let responder = OK()
            _ = try await RoutePatternLoggingMiddleware(logLevel: .info).respond(to: request, chainingTo: responder)
            #expect(capture.lines.contains("GET /teken/:token"))
            #expect(!capture.lines.joined().contains(canary))
            try await LogTransport(logger: logger).send(to: "canary-ouder@example.org", subject: "Stage van CanaryNaam", body: canary)
            #expect(!capture.lines.joined().contains("canary-ouder") && !capture.lines.joined().contains("CanaryNaam"))
        }
    }

    @Test func theOutboxNeverStoresAWorkingLink() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            _ = try await SigningTests.invite(app, f, coordinator: coordinator)
            // A failed delivery keeps no token either (a new one is made per attempt).
            try await Outbox.deliverDue(now: Fixture.now.addingTimeInterval(3600), transport: SigningTests.FailingTransport(), on: app.db)
            for message in try await OutboxMessageModel.query(on: app.db).all() {
                #expect(Mailbox.token("teken", in: message.body) == nil)
            }
        }
    }

    // 8. Six parallel uses of one signing link give one signature.
    @Test func aSigningLinkIsClaimedAtomically() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let token = try #require(try await SigningTests.invite(app, f, coordinator: coordinator)["parent"])
            var forms: [(Browser, [(String, String)])] = []
            for _ in 1...6 {
                let browser = Browser(app)
                let page = try await browser.get("/teken/\(token)")
                forms.append((browser, [("name", "Marja de Vries"), ("agree", "ja"), ("textHash", SigningTests.textHash(in: page.body) ?? "")]))
            }
            let thanked = try await withThrowingTaskGroup(of: Bool.self) { group in
                for (browser, form) in forms {
                    group.addTask { try await browser.post("/teken/\(token)", form).body.contains("Dank u wel") }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(thanked == 1)
            #expect(try await AgreementSignatureModel.query(on: app.db).filter(\.$role == "parent").count() == 1)
        }
    }

    // 9. The smaller findings.
    @Test func anonymousRequestsWriteNoSessionRows() async throws {
        try await withTestApp { app, _, _ in
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: "stagelijn_session=\(SecureToken.make())")
            for _ in 1...10 {
                try await Browser(app).get("/health")
                try await Browser(app).get("/login")
                try await Browser(app).get("/login", headers: headers)
                try await Browser(app).get("/bestaat-niet")
            }
            #expect(try await SessionRecordModel.query(on: app.db).count() == 0)
            // The anonymous login form still works (double-submit cookie), and a forged token does not.
            let browser = Browser(app)
            try await browser.get("/login")
            #expect(try await browser.post("/login", [("email", Fixture.email("coordinator")), ("password", Fixture.password)],
                                           csrf: SecureToken.make()).status == .forbidden)
            #expect(try await browser.login("coordinator").status == .seeOther)
        }
    }

    @Test func expiredSessionsPendingImportsAndCountersArePurged() async throws {
        try await withTestApp { app, _, clock in
            let browser = Browser(app)
            try await browser.login("coordinator")
            try await Browser(app).login("supervisor", password: "fout-fout-fout")
            try await browser.upload("/import", fields: [("kind", "leerlingen")], fileName: "a.csv", file: Data("leerlingnummer\n1\n".utf8))
            #expect(try await PendingImportModel.query(on: app.db).count() == 1)
            clock.advance(by: 25 * 3600)
            let purged = try await Maintenance.purgeExpired(now: clock.now(), config: app.stagelijnConfig, on: app.db)
            #expect(purged.sessions == 1 && purged.pendingImports == 1 && purged.loginCounters >= 2)
            #expect(try await SessionRecordModel.query(on: app.db).count() == 0)
            #expect(try await PendingImportModel.query(on: app.db).count() == 0)
        }
    }

    @Test func theSQLiteFilesAreReadableByTheServerOnly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stagelijn-perm-\(UUID())/data")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let database = directory.appendingPathComponent("stagelijn.sqlite").path
        try FileManager.default.createDirectory(atPath: directory.path, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: database, contents: Data(), attributes: [.posixPermissions: 0o644])
        try SQLiteFiles.prepare(directory: directory.path, database: database)
        let mode = { (path: String) in (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1 }
        #expect(try mode(directory.path) == 0o700)
        #expect(try mode(database) == 0o600)
    }

    @Test func longInputAndFarDatesAreRefusedWithAMessage() async throws {
        try await withTestApp { app, _, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/leerlingen?q=\(String(repeating: "a", count: 60_000))").status.code < 500)
            let period = try await coordinator.post("/stageperiodes", [("name", "Eindeloos"), ("schoolYear", "2026-2027"),
                ("startDate", "2026-09-28"), ("endDate", "9999-12-31"), ("daysPerWeek", "2"), ("hoursPerDay", "6")])
            #expect(period.status == .badRequest && period.body.contains("tussen 1900 en 2100"))
            let long = try await coordinator.post("/stageperiodes", [("name", "Lang"), ("schoolYear", "2026-2027"),
                ("startDate", "2026-09-28"), ("endDate", "2029-09-28"), ("daysPerWeek", "2"), ("hoursPerDay", "6")])
            #expect(long.status == .badRequest && long.body.contains("hoogstens twee jaar"))
            let rows = "leerlingnummer;voornaam\n" + (1...6000).map { "\($0);Naam" }.joined(separator: "\n")
            let upload = try await coordinator.upload("/import", fields: [("kind", "leerlingen")], fileName: "groot.csv", file: Data(rows.utf8))
            let preview = try await coordinator.get(try #require(upload.location))
            #expect(preview.body.contains("hoogstens 5000 regels"))
        }
    }

    @Test func hoursAndSigningLinksHaveSeparatePurposes() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            _ = try await SigningTests.invite(app, f, coordinator: coordinator)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let send = { try await supervisor.post("/stages/\(f.placementA1)/uren/link",
                                                   [("companyName", "Piet Bakker"), ("companyEmail", "piet@bakkerij.example")]) }
            let hoursToken = { try await Mailbox.deliver(app).compactMap { Mailbox.token("uren", in: $0.body) }.first }
            #expect(try await send().status == .seeOther)
            let first = try #require(try await hoursToken())
            #expect(try await send().status == .seeOther)
            let second = try #require(try await hoursToken())
            #expect(try await Browser(app).get("/uren/\(first)").status == .gone, "a new hours link revokes the earlier one")
            #expect(try await Browser(app).get("/uren/\(second)").status == .ok)
            // Inviting the company to sign again leaves its hours link working.
            #expect(try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/uitnodigen", [
                ("studentEmail", "sem@leerling.example"), ("companyName", "Piet Bakker"), ("companyEmail", "piet@bakkerij.example"),
                ("parentName", "Marja de Vries"), ("parentEmail", "marja@ouder.example"),
            ]).status == .seeOther)
            #expect(try await AccessLinkModel.query(on: app.db).filter(\.$purpose == AccessLinkModel.Purpose.signAgreement.rawValue)
                .filter(\.$revokedAt != nil).count() >= 1, "the earlier signing links were replaced")
            #expect(try await Browser(app).get("/uren/\(second)").status == .ok)
        }
    }

    @Test func aSharedCompanyEditedByAnotherSchoolShowsInThisSchoolsLog() async throws {
        try await withTestApp { app, f, _ in
            let other = Browser(app)
            try await other.login("coordinatorA2")
            let edit = try await other.get("/bedrijven/\(f.companyA)/bewerken")
            #expect(edit.status == .ok)
            let fields = ["name", "street", "postcode", "city", "contactName", "sbbNumber", "sbbStatus"].map { name in
                (name, edit.body.firstMatch(of: try! Regex("name=\"\(name)\"[^>]*value=\"([^\"]*)\"")).map { String($0.output[1].substring ?? "") } ?? "")
            }
            var form = fields.map { ($0.0, $0.0 == "name" ? "Bakkerij Alkmaar-Noord" : $0.1) }
            form.append(("sectors[]", "voedsel"))
            #expect(try await other.post("/bedrijven/\(f.companyA)", form).status == .seeOther)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/logboek").body.contains("Bakkerij Alkmaar-Noord"))
            // Another board's change is not.
            let foreign = try await AuditEntryModel.query(on: app.db).filter(\.$schoolID == f.schoolB1).count()
            #expect(foreign == 0)
        }
    }
}

final class CapturedLog: LogHandler, @unchecked Sendable {
    var lines: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) { lines.append(event.message.description) }
}

private struct OK: AsyncResponder {
    func respond(to request: Request) async throws -> Response { Response(status: .ok) }
}
