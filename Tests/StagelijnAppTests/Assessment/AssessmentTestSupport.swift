import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

/// Shared steps of the assessment tests: plan the defaults, open the praktijkbegeleider's link, fill every item.
enum AssessmentSteps {
    /// The supervisor plans the default assessments of the fixture's placement; returns them by due date.
    static func plan(_ app: Application, _ f: Fixture) async throws -> [AssessmentModel] {
        try await VisitPlanFixtures.setStatus(.active, f.placementA1, on: app.db)
        let supervisor = Browser(app)
        try await supervisor.login("supervisor")
        #expect(try await supervisor.post("/stages/\(f.placementA1)/beoordelingen/plannen").status == .seeOther)
        return try await AssessmentModel.query(on: app.db).filter(\.$placement.$id == f.placementA1).sort(\.$dueOn).all()
    }

    /// The praktijkbegeleider's personal link, sent by the supervisor and taken from the delivered mail.
    static func companyToken(_ app: Application, _ f: Fixture) async throws -> String {
        let supervisor = Browser(app)
        try await supervisor.login("supervisor")
        #expect(try await supervisor.post("/stages/\(f.placementA1)/uren/link",
                                          [("companyName", "Piet Bakker"), ("companyEmail", "piet@bakkerij.example")]).status == .seeOther)
        let message = try #require(try await Mailbox.deliver(app).last)
        return try #require(Mailbox.token("uren", in: message.body))
    }

    /// Every score field on a page (`score.<item key>`), in page order.
    static func scoreFields(_ html: String) -> [String] {
        var seen: [String] = []
        var rest = Substring(html)
        while let range = rest.range(of: "name=\"score.") {
            let tail = rest[range.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            let name = "score." + tail[..<end]
            if !seen.contains(name) { seen.append(name) }
            rest = tail[end...]
        }
        return seen
    }

    /// A form filling every field with `score` (1–4), optionally leaving out the last `skip` fields.
    static func filled(_ fields: [String], score: Int, skip: Int = 0, approve: Bool, comment: String = "") -> [(String, String)] {
        fields.dropLast(skip).map { ($0, "\(score)") } + [("comment", comment), ("action", approve ? "goedkeuren" : "opslaan")]
    }
}
