import Fluent
import Foundation
import StagelijnCore

/// Demo evaluations: every completed demo stage has its final evaluation from all four perspectives, most answered,
/// so the response page and the praktijkbegeleider's comparison have figures (and some averages pass 5 answers).
/// Deterministic: the scores follow the stage's and the item's position.
struct DemoEvaluations {
    let db: any Database
    let now: Date

    func record(placements: [PlacementModel], school: SchoolModel) async throws {
        let actor = Actor.system("demo", schoolID: try school.requireID())
        let bank = try await EvaluationBankLibrary(db: db).current(board: school.$board.id, actor: actor, at: now)
        let content = bank.content
        let completed = placements.filter { $0.status == .completed }
        for (index, placement) in completed.enumerated() {
            for (offset, perspective) in EvaluationPerspective.allCases.enumerated() {
                let evaluation = EvaluationModel()
                evaluation.$school.id = try school.requireID()
                evaluation.$placement.id = try placement.requireID()
                evaluation.$bank.id = try bank.requireID()
                evaluation.moment = EvaluationMoment.final.rawValue
                evaluation.perspective = perspective.rawValue
                evaluation.sentAt = now.addingTimeInterval(-Double(20 + index) * 24 * 3600)
                evaluation.remindersSent = 0
                // Every fourth stage leaves one perspective unanswered, so the response is not 100 %.
                let answered = (index + offset) % 4 != 3
                if answered {
                    evaluation.answeredAt = evaluation.sentAt.addingTimeInterval(Double(2 + offset) * 24 * 3600)
                    evaluation.answeredByName = perspective == .student ? placement.student.fullName : "demo \(perspective.dutchName)"
                }
                try await evaluation.create(on: db)
                guard answered else { continue }
                for (number, item) in content.items(for: perspective).enumerated() {
                    let answer = EvaluationAnswerModel()
                    answer.$evaluation.id = try evaluation.requireID()
                    answer.itemKey = item.key
                    switch item.kind {
                    case .agreement: answer.score = 2 + (index + offset + number) % 4
                    case .mark: answer.score = 6 + (index + offset) % 4
                    case .open:
                        guard item.key == "goed" else { continue }
                        answer.text = ["Fijne collega's.", "Duidelijke uitleg.", "Ik mocht veel zelf doen."][(index + offset) % 3]
                    }
                    try await answer.create(on: db)
                }
            }
        }
    }
}
