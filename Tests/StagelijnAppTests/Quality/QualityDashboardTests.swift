import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

enum QualitySteps {
    /// `count` more stages at school A1, all started; the first `signed` with a fully signed agreement.
    static func startedStages(_ app: Application, _ f: Fixture, count: Int, signed: Int) async throws -> [UUID] {
        var ids: [UUID] = []
        for index in 0..<count {
            var input = Fixture.studentInput
            input.studentNumber = "90\(index)"
            input.firstName = "Leerling\(index)"
            input.lastName = "Achternaam\(index)"
            input.birthDate = LocalDate(year: 2005, month: 1, day: 1)!
            let student = StudentModel()
            student.$school.id = f.schoolA1
            student.apply(input, mentorID: nil)
            try await student.create(on: app.db)
            let placement = PlacementModel(schoolID: f.schoolA1, studentID: try student.requireID(), positionID: f.positionA,
                                           periodID: f.periodA1, status: .active)
            try await placement.create(on: app.db)
            let id = try placement.requireID()
            try await PlacementStatusChangeModel(placementID: id, from: .agreement, to: .active, reason: "test", by: nil, at: Fixture.now)
                .create(on: app.db)
            if index < signed {
                try await VisitPlanFixtures.agreement(id, school: f.schoolA1, sent: true,
                                                      signatures: [(.school, "2026-09-01"), (.student, "2026-09-01"), (.company, "2026-09-02")],
                                                      on: app.db)
            }
            ids.append(id)
        }
        return ids
    }
}

@Suite("Quality dashboard: figures from SQL, no names, '< 5', drill-down only for the coordinator, PDF and CSV")
struct QualityDashboardTests {
    @Test func leadershipSeesMeasuredValuesWithoutNamesAndTheInspectorToo() async throws {
        try await withTestApp { app, f, _ in
            // setup: 8 started stages, 6 signed → 75 %
            _ = try await QualitySteps.startedStages(app, f, count: 8, signed: 6)
            for role in ["leadership", "inspector"] {
                let browser = Browser(app)
                try await browser.login(role)
                // act
                let page = try await browser.get("/kwaliteit")
                // check
                #expect(page.status == .ok, "\(role)")
                #expect(page.body.contains("Kwaliteit van de stages"))
                #expect(page.body.contains("<svg"), "charts drawn on the server")
                #expect(page.body.contains("75 %") && page.body.contains("6 van 8"), "signed before start: 6 of 8")
                #expect(page.body.contains("niet gehaald"))
                #expect(!page.body.contains("Leerling0") && !page.body.contains("Achternaam"), "no names")
                #expect(!page.body.contains("/kwaliteit/leerlingen/"), "\(role) cannot follow a figure to students")
                #expect(page.body.contains("Uitstroommonitor, gemeten in 2026-2027"), "outflow from the stage-end part")
                #expect(try await browser.get("/kwaliteit/leerlingen/getekend-voor-start").status == .forbidden)
                #expect(try await browser.get("/kwaliteit/definitie/getekend-voor-start").body.contains("WVO"))
            }
        }
    }

    @Test func aGroupBelowFiveIsShownAsLessThanFive() async throws {
        try await withTestApp { app, f, _ in
            _ = try await QualitySteps.startedStages(app, f, count: 3, signed: 1)
            let browser = Browser(app)
            try await browser.login("leadership")
            let page = try await browser.get("/kwaliteit")
            #expect(page.body.contains("&lt; 5"))
            #expect(!page.body.contains("33 %"), "1 of 3 would give a small group away")
            let csv = try await browser.get("/kwaliteit/kengetallen.csv?jaar=2026-2027")
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            #expect(csv.body.contains("< 5") && !csv.body.contains("Leerling"))
        }
    }

    @Test func theCoordinatorFollowsAFigureToTheStagesBehindIt() async throws {
        try await withTestApp { app, f, _ in
            _ = try await QualitySteps.startedStages(app, f, count: 6, signed: 5)
            let browser = Browser(app)
            try await browser.login("coordinator")
            let page = try await browser.get("/kwaliteit")
            #expect(page.body.contains("/kwaliteit/leerlingen/getekend-voor-start?jaar=2026-2027"))
            let students = try await browser.get("/kwaliteit/leerlingen/getekend-voor-start?jaar=2026-2027")
            #expect(students.status == .ok)
            #expect(students.body.contains("Leerling5 Achternaam5"), "the one stage without a signed agreement")
            #expect(!students.body.contains("Leerling0 "), "only the stages that did not meet it")
            #expect(try await browser.get("/kwaliteit/leerlingen/bestaat-niet").status == .notFound)
        }
    }

    @Test func othersMayNotOpenTheDashboard() async throws {
        try await withTestApp { app, _, _ in
            for role in ["student", "parent", "mentor", "supervisor"] {
                let browser = Browser(app)
                try await browser.login(role)
                #expect(try await browser.get("/kwaliteit").status == .forbidden, "\(role)")
                #expect(!(try await browser.get("/").body.contains(#"href="/kwaliteit""#)), "no menu item for \(role)")
            }
        }
    }

    @Test func theMenuLeadsLeadershipTheInspectorAndTheCoordinatorToTheDashboard() async throws {
        try await withTestApp { app, _, _ in
            for role in ["leadership", "inspector", "coordinator"] {
                let browser = Browser(app)
                try await browser.login(role)
                let page = try await browser.get("/kwaliteit").body
                #expect(page.contains(#"href="/kwaliteit""#) && page.contains(">Kwaliteit<"), "\(role)")
            }
        }
    }

    @Test func thePDFReportOpensWhereWeasyPrintIsInstalled() async throws {
        guard PDFRenderer.executable != nil else { return }
        try await withTestApp { app, f, _ in
            _ = try await QualitySteps.startedStages(app, f, count: 6, signed: 6)
            let browser = Browser(app)
            try await browser.login("leadership")
            let pdf = try await browser.get("/kwaliteit/rapport.pdf")
            #expect(pdf.status == .ok)
            #expect(pdf.body.hasPrefix("%PDF"))
        }
    }
}

@Suite("Company quality profile: counts for the coordinator on the company page")
struct CompanyQualityProfileTests {
    @Test func theCoordinatorSeesTheProfileAndLeadershipDoesNot() async throws {
        try await withTestApp { app, f, _ in
            let ids = try await QualitySteps.startedStages(app, f, count: 3, signed: 0)
            try await VisitPlanFixtures.setStatus(.terminated, ids[0], on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let page = try await coordinator.get("/bedrijven/\(f.companyA)")
            #expect(page.body.contains("Kwaliteitsprofiel"))
            #expect(page.body.contains("<dt>Stages bij dit bedrijf</dt><dd>3</dd>"))
            #expect(page.body.contains("<dt>Voortijdig afgebroken</dt><dd>1</dd>"))
            #expect(page.body.contains("&lt; 5 antwoorden"), "no mark from fewer than 5 students")
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(!(try await leadership.get("/bedrijven/\(f.companyA)").body.contains("Kwaliteitsprofiel")))
        }
    }
}
