import Fluent
import StagelijnCore
import Vapor

/// Evaluations in the app: the student, the supervisor and the coordinator answer theirs; the coordinator reads the
/// school's answers and the response; leadership sees the response only (figures without names).
struct EvaluationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("evaluaties", use: list)
        routes.get("evaluaties", "respons", use: response)
        routes.get("evaluaties", ":evaluation", use: show)
        routes.post("evaluaties", ":evaluation", use: save)
    }

    func list(req: Request) async throws -> Response {
        let (user, mine, school) = try await Self.rows(req)
        return EvaluationListPages.list(req, mine: mine, school: school, showResponse: user.role == .coordinator)
    }

    /// The user's own evaluations and, for the coordinator, the school's: the page and its CSV download share this.
    static func rows(_ req: Request) async throws -> (CurrentUser, mine: [EvaluationListPages.Row], school: [EvaluationListPages.Row]) {
        let user = try req.user()
        _ = try user.require(.list, .evaluation)
        let service = EvaluationService(db: req.db)
        let mine = try await service.mine(user).map(row)
        var school: [EvaluationListPages.Row] = []
        if user.scope(.list, .evaluation) == .school, user.role == .coordinator {
            school = try await EvaluationModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
                .with(\.$placement) { $0.with(\.$student).with(\.$position) { $0.with(\.$company) } }
                .sort(\.$sentAt, .descending).range(0..<500).all().map(row)
        }
        return (user, mine, school)
    }

    func response(req: Request) async throws -> Response {
        let user = try req.user()
        // The coordinator of the school, and leadership and the inspector with their figures without names.
        guard user.role == .coordinator || AccessPolicy.allows(user.role, .list, .qualityFigures) else {
            throw Abort(.forbidden, reason: "Uw rol (\(user.role.dutchName)) geeft geen toegang tot deze gegevens.")
        }
        return EvaluationListPages.response(req, rows: try await EvaluationService(db: req.db).response(school: user.schoolID))
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let sheet = try await EvaluationService(db: req.db).sheet(try id(req), for: user)
        if sheet.evaluation.answeredAt == nil, EvaluationService.answers(user, sheet.evaluation) {
            return EvaluationFormPage.render(req, sheet, mode: mode(user, sheet))
        }
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "evaluation", id: sheet.evaluation.requireID(), at: req.now)
        return EvaluationResultPages.answers(req, sheet)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .evaluation)
        let service = EvaluationService(db: req.db)
        let sheet = try await service.sheet(try id(req), for: user)
        guard EvaluationService.answers(user, sheet.evaluation) else {
            throw Abort(.notFound, reason: "Deze evaluatie bestaat niet of is niet voor u.")
        }
        let typed = try req.formValues()
        switch try await service.answer(sheet, values: typed, by: user.name, actor: user.actor, at: req.now) {
        case let .failure(problems):
            return EvaluationFormPage.render(req, sheet, mode: mode(user, sheet), typed: typed, problems: problems, status: .badRequest)
        case .success:
            if user.role == .student { return EvaluationResultPages.thanks(req, student: true) }
            req.flash("Bedankt voor het invullen van de evaluatie.")
            return req.redirect(to: EvaluationPath.mine.path, redirectType: .normal)
        }
    }

    private func id(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("evaluation", as: UUID.self) else { throw Abort(.notFound) }
        return id
    }

    private func mode(_ user: CurrentUser, _ sheet: EvaluationService.Sheet) -> EvaluationFormPage.Mode {
        .init(action: EvaluationPath.evaluation(sheet.evaluation.id ?? UUID()).path, student: user.role == .student,
              back: user.role == .student ? ("/", "Mijn stage") : (EvaluationPath.mine.path, "Evaluaties"))
    }

    private static func row(_ evaluation: EvaluationModel) -> EvaluationListPages.Row {
        .init(id: evaluation.id ?? UUID(), student: evaluation.placement.student.fullName,
              company: evaluation.placement.position.company.name, moment: evaluation.evaluationMoment,
              perspective: evaluation.evaluationPerspective, answered: evaluation.answeredAt != nil)
    }
}
