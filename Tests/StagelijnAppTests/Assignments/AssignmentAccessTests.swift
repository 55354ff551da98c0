import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Practical assignments: bad photos, other schools and students, other links, parents")
struct AssignmentAccessTests {
    typealias A = AssignmentFixtures

    @Test func aFileThatIsNoPhotoOrTooLargeIsRefusedInDutchKeepingTheText() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let assignment = try await A.assignment(f.placementA1, school: f.schoolA1, on: app.db)
            let path = "/stages/\(f.placementA1)/opdrachten/\(try assignment.requireID())/inleveren"
            let student = Browser(app)
            try await student.login("student")
            let text = "Ik heb de kassa geteld & het klopte."
            // act: an HTML page named like a photo, then a real JPEG over 5 MB
            let fake = try await student.upload(path, fields: [("text", text)], fileName: "foto.jpg",
                                                file: Data("<html><script>alert(1)</script></html>".utf8))
            let big = try await student.upload(path, fields: [("text", text)], fileName: "groot.jpg",
                                               file: A.jpeg + Data(count: PhotoUpload.maxBytes))
            // check: the form again with a Dutch message and what was typed; nothing stored
            #expect(fake.status == .badRequest && fake.body.contains("Dit bestand is geen foto die we kunnen tonen."))
            #expect(big.status == .badRequest && big.body.contains("De foto is te groot") && big.body.contains("hoogstens 5 MB"))
            for page in [fake, big] {
                #expect(page.body.contains("Ik heb de kassa geteld &amp; het klopte.") && page.body.contains("kies de foto opnieuw"))
            }
            let stored = try await A.reload(assignment, on: app.db)
            #expect(stored.handedInAt == nil && stored.handInText == nil && !stored.hasPhoto)
            #expect(try await AssignmentPhotoModel.query(on: app.db).count() == 0)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "assignment").filter(\.$action == "update").count() == 0)
        }
    }

    @Test func anotherStudentsOrAnotherSchoolsAssignmentIsNotThere() async throws {
        try await withTestApp { app, f, _ in
            // setup: Noor (another student of A1) and Daan (school A2) each have a placement with an assignment
            let noorPlacement = PlacementModel(schoolID: f.schoolA1, studentID: f.otherStudent, positionID: f.positionA,
                                               periodID: f.periodA1, status: .active)
            try await noorPlacement.create(on: app.db)
            let noor = try await A.assignment(try noorPlacement.requireID(), school: f.schoolA1, on: app.db)
            let daan = try await A.assignment(f.placementA2, school: f.schoolA2, on: app.db)
            let noorPath = "/stages/\(try noorPlacement.requireID())/opdrachten/\(try noor.requireID())"
            let daanPath = "/stages/\(f.placementA2)/opdrachten/\(try daan.requireID())"
            let student = Browser(app)
            try await student.login("student")
            // act / check: Sem reaches neither Noor's nor Daan's assignment, nor Noor's through his own placement
            #expect(try await student.get(noorPath).status == .notFound)
            #expect(try await student.get("/stages/\(f.placementA1)/opdrachten/\(try noor.requireID())").status == .notFound)
            #expect(try await student.get(noorPath + "/foto").status == .notFound)
            let handIn = try await student.upload(noorPath + "/inleveren", fields: [("text", "Ik lever in voor een ander.")],
                                                  fileName: "", file: Data())
            #expect(handIn.status == .notFound)
            #expect(try await student.get(daanPath).status == .notFound)
            // the coordinator of school B1 and the supervisor of A1 cannot reach school A2's assignment
            let coordinatorB1 = Browser(app)
            try await coordinatorB1.login("coordinatorB1")
            #expect(try await coordinatorB1.get(daanPath).status == .notFound)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post(daanPath + "/beoordelen", [("score", "goed"), ("comment", "Top")]).status == .notFound)
            // a mentor reads only their own class; the library item of another school is not there either
            let mentor2 = Browser(app)
            try await mentor2.login("mentor2")
            #expect(try await mentor2.get("/stages/\(f.placementA1)/opdrachten").status == .notFound)
            #expect(try await mentor2.get(noorPath).status == .ok)
            let otherLibrary = try await A.template(f.schoolA2, title: "Van school A2", on: app.db)
            #expect(try await supervisor.get("/opdrachten/\(try otherLibrary.requireID())").status == .notFound)
            #expect(!(try await supervisor.get("/opdrachten").body.contains("Van school A2")))
            let untouched = try await A.reload(noor, on: app.db)
            #expect(untouched.handedInAt == nil)
            #expect(try await A.reload(daan, on: app.db).assessedAt == nil)
        }
    }

    @Test func theLinkOfAnotherPlacementCannotConfirmOrSee() async throws {
        try await withTestApp { app, f, _ in
            // setup: Sem handed in; the praktijkbegeleider of Daan (school A2) has a link for Daan only
            let assignment = try await A.assignment(f.placementA1, school: f.schoolA1, on: app.db)
            let id = try assignment.requireID()
            let student = Browser(app)
            try await student.login("student")
            try await student.upload("/stages/\(f.placementA1)/opdrachten/\(id)/inleveren",
                                     fields: [("text", "Ik heb de vloer gedweild.")], fileName: "vloer.jpg", file: A.jpeg)
            let otherToken = try await A.companyToken(f.placementA2, name: "Karin Visser", on: app.db)
            let other = Browser(app)
            // act
            let list = try await other.get("/uren/\(otherToken)/opdrachten")
            let confirm = try await other.post("/uren/\(otherToken)/opdrachten/\(id)/bevestigen", [])
            let photo = try await other.get("/uren/\(otherToken)/opdrachten/\(id)/foto")
            let forged = try await other.post("/uren/\(String(repeating: "x", count: 43))/opdrachten/\(id)/bevestigen", [])
            // check
            #expect(list.status == .ok && !list.body.contains("vloer gedweild"))
            #expect(confirm.status == .notFound && photo.status == .notFound && forged.status == .notFound)
            #expect(try await A.reload(assignment, on: app.db).confirmedAt == nil)
            // the right link can, once
            let token = try await A.companyToken(f.placementA1, on: app.db)
            #expect(try await Browser(app).post("/uren/\(token)/opdrachten/\(id)/bevestigen", []).status == .seeOther)
            #expect(try await A.reload(assignment, on: app.db).confirmedBy == "Piet Bakker")
        }
    }

    @Test func aParentReadsButCannotHandInAndTheStudentCannotAssess() async throws {
        try await withTestApp { app, f, _ in
            // setup
            let assignment = try await A.assignment(f.placementA1, school: f.schoolA1, on: app.db)
            let path = "/stages/\(f.placementA1)/opdrachten/\(try assignment.requireID())"
            let parent = Browser(app)
            try await parent.login("parent")
            // act
            let read = try await parent.get(path)
            let handIn = try await parent.upload(path + "/inleveren", fields: [("text", "Ik lever in voor mijn kind.")],
                                                 fileName: "", file: Data())
            let student = Browser(app)
            try await student.login("student")
            let selfAssess = try await student.post(path + "/beoordelen", [("score", "goed"), ("comment", "Ik vond het goed gaan.")])
            let assign = try await student.post("/stages/\(f.placementA1)/opdrachten", [("template1", UUID().uuidString), ("due1", "2026-10-30")])
            let library = try await student.post("/opdrachten", [("kind", "leertaak"), ("title", "Eigen opdracht"), ("instructions", "x")])
            // check
            #expect(read.status == .ok && read.body.contains("Een klant helpen") && !read.body.contains("Inleveren</button>"))
            #expect(handIn.status == .forbidden)
            #expect(selfAssess.status == .forbidden && assign.status == .forbidden && library.status == .forbidden)
            let stored = try await A.reload(assignment, on: app.db)
            #expect(stored.handedInAt == nil && stored.assessedAt == nil)
            #expect(try await AssignmentTemplateModel.query(on: app.db).count() == 1)
        }
    }
}
