import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Assessments: student, praktijkbegeleider through the link, school; an edit withdraws later approvals")
struct AssessmentFlowTests {
    typealias S = AssessmentSteps

    @Test func theSupervisorPlansAnInterimHalfwayAndAFinalInTheLastWeek() async throws {
        try await withTestApp { app, f, _ in
            // act
            let planned = try await S.plan(app, f)
            // check: the period runs 28-09 to 18-12-2026; halfway is Saturday 07-11, so Friday 06-11
            #expect(planned.map(\.kind) == ["tussentijds", "eind"])
            #expect(planned.map(\.dueOn) == ["2026-11-06", "2026-12-18"])
            // the school's goals for the phase are fixed on the placement, so they have keys in the assessments
            #expect(try await PlacementGoalModel.query(on: app.db).filter(\.$placement.$id == f.placementA1).count() == 3)
            // planning twice adds nothing
            #expect(try await S.plan(app, f).count == 2)
        }
    }

    @Test func threePartsApproveInTurnAndTheSupervisorSeesThemSideBySide() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let interim = try #require(try await S.plan(app, f).first?.id)
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.post("/stages/\(f.placementA1)/doelen", [("goal", "harder praten")]).status == .seeOther)
            let form = try await student.get("/beoordelingen/\(interim)")
            let fields = S.scoreFields(form.body)
            #expect(form.status == .ok && form.body.contains("harder praten (persoonlijk doel)"))
            let expected = 29 // 15 items in the five areas, 10 core skills, 3 school goals, 1 personal goal
            #expect(fields.count == expected)
            // act: the praktijkbegeleider cannot approve before the student
            let token = try await S.companyToken(app, f)
            let company = Browser(app)
            let early = try await company.post("/uren/\(token)/beoordelingen/\(interim)", S.filled(fields, score: 3, approve: true))
            #expect(early.status == .seeOther)
            let waiting = try await company.get("/uren/\(token)/beoordelingen")
            #expect(waiting.body.contains("Opgeslagen, maar nog niet goedgekeurd: Eerst keurt de leerling (zelfbeoordeling) goed."))
            // the student approves with one item open: refused, what was typed is kept
            let incomplete = try await student.post("/beoordelingen/\(interim)", S.filled(fields, score: 2, skip: 1, approve: true, comment: "Ik vind het spannend"))
            #expect(incomplete.status == .badRequest && incomplete.body.contains("Nog 1 onderdeel zonder score"))
            #expect(incomplete.body.contains("Ik vind het spannend") && incomplete.body.contains("checked"))
            #expect(try await student.post("/beoordelingen/\(interim)", S.filled(fields, score: 2, approve: true)).status == .seeOther)
            #expect(try await company.post("/uren/\(token)/beoordelingen/\(interim)", S.filled(fields, score: 3, approve: true)).status == .seeOther)
            // check: the supervisor sees both parts next to each other and approves the school's part
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let sheet = try await supervisor.get("/beoordelingen/\(interim)")
            #expect(sheet.body.contains("Leerling: </span>oefenen") && sheet.body.contains("Praktijkbegeleider: </span>voldoende"))
            #expect(sheet.body.contains("goedgekeurd door Test student") && sheet.body.contains("goedgekeurd door Piet Bakker"))
            #expect(try await supervisor.post("/beoordelingen/\(interim)", S.filled(fields, score: 3, approve: true)).status == .seeOther)
            let done = try #require(try await AssessmentModel.find(interim, on: app.db))
            #expect(done.completedOn == "2026-09-21")
            // act: the praktijkbegeleider changes a score after everyone approved
            var changed = S.filled(fields, score: 3, approve: false)
            changed[0].1 = "4"
            #expect(try await company.post("/uren/\(token)/beoordelingen/\(interim)", changed).status == .seeOther)
            // check: their own and the school's approvals are withdrawn, the student's stays, and the page says so
            let after = try await company.get("/uren/\(token)/beoordelingen")
            #expect(after.body.contains("is de goedkeuring ingetrokken van: stagebegeleider (school)"))
            let parts = try await AssessmentPartModel.query(on: app.db).filter(\.$assessment.$id == interim).all()
            #expect(Set(parts.filter { $0.approvedAt != nil }.map(\.perspective)) == ["leerling"])
            #expect(try await AssessmentModel.find(interim, on: app.db)?.completedOn == nil)
            // every read of the assessment is in the audit log: the student's and the supervisor's
            let reads = try await AuditEntryModel.query(on: app.db).filter(\.$entity == "assessment").filter(\.$action == "read").all()
            #expect(Set(reads.map(\.actorName)).isSuperset(of: ["Test student", "Test supervisor"]))
        }
    }

    @Test func anApprovedFinalAssessmentIsLocked() async throws {
        try await withTestApp { app, f, _ in
            // setup: all three approve the final assessment
            let final = try #require(try await S.plan(app, f).last?.id)
            let student = Browser(app)
            try await student.login("student")
            let fields = S.scoreFields(try await student.get("/beoordelingen/\(final)").body)
            #expect(try await student.post("/beoordelingen/\(final)", S.filled(fields, score: 3, approve: true)).status == .seeOther)
            let token = try await S.companyToken(app, f)
            #expect(try await Browser(app).post("/uren/\(token)/beoordelingen/\(final)", S.filled(fields, score: 4, approve: true)).status == .seeOther)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/beoordelingen/\(final)", S.filled(fields, score: 4, approve: true)).status == .seeOther)
            // act
            let edit = try await student.post("/beoordelingen/\(final)", S.filled(fields, score: 1, approve: false))
            // check
            #expect(edit.status == .badRequest && edit.body.contains("staat vast in de stagemap"))
            let page = try await student.get("/beoordelingen/\(final)")
            #expect(S.scoreFields(page.body).isEmpty, "a locked assessment shows no form")
            let studentPart = try await AssessmentPartModel.query(on: app.db).filter(\.$assessment.$id == final).filter(\.$perspective == "leerling").first()
            #expect(studentPart?.scores.contains("\":3") == true && studentPart?.scores.contains("\":1") == false)
        }
    }
}
