import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Exports: the supervision overview and the matching lists as CSV")
struct PeriodListExportTests {
    typealias C = ExportCheck

    @Test func theSupervisionOverviewDownloadListsTheSchoolsSupervisors() async throws {
        try await withTestApp { app, f, _ in
            // setup: A1's running stage with the supervisor (named as a formula); A2's with its coordinator supervising
            let supervisor = try #require(try await UserModel.find(f.users["supervisor"], on: app.db))
            supervisor.name = C.formula
            try await supervisor.save(on: app.db)
            for (placement, user) in [(f.placementA1, "supervisor"), (f.placementA2, "coordinatorA2")] {
                let model = try #require(try await PlacementModel.find(placement, on: app.db))
                model.status = .active
                model.supervisorID = f.users[user]
                try await model.save(on: app.db)
            }
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/begeleiding/overzicht")
            let body = try await C.download(coordinator, "/export/begeleiding-overzicht.csv",
                                            header: "begeleider;stages;bezoeken gepland t/m vandaag;gedaan;nu te laat;contactmomenten gemist")
            // check
            #expect(page.body.contains("/export/begeleiding-overzicht.csv"))
            #expect(body.contains("'=HYPERLINK(1);1;"), "the supervisor's row as on the page: \(body)")
            #expect(!body.contains("coordinatorA2"), "school A2's supervisor stays out")
            try await C.finish(app, body, file: "begeleiding-overzicht.csv", refused: ["mentor"])
        }
    }

    @Test func theStudentsWithoutAPlaceDownloadFollowsTheMatchingPage() async throws {
        try await withTestApp { app, f, _ in
            // setup: Noor (A1) has no stage in the period; Daan (A2) has none in his school's either
            try await C.poison(f.otherStudent, on: app.db)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/matching?periode=\(f.periodA1)")
            let body = try await C.download(coordinator, "/export/matching-zonder-plek.csv?periode=\(f.periodA1)",
                                            header: "leerling;klas;ondersteuning;wensen")
            // check
            #expect(page.body.contains("/export/matching-zonder-plek.csv?periode=\(f.periodA1)"))
            #expect(body.contains("'=HYPERLINK(1) Bakker;3A;nee;nog geen"))
            #expect(!body.contains("de Vries"), "Sem has a stage in the period, as on the page")
            #expect(!body.contains("Daan"), "another school's students stay out")
            try await C.finish(app, body, file: "matching-zonder-plek.csv", refused: ["supervisor"])
        }
    }

    @Test func aMatchingRunDownloadIsForItsOwnSchoolOnly() async throws {
        try await withTestApp { app, f, _ in
            // setup: Noor wishes the bakery; the coordinator runs the matching
            try await C.poison(f.otherStudent, on: app.db)
            let coordinator = try await C.login(app, "coordinator")
            try await coordinator.post("/leerlingen/\(f.otherStudent)/voorkeuren",
                                       [("periodID", f.periodA1.uuidString), ("mode", "plaatsen"), ("choice1", f.positionA.uuidString)])
            #expect(try await coordinator.post("/matching/berekenen", [("periodID", f.periodA1.uuidString)]).status == .seeOther)
            let run = try #require(try await MatchingRunModel.query(on: app.db).filter(\.$algorithm == "deferred-acceptance").first())
            let runID = try run.requireID()
            // act
            let page = try await coordinator.get("/matching/runs/\(runID)")
            let body = try await C.download(coordinator, "/export/matching-indeling.csv?indeling=\(runID)",
                                            header: "leerling;klas;voorstel;keuze;toelichting")
            // check
            #expect(page.body.contains("/export/matching-indeling.csv?indeling=\(runID)"))
            #expect(body.contains("'=HYPERLINK(1) Bakker;3A;Bakkerij Alkmaar — Medewerker bakkerij;"), "\(body)")
            #expect(!body.contains("Daan"))
            C.neutralised(body)
            #expect(try await C.audits(app, "matching-indeling.csv") == 1)
            // Another school's coordinator: 404, as the run page; a supervisor: 403; no run named: 404.
            let other = try await C.login(app, "coordinatorA2")
            #expect(try await other.get("/export/matching-indeling.csv?indeling=\(runID)").status == .notFound)
            let supervisor = try await C.login(app, "supervisor")
            #expect(try await supervisor.get("/export/matching-indeling.csv?indeling=\(runID)").status == .forbidden)
            #expect(try await coordinator.get("/export/matching-indeling.csv").status == .notFound)
        }
    }
}
