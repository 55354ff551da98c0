import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Goals per phase, goals in visits and the agreement, the stagemap, figures without names")
struct AssessmentPagesTests {
    typealias S = AssessmentSteps

    @Test func theSchoolsGoalsForAPhaseFillNewStagesButNotStagesAlreadyFixed() async throws {
        try await withTestApp { app, f, _ in
            // setup: the fixture's stage takes today's goals when planned
            _ = try await S.plan(app, f)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // act: the coordinator rewrites the goals of pro year 3; a line that is too long is refused with its number
            let long = String(repeating: "x", count: 201)
            let refused = try await coordinator.post("/beoordelingen/doelen", [("phase", "pro-3"), ("goals-pro-3", "Werkt veilig\n\(long)")])
            #expect(refused.status == .badRequest && refused.body.contains("Regel 2") && refused.body.contains("Werkt veilig"))
            #expect(try await coordinator.post("/beoordelingen/doelen", [("phase", "pro-3"), ("goals-pro-3", "Werkt veilig met de snijmachine\nGroet de klanten")]).status == .seeOther)
            // check: Noor (same phase, no stage goals fixed yet) sees the new list; Sem's fixed stage keeps its own
            let noor = PlacementModel(schoolID: f.schoolA1, studentID: f.otherStudent, positionID: f.positionA, periodID: f.periodA1, status: .active)
            try await noor.create(on: app.db)
            let noorPage = try await coordinator.get("/stages/\(try noor.requireID())/beoordelingen")
            #expect(noorPage.body.contains("Werkt veilig met de snijmachine") && !noorPage.body.contains("Vraagt om hulp als iets niet lukt"))
            let semPage = try await coordinator.get("/stages/\(f.placementA1)/beoordelingen")
            #expect(semPage.body.contains("Vraagt om hulp als iets niet lukt") && !semPage.body.contains("snijmachine"))
            // a supervisor reads the goals page but cannot change it; another school keeps the standard goals
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.get("/beoordelingen/doelen").status == .ok)
            #expect(try await supervisor.post("/beoordelingen/doelen", [("phase", "pro-3"), ("goals-pro-3", "Iets")]).status == .forbidden)
            let other = Browser(app)
            try await other.login("coordinatorB1")
            #expect(!(try await other.get("/beoordelingen/doelen").body.contains("snijmachine")))
        }
    }

    @Test func goalsComeBackInTheVisitReportAndTheAgreementDraft() async throws {
        try await withTestApp { app, f, clock in
            // setup
            try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
            clock.advance(by: 14 * VisitPlanFixtures.day)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let form = try await supervisor.get("/stages/\(f.placementA1)/bezoek")
            #expect(form.body.contains("Waar staat elk doel?") && form.body.contains("Vraagt om hulp als iets niet lukt"))
            // act: one goal discussed, the others not
            #expect(try await supervisor.post("/stages/\(f.placementA1)/bezoek", [
                ("kind", "bezoek"), ("doneOn", "2026-10-01"), ("progress", "Gaat goed"), ("goal.2", "2"), ("goal.0", ""),
            ]).status == .seeOther)
            // check: the parent reads where the goal stands in the dossier
            let parent = Browser(app)
            try await parent.login("parent")
            let dossier = try await parent.get("/stages/\(f.placementA1)/dossier")
            #expect(dossier.body.contains("Vraagt om hulp als iets niet lukt: oefenen"))
            #expect(!dossier.body.contains("Komt elke stagedag op tijd en meldt zich af bij ziekte: "))
            // a new agreement's stage plan carries the goals, so the company signs them
            let agreement = try await supervisor.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(agreement.body.contains("Stagedoelen: Komt elke stagedag op tijd"))
        }
    }

    @Test func theStagemapShowsEveryStageToTheStudentAndParentsAndNobodyElse() async throws {
        try await withTestApp { app, f, _ in
            // setup: a completed interim assessment (all three parts)
            let interim = try #require(try await S.plan(app, f).first?.id)
            let student = Browser(app)
            try await student.login("student")
            let fields = S.scoreFields(try await student.get("/beoordelingen/\(interim)").body)
            #expect(try await student.post("/beoordelingen/\(interim)", S.filled(fields, score: 2, approve: true)).status == .seeOther)
            let token = try await S.companyToken(app, f)
            #expect(try await Browser(app).post("/uren/\(token)/beoordelingen/\(interim)", S.filled(fields, score: 3, approve: true)).status == .seeOther)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/beoordelingen/\(interim)", S.filled(fields, score: 4, approve: true, comment: "Mooie groei")).status == .seeOther)
            // act / check: the student and a parent read the stagemap with the school's judgement
            for key in ["student", "parent", "mentor"] {
                let reader = Browser(app)
                try await reader.login(key)
                let map = try await reader.get("/leerlingen/\(f.ownStudent)/stagemap")
                #expect(map.status == .ok, "\(key)")
                #expect(map.body.contains("Tussentijdse beoordeling, afgerond") && map.body.contains("Toelichting school: Mooie groei"), "\(key)")
                #expect(map.body.contains("Vraagt om hulp als iets niet lukt") && map.body.contains("— goed"), "\(key)")
            }
            for key in ["mentor2", "coordinatorA2", "coordinatorB1"] {
                let other = Browser(app)
                try await other.login(key)
                #expect(try await other.get("/leerlingen/\(f.ownStudent)/stagemap").status == .notFound, "\(key)")
            }
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(try await leadership.get("/leerlingen/\(f.ownStudent)/stagemap").status == .forbidden)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "stagemap").count() == 3)
        }
    }

    @Test func figuresAreForLeadershipWithoutNamesAndSmallGroupsHidden() async throws {
        try await withTestApp { app, f, clock in
            // setup: two assessments planned, none done, both due by 19-12
            _ = try await S.plan(app, f)
            clock.advance(by: 90 * VisitPlanFixtures.day)
            // act
            let leadership = Browser(app)
            try await leadership.login("leadership")
            let page = try await leadership.get("/beoordelingen/cijfers")
            // check: the group of two is shown as "< 5", and no student's name appears
            #expect(page.status == .ok && page.body.contains("Voedsel") && page.body.contains("&lt; 5"))
            #expect(!page.body.contains("Sem") && !page.body.contains("de Vries"))
            #expect(try await leadership.get("/beoordelingen/cijfers?per=leerjaar").body.contains("leerjaar 3"))
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.get("/beoordelingen/cijfers").status == .forbidden)
        }
    }

    @Test func theStudentsHomePageAsksForTheSelfAssessmentAndTheSupervisorsShowsItsDueDate() async throws {
        try await withTestApp { app, f, clock in
            // setup: the interim is due on 06-11; a week before
            _ = try await S.plan(app, f)
            clock.advance(by: 40 * VisitPlanFixtures.day)   // 31 October
            try await PlacementModel.query(on: app.db).filter(\.$id == f.placementA1).set(\.$supervisorID, to: f.users["supervisor"]).update()
            // act
            let student = Browser(app)
            try await student.login("student")
            let home = try await student.get("/")
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let staffHome = try await supervisor.get("/")
            // check
            #expect(home.body.contains("vul je zelfbeoordeling in voor de tussentijdse beoordeling, uiterlijk 06-11-2026"))
            #expect(staffHome.body.contains("tussentijdse beoordeling: uiterlijk 06-11-2026"))
        }
    }
}
