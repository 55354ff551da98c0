import Fluent
import StagelijnCore
import Vapor

/// The praktijkbegeleider's evaluation through their personal link (`/uren/:token/evaluatie`, no account): the form,
/// and right after answering their own answers next to the school's average. The link reaches only its own stage.
struct EvaluationLinkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("uren", ":token", "evaluatie", use: show)
        routes.post("uren", ":token", "evaluatie", use: save)
    }

    func show(req: Request) async throws -> Response {
        try await withEvaluation(req) { _, sheet in
            sheet.evaluation.answeredAt == nil ? EvaluationFormPage.render(req, sheet, mode: mode(req))
                                               : try await comparison(req, sheet)
        }
    }

    func save(req: Request) async throws -> Response {
        try await withEvaluation(req) { link, sheet in
            let typed = try req.formValues()
            let actor = Actor(userID: nil, name: "\(link.recipientName) (praktijkbegeleider, via link)", schoolID: sheet.placement.$school.id)
            switch try await EvaluationService(db: req.db).answer(sheet, values: typed, by: link.recipientName, actor: actor, at: req.now) {
            case let .failure(problems):
                return EvaluationFormPage.render(req, sheet, mode: mode(req), typed: typed, problems: problems, status: .badRequest)
            case .success:
                return req.redirect(to: EvaluationPath.link(token: req.parameters.get("token") ?? "").path, redirectType: .normal)
            }
        }
    }

    private func comparison(_ req: Request, _ sheet: EvaluationService.Sheet) async throws -> Response {
        let totals = try await EvaluationService(db: req.db).schoolScores(school: sheet.placement.$school.id)
        let own = sheet.answers.compactMapValues(\.score)
        let rows = EvaluationFigures.compare(items: sheet.items, own: own, totals: totals)
        return EvaluationResultPages.comparison(req, student: sheet.placement.student.fullName, rows: rows)
    }

    private func mode(_ req: Request) -> EvaluationFormPage.Mode {
        let token = req.parameters.get("token") ?? ""
        return .init(action: EvaluationPath.link(token: token).path, student: false, back: (AccessLinks.path(.confirmHours, token: token), "Stage-uren"))
    }

    /// The open evaluation of this stage for the praktijkbegeleider (the oldest unanswered, else the latest answered).
    private func withEvaluation(_ req: Request, _ body: (AccessLinkModel, EvaluationService.Sheet) async throws -> Response) async throws -> Response {
        switch try await WorkplaceLink.resolve(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)):
            let all = try await EvaluationModel.query(on: req.db).filter(\.$placement.$id == placement.requireID())
                .filter(\.$perspective == EvaluationPerspective.workplaceMentor.rawValue).sort(\.$sentAt).all()
            guard let evaluation = all.first(where: { $0.answeredAt == nil }) ?? all.last else {
                throw Abort(.notFound, reason: "Er staat voor deze stage nog geen evaluatie klaar.")
            }
            return try await body(link, try await EvaluationService(db: req.db).sheet(evaluation, placement: placement))
        }
    }
}
