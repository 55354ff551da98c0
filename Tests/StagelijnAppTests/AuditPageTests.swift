import Fluent
import Testing
import Vapor
@testable import StagelijnApp

@Suite("The audit log reads in Dutch")
struct AuditPageTests {
    @Test func changesAreShownWithDutchNamesNotJSON() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.post("/leerlingen/\(f.ownStudent)", StudentsTests.form(number: "1001", first: "Semmy")).status == .seeOther)
            let log = try await coordinator.get("/logboek")
            #expect(log.body.contains("Leerling gewijzigd"))
            #expect(log.body.contains("Voornaam: Sem → Semmy"))
            #expect(!log.body.contains("firstName") && !log.body.contains("{&quot;"))
            #expect(log.body.contains("Inloggen aangemaakt") || log.body.contains("ingelogd"))
        }
    }
}
