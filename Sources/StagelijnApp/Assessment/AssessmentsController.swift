import Fluent
import StagelijnCore
import Vapor

/// Goals and assessments of one placement for signed-in users: the student fills the self-assessment and adds
/// personal goals, the school plans, fills its judgement and approves; parents, mentors and care read.
struct AssessmentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let stage = routes.grouped("stages", ":id")
        stage.get("beoordelingen", use: placementPage)
        stage.post("beoordelingen", "plannen", use: plan)
        stage.post("doelen", use: addGoal)
        stage.post("doelen", ":goal", "verwijderen", use: removeGoal)
        let one = routes.grouped("beoordelingen", ":assessment")
        one.get(use: show)
        one.post(use: save)
        one.post("datum", use: moveDueDate)
    }

    func placementPage(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .view, .assessment)
        let overview = try await PlacementAssessments.load(placement, today: req.today, on: req.db)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "assessment", id: overview.placementID, at: req.now)
        return PlacementAssessmentsPage.render(req, overview, user: user, typedGoal: nil, problem: nil)
    }

    func plan(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .create, .assessment)
        guard user.role != .student else { throw Abort(.forbidden, reason: "De school plant de beoordelingen.") }
        let count = try await req.db.transaction { db in
            try await AssessmentService(db: db).planDefaults(placement, actor: user.actor, today: req.today, at: req.now)
        }
        req.flash(count == 0 ? "Deze stage had al beoordelingen." : "\(DutchFormat.count(count, "beoordeling", "beoordelingen")) gepland.")
        return req.redirect(to: AssessmentPath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    func addGoal(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .create, .goals)
        let form = try req.formValues()
        // A student's goal is always personal, in their own words; the school may add either kind.
        let kind: PlacementGoalModel.Kind = user.role == .student || form["kind"] == "persoonlijk" ? .personal : .school
        let problem = try await req.db.transaction { db in
            try await GoalService(db: db).add(form["goal"] ?? "", kind: kind, to: placement, actor: user.actor, at: req.now)
        }
        if let problem {
            let overview = try await PlacementAssessments.load(placement, today: req.today, on: req.db)
            return PlacementAssessmentsPage.render(req, overview, user: user, typedGoal: form["goal"], problem: problem, status: .badRequest)
        }
        req.flash("Het doel is toegevoegd.")
        return req.redirect(to: AssessmentPath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    func removeGoal(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .goals)
        guard user.role != .student, let goal = req.parameters.get("goal", as: UUID.self) else {
            throw Abort(.forbidden, reason: "Vraag je stagebegeleider om een doel te schrappen.")
        }
        try await req.db.transaction { db in
            try await GoalService(db: db).remove(goal, from: placement, actor: user.actor, at: req.now)
        }
        req.flash("Het doel is geschrapt.")
        return req.redirect(to: AssessmentPath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let (assessment, placement) = try await req.assessment(user: user, .view)
        let sheet = try await AssessmentSheet.load(assessment, placement: placement, today: req.today, on: req.db)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "assessment", id: sheet.assessmentID, at: req.now)
        return AssessmentPage.render(req, sheet, mode: mode(user, sheet))
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        let (assessment, placement) = try await req.assessment(user: user, .update)
        guard let part = user.assessmentPart else { throw Abort(.forbidden, reason: "U kunt deze beoordeling alleen lezen.") }
        let result = try await AssessmentSubmission.handle(req, assessment: assessment, placement: placement, part: part,
                                                          name: user.name, actor: user.actor)
        if let problem = result.problem {
            let sheet = try await AssessmentSheet.load(assessment, placement: placement, today: req.today, on: req.db)
            return AssessmentPage.render(req, sheet, mode: mode(user, sheet), typed: result.typed, problem: problem, status: .badRequest)
        }
        req.flash(result.message ?? "Opgeslagen.")
        return req.redirect(to: AssessmentPath.assessment(try assessment.requireID()).path, redirectType: .normal)
    }

    func moveDueDate(req: Request) async throws -> Response {
        let user = try req.user()
        let (assessment, placement) = try await req.assessment(user: user, .update)
        guard user.assessmentPart == .school else { throw Abort(.forbidden, reason: "De school plant de beoordelingen.") }
        guard let day = LocalDate(parsing: try req.formValues()["dueOn"] ?? ""), (1900...2100).contains(day.year) else {
            req.flash("Kies een geldige datum.")
            return req.redirect(to: AssessmentPath.placement(try placement.requireID()).path, redirectType: .normal)
        }
        try await req.db.transaction { db in
            try await AssessmentService(db: db).moveDueDate(assessment, to: day, actor: user.actor, at: req.now)
        }
        req.flash("De datum is aangepast naar \(day.dutch).")
        return req.redirect(to: AssessmentPath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    private func mode(_ user: CurrentUser, _ sheet: AssessmentSheet) -> AssessmentPage.Mode {
        let path = AssessmentPath.assessment(sheet.assessmentID).path
        return AssessmentPage.Mode(fills: user.assessmentPart, saveAction: path,
                                   informal: user.role == .student,
                                   backLink: (AssessmentPath.placement(sheet.placementID).path, "Doelen en beoordelingen"))
    }
}
