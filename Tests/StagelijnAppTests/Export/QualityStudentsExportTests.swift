import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Exports: the stages behind a quality figure as CSV")
struct QualityStudentsExportTests {
    typealias C = ExportCheck

    @Test func theStagesBehindAFigureDownloadForTheCoordinatorOnly() async throws {
        try await withTestApp { app, f, _ in
            // setup: 6 started stages at A1, 5 signed; Leerling5 (unsigned) gets a formula for a name; A2's stage started unsigned
            _ = try await QualitySteps.startedStages(app, f, count: 6, signed: 5)
            let unsigned = try #require(try await StudentModel.query(on: app.db).filter(\.$studentNumber == "905").first())
            try await C.poison(try unsigned.requireID(), on: app.db)
            try await VisitPlanFixtures.setStatus(.active, f.placementA2, on: app.db)
            try await PlacementStatusChangeModel(placementID: f.placementA2, from: .agreement, to: .active, reason: "test", by: nil,
                                                 at: Fixture.now).create(on: app.db)
            let coordinator = try await C.login(app, "coordinator")
            let path = "/kwaliteit/leerlingen/getekend-voor-start?jaar=2026-2027"
            // act
            let page = try await coordinator.get(path)
            let body = try await C.download(coordinator, "/export/kwaliteit-leerlingen.csv?jaar=2026-2027&kengetal=getekend-voor-start",
                                            header: "leerling;klas;bedrijf;status")
            // check
            #expect(page.body.contains("/export/kwaliteit-leerlingen.csv?jaar=2026-2027&") && page.body.contains("kengetal=getekend-voor-start"))
            #expect(body.contains("'=HYPERLINK(1) Achternaam5;3A;Bakkerij Alkmaar;"), "\(body)")
            #expect(!body.contains("Leerling0 "), "only the stages that did not meet it")
            #expect(!body.contains("Daan"), "school A2's stage stays out")
            C.neutralised(body)
            #expect(try await C.audits(app, "kwaliteit-leerlingen-getekend-voor-start.csv") == 1, "the audit names the figure")
            #expect(try await coordinator.get("/export/kwaliteit-leerlingen.csv?kengetal=bestaat-niet").status == .notFound)
            let leadership = try await C.login(app, "leadership")
            #expect(try await leadership.get("/export/kwaliteit-leerlingen.csv?kengetal=getekend-voor-start").status == .forbidden)
        }
    }
}
