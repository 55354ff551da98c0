import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Exports: dropouts, leavers and allowances as CSV")
struct StageEndExportTests {
    typealias C = ExportCheck

    @Test func theDropoutsDownloadHoldsTheSchoolsDropoutsOnly() async throws {
        try await withTestApp { app, f, _ in
            // setup: a dropout at school A1 (student named as a formula) and one at school A2
            try await C.poison(f.ownStudent, on: app.db)
            _ = try await StageEndSteps.endEarly(app, f)
            try await VisitPlanFixtures.setStatus(.active, f.placementA2, on: app.db)
            let coordinatorA2 = try await C.login(app, "coordinatorA2")
            #expect(try await coordinatorA2.post("/stages/\(f.placementA2)/status", [("status", "terminated"), ("reason", "Te zwaar werk")])
                .status == .seeOther)
            #expect(try await DropoutModel.query(on: app.db).filter(\.$school.$id == f.schoolA2).count() == 1)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/uitval")
            let body = try await C.download(coordinator, "/export/uitval.csv", header: "leerling;klas;bedrijf;gestopt;stand")
            // check
            #expect(page.body.contains("/export/uitval.csv"))
            #expect(body.contains("'=HYPERLINK(1) de Vries;3A;Bakkerij Alkmaar;2026-09-21;nog te doen: "))
            #expect(!body.contains("Daan"), "school A2's dropout stays out")
            try await C.finish(app, body, file: "uitval.csv", refused: ["leadership"])
        }
    }

    @Test func theLeaversDownloadHoldsTheSchoolsLeaversWithTheirAftercare() async throws {
        try await withTestApp { app, f, _ in
            // setup: a leaver at school A1 and one at school A2
            try await C.poison(f.ownStudent, on: app.db)
            let coordinator = try await C.login(app, "coordinator")
            #expect(try await OutflowAllowanceTests.leave(coordinator, f.ownStudent,
                                                         extra: [("supervisorID", f.users["supervisor"]!.uuidString)]).status == .seeOther)
            let coordinatorA2 = try await C.login(app, "coordinatorA2")
            #expect(try await OutflowAllowanceTests.leave(coordinatorA2, f.studentA2).status == .seeOther)
            // act
            let page = try await coordinator.get("/uitstroom")
            let body = try await C.download(coordinator, "/export/uitstroom.csv", header: "oud-leerling;vertrokken;bestemming;nazorg;nazorg door")
            // check
            #expect(page.body.contains("/export/uitstroom.csv"))
            #expect(body.contains("'=HYPERLINK(1) de Vries;2026-07-10;"))
            #expect(body.contains(" van 6 gedaan") && body.contains(";Test supervisor"), "the aftercare as on the page")
            #expect(!body.contains("Daan"), "school A2's leaver stays out")
            try await C.finish(app, body, file: "uitstroom.csv", refused: ["mentor"])
        }
    }

    /// Counts per sector, no names and no free text: nothing to neutralise and no audit entry.
    @Test func theAllowancesDownloadCountsTheSchoolsStagesOnly() async throws {
        try await withTestApp { app, f, _ in
            // setup: a running stage at A1 and one at A2, both at the same (shared) company
            try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
            try await VisitPlanFixtures.setStatus(.active, f.placementA2, on: app.db)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/vergoedingen")
            let body = try await C.download(coordinator, "/export/vergoedingen.csv", header: "sector;met vergoeding;stages;aandeel")
            // check
            #expect(page.body.contains("/export/vergoedingen.csv"))
            #expect(body.contains("\r\nVoedsel;0;1;") && body.contains("\r\ntotaal;0;1;"), "one stage of this school: \(body)")
            #expect(try await C.audits(app, "vergoedingen.csv") == 0, "figures without names are not a read of personal data")
            let supervisor = try await C.login(app, "supervisor")
            #expect(try await supervisor.get("/export/vergoedingen.csv").status == .forbidden)
        }
    }
}
