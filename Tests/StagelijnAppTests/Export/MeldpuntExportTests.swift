import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Exports: the meldpunt's list of reports as CSV, for its handlers only")
struct MeldpuntExportTests {
    typealias C = ExportCheck

    @Test func theReportsDownloadHasThePagesColumnsAndNeverTheReporter() async throws {
        try await withTestApp { app, _, _ in
            // setup: an anonymous report and a named one at A1 (a company typed as a formula), one at A2
            _ = try await Meldpunt.report(app, school: "A1", ["companyName": C.formula, "mode": "registreren"])
            _ = try await Meldpunt.report(app, school: "A1", ["reporterName": "Fatima Canarynaam", "reporterEmail": "fatima@example.org"])
            _ = try await Meldpunt.report(app, school: "A2", ["companyName": "Kapsalon Hoorn"])
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/meldingen")
            let body = try await C.download(coordinator, "/export/meldingen.csv", header: "ontvangen;soort;bedrijf;stand;reageren vóór;te laat")
            // check
            #expect(page.body.contains("/export/meldingen.csv"))
            let lines = body.split(separator: "\r\n")
            #expect(lines.count == 3, "two reports of this school: \(body)")
            #expect(body.contains("\r\n2026-09-21;Stagediscriminatie;Bakkerij Alkmaar;Nieuw, nog niet beantwoord;2026-09-24;nee\r\n"),
                    "a row the page shows: the typed name linked to the board's company, the deadline in 3 school days")
            #expect(!body.contains("Kapsalon Hoorn"), "school A2's report stays out")
            #expect(!body.contains("Canarynaam") && !body.contains("fatima@") && !body.contains("CanaryMeldtekst") && !body.contains("religie"),
                    "no reporter, text or grounds")
            // Staff who are not handlers get no list; leadership has the figures, not the reports.
            try await C.finish(app, body, file: "meldingen.csv", refused: ["mentor", "leadership", "student"])
        }
    }
}
