import Fluent
import StagelijnCore
import Vapor

/// `/beoordelingen/doelen`: the school's stage goals per phase of its stage line. Staff read them; the coordinator
/// rewrites a phase's list (one goal per line). New placements take them over; fixed placements keep theirs.
struct GoalTemplatesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("beoordelingen", "doelen", use: show)
        routes.post("beoordelingen", "doelen", use: save)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.list, .assessmentForm)
        return try await page(req, user: user, typed: [:], problems: [:], status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .assessmentForm)
        let form = try req.formValues()
        guard let phase = ProgrammePhase(rawValue: form["phase"] ?? "") else { throw Abort(.badRequest, reason: "Kies een fase.") }
        let text = form["goals-\(phase.rawValue)"] ?? ""
        let goals = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let problem: String? = if goals.isEmpty { "Schrijf minstens één doel, één per regel." }
            else if goals.count > GoalService.maxGoalsPerPlacement { "Hoogstens \(GoalService.maxGoalsPerPlacement) doelen per fase." }
            else if let long = goals.firstIndex(where: { $0.count > GoalService.maxGoalLength || !InputText.isSingleLine($0) }) {
                "Regel \(long + 1): een doel is hoogstens \(GoalService.maxGoalLength) tekens."
            } else { nil }
        if let problem { return try await page(req, user: user, typed: [phase: text], problems: [phase: problem], status: .badRequest) }
        try await req.db.transaction { db in
            try await GoalService(db: db).replaceTemplates(school: user.schoolID, phase: phase, with: goals, actor: user.actor, at: req.now)
        }
        req.flash("De doelen voor \(phase.dutchName) zijn opgeslagen.")
        return req.redirect(to: AssessmentPath.goalTemplates.path, redirectType: .normal)
    }

    private func page(_ req: Request, user: CurrentUser, typed: [ProgrammePhase: String], problems: [ProgrammePhase: String],
                      status: HTTPStatus) async throws -> Response {
        let service = GoalService(db: req.db)
        var lists: [(ProgrammePhase, [String])] = []
        for phase in ProgrammePhase.allCases { lists.append((phase, try await service.templates(school: user.schoolID, phase: phase))) }
        return GoalTemplatesPage.render(req, lists, canEdit: AccessPolicy.allows(user.role, .update, .assessmentForm),
                                        typed: typed, problems: problems, status: status)
    }
}
