import Fluent
import StagelijnCore
import Vapor

/// Goals and assessments on the demo stages, so every role has something to see: the board's standard forms for
/// pro and VSO, the school's goals fixed on each stage, personal goals in students' words (seed 004), assessments
/// that are due or done at different points of the approval chain, and one company that cannot offer customer
/// contact. Deterministic: the choices follow the position of the placement in the list.
struct DemoAssessments {
    let db: any Database
    let today: LocalDate
    let now: Date

    static let personalGoals = ["harder praten", "initiatief nemen", "omgaan met faalangst", "zelf om hulp vragen"]

    func record(placements: [PlacementModel], school: SchoolModel, featured: UUID?) async throws {
        let actor = Actor.system("demo", schoolID: school.id)
        let service = AssessmentService(db: db)
        let staged = placements.filter { [.active, .completed].contains($0.status) }
        for (index, placement) in staged.enumerated() {
            _ = try await service.planDefaults(placement, actor: actor, today: today, at: now)
            if index % 3 == 0 {
                _ = try await GoalService(db: db).add(Self.personalGoals[index / 3 % Self.personalGoals.count], kind: .personal,
                                                      to: placement, actor: Actor.system(placement.student.firstName, schoolID: school.id), at: now)
            }
            if index % 5 == 1 {
                try await OfferGapService(db: db).replace(placement, with: [
                    FormVersioning.key(area: .coreWorkSkills, text: "Gaat netjes om met klanten"):
                        "Collega's van de andere afdeling helpen en netjes te woord staan",
                ], by: placement.position.company.contactName ?? "praktijkbegeleider", actor: actor, at: now)
            }
            // The featured student has the self-assessment still to do; others are further along the chain.
            let stage = placement.student.id == featured ? 0 : placement.status == .completed ? 3 : index % 4
            let assessments = try await AssessmentModel.query(on: db).filter(\.$placement.$id == placement.requireID()).sort(\.$dueOn).all()
            for assessment in assessments where (LocalDate(iso: assessment.dueOn) ?? today) <= today.adding(days: 10) {
                try await fill(assessment, placement: placement, upTo: stage, seed: index, actor: actor)
            }
        }
    }

    /// Fills and approves the parts up to `stage` (1 = student, 2 = + praktijkbegeleider, 3 = + school).
    private func fill(_ assessment: AssessmentModel, placement: PlacementModel, upTo stage: Int, seed: Int, actor: Actor) async throws {
        let sheet = try await AssessmentSheet.load(assessment, placement: placement, today: today, on: db)
        let keys = sheet.groups.flatMap(\.items).map(\.key)
        let names: [AssessmentPerspective: String] = [.student: placement.student.fullName,
                                                      .workplaceMentor: placement.position.company.contactName ?? "Praktijkbegeleider",
                                                      .school: "Stagebegeleider (demo)"]
        for (offset, part) in AssessmentPerspective.allCases.enumerated() where offset < stage {
            let scores = Dictionary(uniqueKeysWithValues: keys.enumerated().map { i, key in
                (key, Score(rawValue: 2 + (i + seed + offset) % 3) ?? .sufficient)
            })
            let service = AssessmentService(db: db)
            _ = try await service.save(assessment, part: part, scores: scores, comment: part == .school ? "Besproken in het voortgangsgesprek." : "",
                                       by: names[part] ?? "", actor: actor, at: now)
            _ = try await service.approve(assessment, part: part, requiredKeys: sheet.requiredKeys, by: names[part] ?? "",
                                          actor: actor, today: LocalDate(iso: assessment.dueOn) ?? today, at: now)
        }
    }
}
