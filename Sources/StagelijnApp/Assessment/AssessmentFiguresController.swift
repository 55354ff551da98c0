import Fluent
import StagelijnCore
import Vapor

/// `/beoordelingen/cijfers`: assessments due versus done on time, goals reached, and per item the distribution of the
/// school's scores — per sector, year or school type, without names, small groups as "< 5". For the coordinator,
/// leadership and the inspector (`Resource.qualityFigures`); the quality dashboard (issue 13) reads the same facts.
struct AssessmentFiguresController: RouteCollection {
    enum Grouping: String, CaseIterable {
        case sector, year = "leerjaar", schoolType = "schoolsoort"
        var dutch: String { switch self { case .sector: "sector"; case .year: "leerjaar"; case .schoolType: "schoolsoort" } }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("beoordelingen", "cijfers", use: show)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.view, .qualityFigures)
        let grouping = Grouping(rawValue: req.query[String.self, at: "per"] ?? "") ?? .sector
        let facts = try await Self.facts(school: user.schoolID, grouping: grouping, on: req.db)
        let forms = try await FormLibrary(db: req.db).latest(board: user.boardID)
        return AssessmentFiguresPage.render(req, grouping: grouping, timeliness: AssessmentFigures.timeliness(facts, today: req.today),
                                            forms: forms.map { ($0.content.title, AssessmentFigures.distribution(facts, items: $0.content.items)) })
    }

    /// One fact per assessment of the school: its group, dates, the school's scores once completed, its goal keys.
    static func facts(school: UUID, grouping: Grouping, on db: any Database) async throws -> [AssessmentFact] {
        let placements = try await PlacementModel.query(on: db).filter(\.$school.$id == school)
            .with(\.$student).with(\.$position).all()
        let byID = Dictionary(placements.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        guard !byID.isEmpty else { return [] }
        let assessments = try await AssessmentModel.query(on: db).filter(\.$placement.$id ~~ Array(byID.keys)).all()
        let ids = assessments.compactMap(\.id)
        let schoolParts = ids.isEmpty ? [] : try await AssessmentPartModel.query(on: db).filter(\.$assessment.$id ~~ ids)
            .filter(\.$perspective == AssessmentPerspective.school.rawValue).all()
        let scores = Dictionary(schoolParts.map { ($0.$assessment.id, AssessmentService.decode($0.scores)) }, uniquingKeysWith: { a, _ in a })
        let goals = try await GoalService(db: db).goalsByPlacement(Array(byID.keys))
        return assessments.compactMap { assessment in
            guard let id = assessment.id, let placement = byID[assessment.$placement.id], let due = LocalDate(iso: assessment.dueOn) else { return nil }
            let completed = assessment.completedOn.flatMap(LocalDate.init(iso:))
            let group = switch grouping {
            case .sector: placement.position.sector.dutchName
            case .year: "leerjaar \(placement.student.schoolYearLevel)"
            case .schoolType: placement.student.schoolType.dutchName
            }
            return AssessmentFact(group: group, dueOn: due, completedOn: completed, scores: completed == nil ? [:] : scores[id] ?? [:],
                                  goalKeys: Set((goals[assessment.$placement.id] ?? []).compactMap(\.itemKey)))
        }
    }
}
