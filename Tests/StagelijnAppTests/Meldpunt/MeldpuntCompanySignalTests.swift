import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Meldpunt: company signals")
struct MeldpuntCompanySignalTests {
    @Test func aCompanyWithOpenReportsIsFlaggedInMatchingAndCanBeMarkedNietPlaatsen() async throws {
        try await withTestApp { app, f, _ in
            // setup: a report that names Bakkerij Alkmaar (company A)
            _ = try await Meldpunt.report(app)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // check: the company page counts it, without the text
            let page = try await coordinator.get("/bedrijven/\(f.companyA)")
            #expect(page.body.contains("1 melding over dit bedrijf, waarvan 1 open") && !page.body.contains("CanaryMeldtekst"))
            // A supervisor proposing places is warned without a count; a student sees nothing.
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(!(try await supervisor.get("/bedrijven/\(f.companyA)").body.contains("melding over dit bedrijf")))
            #expect(try await supervisor.get("/stages/nieuw").body.contains("Bakkerij Alkmaar: er lopen meldingen"))
            let student = Browser(app)
            try await student.login("student")
            #expect(!(try await student.get("/bedrijven/\(f.companyA)").body.contains("Meldpunt")))
            // The matching result warns the coordinator.
            try await coordinator.post("/leerlingen/\(f.otherStudent)/voorkeuren",
                                       [("periodID", f.periodA1.uuidString), ("mode", "plaatsen"), ("choice1", f.positionA.uuidString)])
            #expect(try await coordinator.post("/matching/berekenen", [("periodID", f.periodA1.uuidString)]).status == .seeOther)
            let run = try #require(try await MatchingRunModel.query(on: app.db).first())
            let result = try await coordinator.get("/matching/runs/\(run.requireID())")
            #expect(result.body.contains("Let op bij deze bedrijven (meldpunt)") && result.body.contains("Bakkerij Alkmaar: 1 open melding"))

            // act: "niet plaatsen" needs a reason, is audited, and refuses a new placement there
            #expect(try await coordinator.post("/bedrijven/\(f.companyA)/niet-plaatsen", [("reason", "")]).status == .badRequest)
            #expect(try await supervisor.post("/bedrijven/\(f.companyA)/niet-plaatsen", [("reason", "Geen leerlingen meer")]).status == .forbidden)
            let marked = try await coordinator.post("/bedrijven/\(f.companyA)/niet-plaatsen", [("reason", "Herhaald discriminatie na gesprek")])
            #expect(marked.status == .seeOther)
            #expect(try await coordinator.get("/bedrijven/\(f.companyA)").body.contains("Niet plaatsen: Herhaald discriminatie na gesprek"))
            let refused = try await coordinator.post("/stages", [("studentID", f.otherStudent.uuidString), ("positionID", f.positionA.uuidString),
                                                                ("periodID", f.periodA1.uuidString)])
            #expect(refused.status == .badRequest && refused.body.contains("niet plaatsen"))
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "companyPlacementBlock").count() == 1)
            // Another school of the same board is not affected by this school's mark.
            let other = Browser(app)
            try await other.login("coordinatorA2")
            #expect(!(try await other.get("/stages/nieuw").body.contains("Bakkerij Alkmaar: niet plaatsen")))
        }
    }
}
