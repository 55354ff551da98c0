import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

enum StageLineSteps {
    static func setStudent(_ id: UUID, type: SchoolType, year: Int, on db: any Database) async throws {
        let student = try #require(try await StudentModel.find(id, on: db))
        student.schoolType = type
        student.schoolYearLevel = year
        try await student.save(on: db)
    }

    static func auditCount(_ entity: String, on db: any Database) async throws -> Int {
        try await AuditEntryModel.query(on: db).filter(\.$entity == entity).count()
    }
}

@Suite("Stage line: the interest test on a phone, advice and decisions, VSO step up, access")
struct StageLineFlowTests {
    typealias S = StageLineSteps

    @Test func aYearTwoStudentDoesTheInterestTestAndItFeedsTheSectorInterests() async throws {
        try await withTestApp { app, f, _ in
            try await S.setStudent(f.ownStudent, type: .praktijkonderwijs, year: 2, on: app.db)
            let student = Browser(app)
            try await student.login("student")
            let home = try await student.get("/")
            #expect(home.body.contains("Doe de interessetest") && home.body.contains("Jouw stagelijn"))
            #expect(try await student.get("/interessetest").body.contains("30 korte zinnen"))
            let started = try await student.post("/interessetest/start")
            #expect(started.location == "/interessetest/vraag/1")
            // a post without an answer keeps the student on the question with a message
            let empty = try await student.post("/interessetest/vraag/1")
            #expect(empty.status == .badRequest && empty.body.contains("Kies een van de drie knoppen."))
            var last = started
            for (index, item) in StandardInterestItems.items.enumerated() {
                let page = try await student.get("/interessetest/vraag/\(index + 1)")
                #expect(page.body.contains(item.statement.components(separatedBy: "'")[0]), "\(item.key)")
                let answer = [Sector.logistics, .food].contains(item.sector) ? "leuk" : item.sector == .green ? "weet-niet" : "niet-leuk"
                last = try await student.post("/interessetest/vraag/\(index + 1)", [("answer", answer)])
            }
            #expect(last.location == "/interessetest/uitslag")
            let result = try await student.get("/interessetest/uitslag")
            #expect(result.body.contains("Logistiek en Voedsel"))
            // check: the sector interests the matching reads lead with the two proposed, the earlier interest kept
            let stored = try #require(try await StudentModel.find(f.ownStudent, on: app.db))
            #expect(stored.sectorInterests == "logistiek,voedsel,groen")
            let steps = try await StageLineStepModel.query(on: app.db).filter(\.$student.$id == f.ownStudent).all()
            #expect(steps.map(\.stepKey) == ["interessetest"] && steps[0].status == "afgerond")
            #expect(try await S.auditCount("interest_answer", on: app.db) == 30)
            #expect(try await S.auditCount("interest_test", on: app.db) == 2)
            #expect(!(try await student.get("/").body.contains("Doe de interessetest")))
            // the parent reads the result on the trajectory page but cannot do the test
            let parent = Browser(app)
            try await parent.login("parent")
            #expect(try await parent.get("/interessetest").status == .forbidden)
            let line = try await parent.get("/leerlingen/\(f.ownStudent)/stagelijn")
            #expect(line.status == .ok && line.body.contains("Voorstel: ") && line.body.contains("Logistiek en Voedsel"))
            #expect(!line.body.contains("vastleggen"))
        }
    }

    @Test func aCoordinatorRecordsAProvisionalAdviceAWrongFormKeepsWhatWasTyped() async throws {
        try await withTestApp { app, f, _ in
            try await S.setStudent(f.ownStudent, type: .praktijkonderwijs, year: 2, on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let path = "/leerlingen/\(f.ownStudent)/stagelijn"
            #expect(try await coordinator.get("/leerlingen/\(f.ownStudent)").body.contains(path))
            // act: without the student among the participants and without a reason
            let wrong = try await coordinator.post(path + "/besluit", [("kind", "voorlopig-advies"), ("outcome", "groepsstage"),
                                                                      ("participants[]", "ouders"), ("reason", "")])
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.contains("Het voorlopig advies wordt met de leerling besproken") && wrong.body.contains("Schrijf kort op waarom"))
            #expect(try await StageLineDecisionModel.query(on: app.db).count() == 0)
            let done = try await coordinator.post(path + "/besluit", [("kind", "voorlopig-advies"), ("outcome", "groepsstage"),
                                                                     ("participants[]", "leerling"), ("participants[]", "ouders"),
                                                                     ("reason", "Sociaal nog onzeker; eerst in een kleine groep.")])
            #expect(done.status == .seeOther)
            let decision = try #require(try await StageLineDecisionModel.query(on: app.db).first())
            #expect(decision.participants == "leerling,ouders" && decision.decidedByName == "Test coordinator" && decision.decidedOn == "2026-09-21")
            #expect(try await S.auditCount("stage_line_decision", on: app.db) == 1)
            let page = try await coordinator.get(path)
            #expect(page.body.contains("Voorlopig stage-advies: groepsstage") && page.body.contains("Sociaal nog onzeker"))
            // year 2: the group stage (year 3 and room) is not offered yet; starting it anyway is refused
            #expect(try await coordinator.post(path + "/stap", [("step", "groepsstage")]).status == .seeOther)
            #expect(try await StageLineStepModel.query(on: app.db).count() == 0)
        }
    }

    @Test func aVSOStudentMovesFromBISToBESByDecision() async throws {
        try await withTestApp { app, f, _ in
            try await S.setStudent(f.ownStudent, type: .vso, year: 2, on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let path = "/leerlingen/\(f.ownStudent)/stagelijn"
            #expect(try await coordinator.post(path + "/stap", [("step", "bis")]).status == .seeOther)
            // the step up needs a profile first
            let early = try await coordinator.post(path + "/besluit", [("kind", "doorstroom"), ("outcome", "bes"),
                                                                      ("participants[]", "leerling"), ("reason", "Klaar voor buiten")])
            #expect(early.status == .badRequest && early.body.contains("Kies eerst een profiel"))
            #expect(try await coordinator.post(path + "/besluit", [("kind", "profiel"), ("outcome", "Groen"), ("participants[]", "leerling"),
                                                                   ("reason", "Werkt graag buiten")]).status == .seeOther)
            let up = try await coordinator.post(path + "/besluit", [("kind", "doorstroom"), ("outcome", "bes"), ("participants[]", "leerling"),
                                                                   ("participants[]", "jobcoach"), ("reason", "Werkt zelfstandig in de schoolkeuken")])
            #expect(up.status == .seeOther)
            let steps = try await StageLineStepModel.query(on: app.db).filter(\.$student.$id == f.ownStudent).sort(\.$createdAt).all()
            #expect(steps.map(\.stepKey) == ["bis", "bes"])
            #expect(steps.map(\.status) == ["afgerond", "bezig"] && steps[0].outcome == "doorgestroomd")
            let page = try await coordinator.get(path)
            #expect(page.body.contains("Bezig met: Begeleide externe stage (BES)"))
            #expect(page.body.contains("Doorstroom: naar BES (begeleide externe stage)") && page.body.contains("leerling, jobcoach"))
            // the student reads the same line in their own words
            let student = Browser(app)
            try await student.login("student")
            let own = try await student.get(path)
            #expect(own.body.contains("Jouw stagelijn") && own.body.contains("Bezig met: Begeleide externe stage (BES)"))
            #expect(try await student.post(path + "/besluit", [("kind", "doorstroom"), ("outcome", "zes")]).status == .forbidden)
            #expect(try await S.auditCount("stage_line_step", on: app.db) == 3)
        }
    }

    @Test func anotherSchoolOrAnotherClassGetsNotFoundLeadershipNoAccess() async throws {
        try await withTestApp { app, f, _ in
            let path = "/leerlingen/\(f.ownStudent)/stagelijn"
            let other = Browser(app)
            try await other.login("coordinatorA2")
            #expect(try await other.get(path).status == .notFound)
            #expect(try await other.post(path + "/stap", [("step", "interne-stage")]).status == .notFound)
            let mentor2 = Browser(app)
            try await mentor2.login("mentor2")
            #expect(try await mentor2.get(path).status == .notFound)
            let mentor = Browser(app)
            try await mentor.login("mentor")
            #expect(try await mentor.get(path).status == .ok)
            #expect(try await mentor.post(path + "/stap", [("step", "interne-stage")]).status == .forbidden)
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.get("/leerlingen/\(f.otherStudent)/stagelijn").status == .notFound)
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(try await leadership.get(path).status == .forbidden)
            #expect(try await leadership.get("/groepsstage").status == .forbidden)
        }
    }
}
