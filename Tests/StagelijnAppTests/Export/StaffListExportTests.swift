import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Exports: the audit log, evaluations, assessments and open assignments as CSV")
struct StaffListExportTests {
    typealias C = ExportCheck

    @Test func theAuditLogDownloadHoldsEveryPageOfTheSchoolsLogOnly() async throws {
        try await withTestApp { app, f, _ in
            // setup: 55 changes at school A1 (more than one page of 50), one by a name that is a formula, one at school A2
            for index in 0..<55 {
                try await AuditLog.record(on: app.db, actor: .system(index == 0 ? C.formula : "Invoer \(index)", schoolID: f.schoolA1),
                                          entity: "student", id: f.ownStudent, action: .update, before: ["firstName": "Sem"],
                                          after: ["firstName": "Sem \(index)"], at: Fixture.now)
            }
            try await AuditLog.record(on: app.db, actor: .system("Beheerder A2", schoolID: f.schoolA2), entity: "student", id: f.studentA2,
                                      action: .update, before: ["firstName": "Daan"], after: ["firstName": "Daniël"], at: Fixture.now)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/logboek")
            let body = try await C.download(coordinator, "/export/logboek.csv", header: "wanneer;wie;wat;wijzigingen")
            // check
            #expect(page.body.contains("/export/logboek.csv"))
            #expect(body.contains("\r\n2026-09-21 16:13:20;Invoer 54;Leerling gewijzigd;Voornaam: Sem → Sem 54\r\n"),
                    "a row the page shows, with ISO time in Dutch time: \(body.prefix(300))")
            #expect(body.contains("Invoer 1;"), "the rows of the second page too")
            #expect(!body.contains("Beheerder A2") && !body.contains("Daniël"), "another school's log stays out")
            try await C.finish(app, body, file: "logboek.csv", refused: ["mentor"])
        }
    }

    @Test func theEvaluationsDownloadIsTheCoordinatorsListOfTheSchool() async throws {
        try await withTestApp { app, f, clock in
            // setup: the fixture's stage completed with its evaluations; a completed stage at school A2 with its own
            try await C.poison(f.ownStudent, on: app.db)
            try await EvaluationSteps.completedStage(app, f)
            _ = try await EvaluationAutomation.runDue(now: clock.now(), on: app.db)
            try await VisitPlanFixtures.setStatus(.completed, f.placementA2, on: app.db)
            _ = try await EvaluationAutomation.open(f.placementA2, moment: .final, now: clock.now(), on: app.db)
            #expect(try await EvaluationModel.query(on: app.db).filter(\.$placement.$id == f.placementA2).count() > 0)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/evaluaties")
            let body = try await C.download(coordinator, "/export/evaluaties.csv", header: "lijst;leerling;bedrijf;moment;van;ingevuld")
            // check
            #expect(page.body.contains("/export/evaluaties.csv"))
            #expect(body.contains("voor u om in te vullen;'=HYPERLINK(1) de Vries;Bakkerij Alkmaar;eindevaluatie"))
            #expect(body.contains("alle evaluaties van de school;"))
            #expect(!body.contains("Daan"), "school A2's evaluations stay out")
            try await C.finish(app, body, file: "evaluaties.csv", refused: ["mentor"])
        }
    }

    @Test func theAssessmentsDownloadFollowsTheOverview() async throws {
        try await withTestApp { app, f, _ in
            // setup: assessments planned at school A1 and at school A2
            try await C.poison(f.ownStudent, on: app.db)
            _ = try await AssessmentSteps.plan(app, f)
            try await VisitPlanFixtures.setStatus(.active, f.placementA2, on: app.db)
            let coordinatorA2 = try await C.login(app, "coordinatorA2")
            #expect(try await coordinatorA2.post("/stages/\(f.placementA2)/beoordelingen/plannen").status == .seeOther)
            #expect(try await AssessmentModel.query(on: app.db).filter(\.$placement.$id == f.placementA2).count() > 0)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/beoordelingen")
            let body = try await C.download(coordinator, "/export/beoordelingen.csv", header: "uiterlijk;stand;leerling;bedrijf;beoordeling;goedgekeurd")
            // check
            #expect(page.body.contains("/export/beoordelingen.csv"))
            #expect(body.contains(";'=HYPERLINK(1) de Vries;Bakkerij Alkmaar;tussentijdse beoordeling;nog niet goedgekeurd"))
            #expect(!body.contains("Daan"), "school A2's assessments stay out")
            try await C.finish(app, body, file: "beoordelingen.csv", refused: ["leadership", "parent", "student"])
        }
    }

    @Test func theOpenAssignmentsDownloadFollowsTheToDoList() async throws {
        try await withTestApp { app, f, _ in
            // setup: an assignment at school A1 with a formula for a title, and one at school A2
            try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
            try await VisitPlanFixtures.setStatus(.active, f.placementA2, on: app.db)
            _ = try await AssignmentFixtures.assignment(f.placementA1, school: f.schoolA1, title: C.formula, on: app.db)
            _ = try await AssignmentFixtures.assignment(f.placementA2, school: f.schoolA2, title: "Opdracht van Hoorn", on: app.db)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/opdrachten/te-doen")
            let body = try await C.download(coordinator, "/export/opdrachten-te-doen.csv",
                                            header: "groep;leerling;klas;bedrijf;opdracht;uiterlijk;te laat")
            // check
            #expect(page.body.contains("/export/opdrachten-te-doen.csv") && page.body.contains("Sem de Vries"))
            #expect(body.contains("Nog in te leveren door de leerling;Sem de Vries;3A;Bakkerij Alkmaar;'=HYPERLINK(1);2026-10-30;nee"))
            #expect(!body.contains("Opdracht van Hoorn") && !body.contains("Daan"), "school A2's assignments stay out")
            try await C.finish(app, body, file: "opdrachten-te-doen.csv", refused: ["mentor"])
        }
    }
}

@Suite("Exports: the assignment library as CSV")
struct AssignmentLibraryExportTests {
    typealias C = ExportCheck

    /// The library holds the school's texts, no personal data: no audit entry.
    @Test func theLibraryDownloadHoldsTheSchoolsAssignmentsOnly() async throws {
        try await withTestApp { app, f, _ in
            // setup: an item at school A1 whose title is a formula, one at school A2
            _ = try await AssignmentFixtures.template(f.schoolA1, title: C.formula, on: app.db)
            _ = try await AssignmentFixtures.template(f.schoolA2, title: "Opdracht van Hoorn", on: app.db)
            let coordinator = try await C.login(app, "coordinator")
            // act
            let page = try await coordinator.get("/opdrachten")
            let body = try await C.download(coordinator, "/export/opdrachten.csv", header: "sector;opdracht;soort;fase;deel;in gebruik")
            // check
            #expect(page.body.contains("/export/opdrachten.csv"))
            #expect(body.contains("\r\nVoedsel;'=HYPERLINK(1);"), "\(body)")
            #expect(body.contains(";pro jaar 4-5;1;ja\r\n"))
            #expect(!body.contains("Hoorn"), "school A2's library stays out")
            C.neutralised(body)
            #expect(try await C.audits(app, "opdrachten.csv") == 0)
            let filtered = try await C.download(coordinator, "/export/opdrachten.csv?sector=groen", header: "sector;opdracht;soort;fase;deel;in gebruik")
            #expect(!filtered.contains("HYPERLINK"), "the page's sector filter applies: \(filtered)")
            let student = try await C.login(app, "student")
            #expect(try await student.get("/export/opdrachten.csv").status == .forbidden)
        }
    }
}
