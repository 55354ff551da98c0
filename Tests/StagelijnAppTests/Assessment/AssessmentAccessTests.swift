import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Assessments: who reads, who writes, what the company cannot offer, versioned forms")
struct AssessmentAccessTests {
    typealias S = AssessmentSteps

    @Test func parentsAndMentorsReadOthersOfTheSchoolOrAnotherSchoolFindNothing() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let interim = try #require(try await S.plan(app, f).first?.id)
            // act / check: the parent and the class mentor read but cannot write
            for key in ["parent", "mentor", "careCoordinator"] {
                let reader = Browser(app)
                try await reader.login(key)
                let page = try await reader.get("/beoordelingen/\(interim)")
                #expect(page.status == .ok && S.scoreFields(page.body).isEmpty, "\(key) reads without a form")
                #expect(try await reader.post("/beoordelingen/\(interim)", [("action", "opslaan")]).status == .forbidden, "\(key)")
                #expect(try await reader.post("/stages/\(f.placementA1)/doelen", [("goal", "iets anders")]).status == .forbidden, "\(key)")
            }
            // another class's mentor, another school of the board, another board, leadership: nothing
            for key in ["mentor2", "coordinatorA2", "coordinatorB1"] {
                let other = Browser(app)
                try await other.login(key)
                #expect(try await other.get("/beoordelingen/\(interim)").status == .notFound, "\(key)")
                #expect(try await other.get("/stages/\(f.placementA1)/beoordelingen").status == .notFound, "\(key)")
            }
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(try await leadership.get("/beoordelingen/\(interim)").status == .forbidden)
            // a student cannot plan, and cannot read another student's assessment
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.post("/stages/\(f.placementA1)/beoordelingen/plannen").status == .forbidden)
            let noorPlacement = PlacementModel(schoolID: f.schoolA1, studentID: f.otherStudent, positionID: f.positionA, periodID: f.periodA1, status: .active)
            try await noorPlacement.create(on: app.db)
            let noorAssessment = AssessmentModel()
            noorAssessment.$placement.id = try noorPlacement.requireID()
            noorAssessment.$form.id = try #require(try await AssessmentModel.find(interim, on: app.db)?.$form.id)
            noorAssessment.kind = "tussentijds"
            noorAssessment.dueOn = "2026-11-06"
            try await noorAssessment.create(on: app.db)
            #expect(try await student.get("/beoordelingen/\(try noorAssessment.requireID())").status == .notFound)
            // the praktijkbegeleider's link reaches only its own placement's assessments
            let token = try await S.companyToken(app, f)
            #expect(try await Browser(app).get("/uren/\(token)/beoordelingen/\(try noorAssessment.requireID())").status == .notFound)
            #expect(try await Browser(app).get("/uren/\(token)/beoordelingen/\(interim)").status == .ok)
        }
    }

    @Test func whatTheCompanyCannotOfferNeedsAnAlternativeAndShowsOnTheAssessment() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let interim = try #require(try await S.plan(app, f).first?.id)
            let token = try await S.companyToken(app, f)
            let company = Browser(app)
            let page = try await company.get("/uren/\(token)/kan-niet-bieden")
            let customers = FormVersioning.key(area: .coreWorkSkills, text: "Gaat netjes om met klanten")
            #expect(page.status == .ok && page.body.contains("Gaat netjes om met klanten"))
            // act: "n.v.t." is not an alternative
            let refused = try await company.post("/uren/\(token)/kan-niet-bieden", [("gap.\(customers)", "ja"), ("alt.\(customers)", "n.v.t.")])
            #expect(refused.status == .badRequest && refused.body.contains("kan niet"))
            #expect(try await OfferGapModel.query(on: app.db).count() == 0)
            let saved = try await company.post("/uren/\(token)/kan-niet-bieden",
                                               [("gap.\(customers)", "ja"), ("alt.\(customers)", "Collega's in het magazijn helpen met bestellingen")])
            // check
            #expect(saved.status == .seeOther)
            let sheet = try await company.get("/uren/\(token)/beoordelingen/\(interim)")
            #expect(sheet.body.contains("Afgesproken alternatief: Collega") && sheet.body.contains("s in het magazijn helpen"))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/stages/\(f.placementA1)/beoordelingen").body.contains("Wat het bedrijf niet kan bieden"))
        }
    }

    @Test func editingAFormInUseMakesANewVersionAndOldAssessmentsKeepTheirs() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let planned = try await S.plan(app, f)
            let formID = try #require(planned.first?.$form.id)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let edit = try await coordinator.get("/beoordelingen/formulieren/\(formID)/bewerken")
            #expect(edit.status == .ok && edit.body.contains("versie 2"))
            let version = try #require(try await FormLibrary(db: app.db).find(formID, board: f.boardA))
            var fields = FormPages.fields(of: version)
            // act: a wrong line names its line number and keeps the text; then a valid change
            let wrong = try await coordinator.post("/beoordelingen/formulieren/\(formID)/bewerken",
                                                   [("title", fields["title"]!), ("audience", "pro"), ("items", fields["items"]! + "\nkoken: Bakt brood")])
            #expect(wrong.status == .badRequest && wrong.body.contains("Regel 26") && wrong.body.contains("Bakt brood"))
            fields["items"]! += "\narbeid: Houdt de koelcel schoon"
            let saved = try await coordinator.post("/beoordelingen/formulieren/\(formID)/bewerken",
                                                   [("title", fields["title"]!), ("audience", "pro"), ("items", fields["items"]!)])
            // check
            #expect(saved.status == .seeOther)
            let versions = try await AssessmentFormModel.query(on: app.db).filter(\.$familyID == version.model.familyID).sort(\.$version).all()
            #expect(versions.map(\.version) == [1, 2])
            #expect(FormLibrary.content(of: versions[0]).items.count == 25 && FormLibrary.content(of: versions[1]).items.count == 26)
            #expect(try await AssessmentModel.query(on: app.db).filter(\.$form.$id == formID).count() == 2)
            // the other school of the board shares the forms; another board does not see them
            let a2 = Browser(app)
            try await a2.login("coordinatorA2")
            #expect(try await a2.get("/beoordelingen/formulieren").body.contains("Beoordeling praktijkonderwijs"))
            let b1 = Browser(app)
            try await b1.login("coordinatorB1")
            #expect(try await b1.get("/beoordelingen/formulieren/\(formID)").status == .notFound)
            // a student never opens the form library
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.get("/beoordelingen/formulieren").status == .forbidden)
        }
    }
}
