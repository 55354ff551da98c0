import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Evaluation: demo data")
struct DemoEvaluationsTests {
    @Test func completedDemoStagesHaveAnswersFromSeveralPerspectives() async throws {
        try await withTestApp { app, _, _ in
            // setup
            try await app.autoRevert()
            try await app.autoMigrate()
            // act
            _ = try await DemoLoader(db: app.db, now: Fixture.now).load()
            // check
            let completed = try await PlacementModel.query(on: app.db).filter(\.$status == .completed).all().compactMap(\.id)
            try #require(!completed.isEmpty)
            let answered = try await EvaluationModel.query(on: app.db).filter(\.$answeredAt != nil).all()
            #expect(Set(answered.map(\.$placement.id)) == Set(completed))
            #expect(Set(answered.map(\.perspective)) == Set(EvaluationPerspective.allCases.map(\.rawValue)))
            #expect(try await EvaluationAnswerModel.query(on: app.db).count() > 0)
            // the automation finds nothing left to open for those stages
            #expect(try await EvaluationAutomation.runDue(now: Fixture.now, on: app.db).opened == 0)
        }
    }
}
