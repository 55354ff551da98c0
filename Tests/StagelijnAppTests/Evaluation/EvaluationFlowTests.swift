import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// Shared steps: the fixture's stage with a praktijkbegeleider's link and a supervisor, then completed.
enum EvaluationSteps {
    static func completedStage(_ app: Application, _ f: Fixture) async throws {
        try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
        let supervisor = Browser(app)
        try await supervisor.login("supervisor")
        #expect(try await supervisor.post("/stages/\(f.placementA1)/uren/link",
                                          [("companyName", "Piet Bakker"), ("companyEmail", "piet@bakkerij.example")]).status == .seeOther)
        _ = try await Mailbox.deliver(app)
        let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
        placement.supervisorID = f.users["supervisor"]
        try await placement.save(on: app.db)
        try await VisitPlanFixtures.setStatus(.completed, f.placementA1, on: app.db)
    }

    static func evaluation(_ app: Application, _ f: Fixture, _ perspective: EvaluationPerspective) async throws -> UUID {
        try #require(try await EvaluationModel.query(on: app.db).filter(\.$placement.$id == f.placementA1)
            .filter(\.$perspective == perspective.rawValue).first()?.id)
    }

    /// A filled form for `perspective`: every scale 4, the mark 8, unless overridden.
    static func answers(_ perspective: EvaluationPerspective, _ overrides: [String: String] = [:]) -> [(String, String)] {
        StandardEvaluationBank.content.items(for: perspective).map { item in
            (item.key, overrides[item.key] ?? (item.kind == .open ? "" : item.kind == .mark ? "8" : "4"))
        }
    }
}

@Suite("Evaluation: opened when a stage ends, answered by student and praktijkbegeleider, access, reminders")
struct EvaluationFlowTests {
    typealias S = EvaluationSteps

    @Test func aCompletedStageOpensItsEvaluationsOnceEvenWithTwoServers() async throws {
        try await withTestApp { app, f, clock in
            // setup
            try await S.completedStage(app, f)
            // act
            let first = try await EvaluationAutomation.runDue(now: clock.now(), on: app.db)
            let again = try await EvaluationAutomation.runDue(now: clock.now(), on: app.db)
            // a second app server that checked before the first one committed: the unique key refuses the whole moment
            let secondServer = try await EvaluationAutomation.open(f.placementA1, moment: .final, now: clock.now(), on: app.db)
            // check
            #expect(first.opened == 1 && again.opened == 0 && !secondServer)
            let all = try await EvaluationModel.query(on: app.db).filter(\.$placement.$id == f.placementA1).all()
            #expect(Set(all.map(\.perspective)) == Set(EvaluationPerspective.allCases.map(\.rawValue)))
            #expect(all.count == 4 && all.allSatisfy { $0.moment == "eind" })
            let mails = try await Mailbox.deliver(app)
            #expect(mails.count == 1 && mails[0].recipient == "piet@bakkerij.example")
            #expect(mails[0].body.contains("/evaluatie") && Mailbox.token("uren", in: mails[0].body) != nil)
        }
    }

    @Test func theStudentAnswersInTheAppAWrongFormKeepsWhatWasTyped() async throws {
        try await withTestApp { app, f, clock in
            try await S.completedStage(app, f)
            try await EvaluationAutomation.runDue(now: clock.now(), on: app.db)
            let id = try await S.evaluation(app, f, .student)
            let student = Browser(app)
            try await student.login("student")
            let home = try await student.get("/")
            #expect(home.body.contains("Evaluatie invullen") && home.body.contains("/evaluaties/\(id)"))
            // act: mark 11 and one statement left open
            let wrong = try await student.post("/evaluaties/\(id)", S.answers(.student, ["cijfer": "11", "afspraken": "", "goed": "Lekker bakken"]))
            // check
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.contains("Geef een cijfer van 1 tot en met 10.") && wrong.body.contains("Kies een antwoord."))
            #expect(wrong.body.contains("Lekker bakken"))
            #expect(try await EvaluationAnswerModel.query(on: app.db).count() == 0)
            let done = try await student.post("/evaluaties/\(id)", S.answers(.student, ["goed": "Lekker bakken"]))
            #expect(done.status == .ok && done.body.contains("Bedankt voor het invullen"))
            #expect(try await EvaluationModel.find(id, on: app.db)?.answeredAt != nil)
            #expect(!(try await student.get("/").body.contains("Evaluatie invullen")))
            // answering twice is refused
            #expect(try await student.post("/evaluaties/\(id)", S.answers(.student)).status == .badRequest)
        }
    }

    @Test func thePraktijkbegeleiderAnswersViaTheLinkAndSeesOwnNextToTheAverage() async throws {
        try await withTestApp { app, f, clock in
            try await S.completedStage(app, f)
            try await EvaluationAutomation.runDue(now: clock.now(), on: app.db)
            let mail = try #require(try await Mailbox.deliver(app).first)
            let token = try #require(Mailbox.token("uren", in: mail.body))
            let student = Browser(app)
            try await student.login("student")
            _ = try await student.post("/evaluaties/\(try await S.evaluation(app, f, .student))", S.answers(.student, ["goed": "Geheim voor het bedrijf"]))
            let company = Browser(app)
            let form = try await company.get("/uren/\(token)/evaluatie")
            #expect(form.status == .ok && form.body.contains("Rapportcijfer voor deze stage"))
            #expect(try await company.post("/uren/\(token)/evaluatie", S.answers(.workplaceMentor, ["cijfer": "0"])).status == .badRequest)
            // act
            let saved = try await company.post("/uren/\(token)/evaluatie", S.answers(.workplaceMentor, ["cijfer": "7"]))
            // check: own answer next to the school's average, which has too few answers to show
            #expect(saved.status == .seeOther)
            let result = try await company.get("/uren/\(token)/evaluatie")
            #expect(result.body.contains("Uw antwoord") && result.body.contains("&lt; 5 antwoorden") && result.body.contains("<td>7</td>"))
            #expect(!result.body.contains("Geheim voor het bedrijf"), "the student's answers are not shown to the company")
            #expect(try await company.get("/uren/not-a-real-token-not-a-real-token-not-a-real/evaluatie").status == .notFound)
        }
    }

    @Test func othersCannotOpenAStudentsEvaluation() async throws {
        try await withTestApp { app, f, clock in
            try await S.completedStage(app, f)
            try await EvaluationAutomation.runDue(now: clock.now(), on: app.db)
            let studentEvaluation = try await S.evaluation(app, f, .student)
            let coordinatorEvaluation = try await S.evaluation(app, f, .coordinator)
            for key in ["coordinatorA2", "coordinatorB1", "supervisor"] {
                let other = Browser(app)
                try await other.login(key)
                #expect(try await other.get("/evaluaties/\(studentEvaluation)").status == .notFound, "\(key)")
            }
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.get("/evaluaties/\(coordinatorEvaluation)").status == .notFound)
            #expect(try await student.post("/evaluaties/\(coordinatorEvaluation)", S.answers(.coordinator)).status == .notFound)
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(try await leadership.get("/evaluaties/\(studentEvaluation)").status == .forbidden)
            #expect(try await leadership.get("/evaluaties/respons").status == .ok)
            // the coordinator of the school reads the answers and the response without names
            _ = try await student.post("/evaluaties/\(studentEvaluation)", S.answers(.student, ["beter": "Meer uitleg"]))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/evaluaties/\(studentEvaluation)").body.contains("Meer uitleg"))
            let response = try await coordinator.get("/evaluaties/respons")
            #expect(response.body.contains("100 % (1 van 1)") && !response.body.contains("Sem"))
        }
    }

    @Test func atMostTwoRemindersSevenDaysApart() async throws {
        try await withTestApp { app, f, clock in
            try await S.completedStage(app, f)
            let start = clock.now()
            try await EvaluationAutomation.runDue(now: start, on: app.db)
            _ = try await Mailbox.deliver(app, now: start)
            let day = { (n: Double) in start.addingTimeInterval(n * 24 * 3600) }
            #expect(try await EvaluationAutomation.runDue(now: day(6), on: app.db).reminders == 0)
            #expect(try await EvaluationAutomation.runDue(now: day(7), on: app.db).reminders == 4)
            let mails = try await Mailbox.deliver(app, now: day(7))
            #expect(mails.contains { $0.recipient == "piet@bakkerij.example" && $0.subject.hasPrefix("Herinnering") && $0.body.contains("/evaluatie") })
            #expect(try await EvaluationAutomation.runDue(now: day(14), on: app.db).reminders == 4)
            #expect(try await EvaluationAutomation.runDue(now: day(30), on: app.db).reminders == 0)
            let counts = try await EvaluationModel.query(on: app.db).all().map(\.remindersSent)
            #expect(counts == [2, 2, 2, 2])
        }
    }
}
