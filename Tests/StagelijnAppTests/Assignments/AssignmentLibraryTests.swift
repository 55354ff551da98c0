import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Practical assignments: keeping the library, giving and taking back")
struct AssignmentLibraryTests {
    typealias A = AssignmentFixtures

    @Test func anEditedOrRetiredLibraryItemLeavesGivenAssignmentsAlone() async throws {
        try await withTestApp { app, f, _ in
            // setup: an assignment given from the library
            let given = try await A.assignment(f.placementA1, school: f.schoolA1, on: app.db)
            let template = try #require(try await AssignmentTemplateModel.query(on: app.db).filter(\.$school.$id == f.schoolA1).first())
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            // act: a wrong edit, then a real one that also retires the item
            let path = "/opdrachten/\(try template.requireID())"
            let wrong = try await supervisor.post(path, [("kind", "werktaak"), ("title", ""), ("instructions", "Nieuwe tekst")])
            let saved = try await supervisor.post(path, [("kind", "werktaak"), ("title", "Klanten helpen (nieuw)"),
                                                         ("instructions", "Nieuwe tekst voor volgend jaar."), ("archived", "ja")])
            // check: the form kept what was typed; the given assignment keeps its own text; a retired item is not offered
            #expect(wrong.status == .badRequest && wrong.body.contains("Dit veld is verplicht.") && wrong.body.contains("Nieuwe tekst"))
            #expect(saved.status == .seeOther)
            #expect(try await A.reload(given, on: app.db).title == "Een klant helpen")
            let library = try await supervisor.get("/opdrachten")
            #expect(library.body.contains("Klanten helpen (nieuw)") && library.body.contains("niet meer in gebruik"))
            let offer = try await supervisor.get("/stages/\(f.placementA1)/opdrachten")
            #expect(offer.body.contains("Opdrachten geven") && !offer.body.contains("Klanten helpen (nieuw)"))
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entity == "assignmentTemplate").filter(\.$action == "update").all()
            #expect(audit.count == 1 && audit[0].changes.contains("Klanten helpen (nieuw)"))
        }
    }

    @Test func aWrongDueDateKeepsTheChoicesAndAnUntouchedAssignmentCanBeTakenBack() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let template = try await A.template(f.schoolA1, on: app.db)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            // act: a due date that is no date
            let wrong = try await supervisor.post("/stages/\(f.placementA1)/opdrachten",
                                                  [("template1", try template.requireID().uuidString), ("due1", "morgen")])
            // check
            #expect(wrong.status == .badRequest && wrong.body.contains("Vul een inleverdatum in"))
            #expect(wrong.body.contains("value=\"\(try template.requireID())\" selected") && wrong.body.contains("value=\"morgen\""))
            #expect(try await PlacementAssignmentModel.query(on: app.db).count() == 0)
            // a given assignment nobody worked on can be taken back; one handed in cannot
            let given = try await A.assignment(f.placementA1, school: f.schoolA1, title: "Vegen", on: app.db)
            let kept = try await A.assignment(f.placementA1, school: f.schoolA1, title: "Dweilen", on: app.db)
            kept.handedInAt = Fixture.now
            kept.handInText = "Gedweild in de kantine."
            try await kept.save(on: app.db)
            let removed = try await supervisor.post("/stages/\(f.placementA1)/opdrachten/\(try given.requireID())/verwijderen")
            let refused = try await supervisor.post("/stages/\(f.placementA1)/opdrachten/\(try kept.requireID())/verwijderen")
            #expect(removed.status == .seeOther && refused.status == .conflict)
            #expect(try await PlacementAssignmentModel.query(on: app.db).all().map(\.title) == ["Dweilen"])
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "assignment").filter(\.$action == "delete").count() == 1)
        }
    }
}
