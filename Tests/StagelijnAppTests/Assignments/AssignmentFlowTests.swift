import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Practical assignments: library → given → handed in → confirmed by the company → assessed")
struct AssignmentFlowTests {
    typealias A = AssignmentFixtures

    @Test func theWholeChainFromLibraryToAssessment() async throws {
        try await withTestApp { app, f, _ in
            // setup: the coordinator fills the library with two assignments for part 1
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            for title in ["Brood afwegen", "De winkel openen"] {
                let created = try await coordinator.post("/opdrachten", [
                    ("kind", "werktaak"), ("sector", "voedsel"), ("phase", "pro jaar 4-5"), ("suggestedPart", "1"),
                    ("title", title), ("instructions", "Doe dit samen met je praktijkbegeleider en schrijf op hoe het ging."),
                ])
                #expect(created.status == .seeOther)
            }
            // act: the supervisor opens the placement's assignments: both are offered for part 1, due at its end
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let offer = try await supervisor.get("/stages/\(f.placementA1)/opdrachten")
            #expect(offer.status == .ok && offer.body.contains("Opdrachten geven"))
            let templates = try await AssignmentTemplateModel.query(on: app.db).sort(\.$title).all()
            let first = try #require(templates.first?.id), second = try #require(templates.last?.id)
            #expect(offer.body.contains("value=\"\(first)\" selected") && offer.body.contains("value=\"\(second)\" selected"))
            #expect(offer.body.contains("value=\"2026-10-24\""))   // 28-09 … 18-12 in three parts: part 1 ends 24-10
            let given = try await supervisor.post("/stages/\(f.placementA1)/opdrachten", [
                ("template1", first.uuidString), ("due1", "2026-10-24"), ("template2", second.uuidString), ("due2", "2026-10-24"),
            ])
            #expect(given.status == .seeOther)
            let assignment = try #require(try await PlacementAssignmentModel.query(on: app.db).filter(\.$title == "Brood afwegen").first())
            let id = try assignment.requireID()
            // the student hands in text and a photo
            let student = Browser(app)
            try await student.login("student")
            let list = try await student.get("/stages/\(f.placementA1)/opdrachten")
            #expect(list.body.contains("Brood afwegen") && list.body.contains("nog inleveren") && !list.body.contains("Opdrachten geven"))
            let handedIn = try await student.upload("/stages/\(f.placementA1)/opdrachten/\(id)/inleveren",
                                                    fields: [("text", "Ik heb 40 broden afgewogen met de weegschaal.")],
                                                    fileName: "brood.jpg", file: A.jpeg)
            #expect(handedIn.status == .seeOther)
            #expect(try await AssignmentPhotoModel.query(on: app.db).count() == 1)
            // the photo is served back strictly, inline, to the student
            let photo = try await student.get("/stages/\(f.placementA1)/opdrachten/\(id)/foto")
            #expect(photo.status == .ok && photo.headers.first(name: .contentType) == "image/jpeg")
            #expect(photo.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(photo.headers.first(name: .contentDisposition)?.hasPrefix("inline") == true)
            // the praktijkbegeleider finds it through the hours link and confirms
            let token = try await A.companyToken(f.placementA1, on: app.db)
            let company = Browser(app)
            let hours = try await company.get("/uren/\(token)")
            #expect(hours.body.contains("/uren/\(token)/opdrachten"))
            let companyPage = try await company.get("/uren/\(token)/opdrachten")
            #expect(companyPage.body.contains("Ik heb 40 broden afgewogen") && companyPage.body.contains("Ja, gedaan op de werkplek"))
            #expect(try await company.get("/uren/\(token)/opdrachten/\(id)/foto").status == .ok)
            let confirmed = try await company.post("/uren/\(token)/opdrachten/\(id)/bevestigen", [("comment", "Netjes gedaan.")])
            #expect(confirmed.status == .seeOther)
            #expect(try await A.reload(assignment, on: app.db).confirmedBy == "Piet Bakker")
            // the supervisor sees it on their to-do list and assesses it
            let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
            placement.status = .active
            placement.supervisorID = f.users["supervisor"]
            try await placement.save(on: app.db)
            let todo = try await supervisor.get("/opdrachten/te-doen")
            #expect(todo.body.contains("Te beoordelen (1)") && todo.body.contains("Nog in te leveren door de leerling (1)"))
            let missing = try await supervisor.post("/stages/\(f.placementA1)/opdrachten/\(id)/beoordelen", [("comment", "Goed gewogen.")])
            #expect(missing.status == .badRequest && missing.body.contains("Kies nooit, oefenen, voldoende of goed.")
                    && missing.body.contains("Goed gewogen."))
            let assessed = try await supervisor.post("/stages/\(f.placementA1)/opdrachten/\(id)/beoordelen",
                                                     [("score", "voldoende"), ("comment", "Goed gewogen.")])
            #expect(assessed.status == .seeOther)
            // check: closed, visible to the student with score; the summary for the stagemap carries it; all audited
            let done = try await A.reload(assignment, on: app.db)
            #expect(done.progress.status == .assessed && done.scoreValue == .sufficient)
            let mine = try await student.get("/stages/\(f.placementA1)/opdrachten/\(id)")
            #expect(mine.body.contains("Beoordeling: voldoende") && !mine.body.contains("enctype=\"multipart/form-data\""))
            let summaries = try await AssignmentQueries.forPlacements([f.placementA1], on: app.db)[f.placementA1] ?? []
            #expect(summaries.count == 2 && summaries.contains { $0.id == id && $0.score == .sufficient && $0.confirmedBy == "Piet Bakker" })
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$entity ~~ ["assignment", "assignmentTemplate"]).all()
            #expect(audited.count == 2 + 2 + 3)   // two library items, two given, hand-in + confirmation + assessment
            let late = try await student.upload("/stages/\(f.placementA1)/opdrachten/\(id)/inleveren",
                                                fields: [("text", "Nog een versie na de beoordeling.")], fileName: "", file: Data())
            #expect(late.status == .conflict && late.body.contains("al beoordeeld"))
        }
    }

    @Test func aNewVersionWithdrawsTheCompanysConfirmation() async throws {
        try await withTestApp { app, f, _ in
            // setup: handed in and confirmed
            let assignment = try await A.assignment(f.placementA1, school: f.schoolA1, on: app.db)
            let id = try assignment.requireID()
            let student = Browser(app)
            try await student.login("student")
            try await student.upload("/stages/\(f.placementA1)/opdrachten/\(id)/inleveren",
                                     fields: [("text", "Eerste versie van mijn verslag.")], fileName: "", file: Data())
            let token = try await A.companyToken(f.placementA1, on: app.db)
            #expect(try await Browser(app).post("/uren/\(token)/opdrachten/\(id)/bevestigen", []).status == .seeOther)
            #expect(try await A.reload(assignment, on: app.db).confirmedAt != nil)
            // act
            let again = try await student.upload("/stages/\(f.placementA1)/opdrachten/\(id)/inleveren",
                                                 fields: [("text", "Tweede versie: ik heb meer geschreven.")], fileName: "", file: Data())
            // check
            #expect(again.status == .seeOther)
            let after = try await A.reload(assignment, on: app.db)
            #expect(after.confirmedAt == nil && after.handInText == "Tweede versie: ik heb meer geschreven." && !after.hasPhoto)
            let page = try await student.get("/stages/\(f.placementA1)/opdrachten/\(id)")
            #expect(page.body.contains("bevestigt je praktijkbegeleider de opdracht opnieuw"))
        }
    }
}
