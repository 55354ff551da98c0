import Fluent
import StagelijnCore
import Vapor

/// A student's trajectory page and the writes on it: start an offered step, close the running one, record a
/// decision. The student is always looked up within the user's school and scope (another school's id → 404).
struct TrajectoryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("leerlingen", ":id", "stagelijn", use: show)
        routes.post("leerlingen", ":id", "stagelijn", "stap", use: start)
        routes.post("leerlingen", ":id", "stagelijn", "stap", ":step", "afronden", use: close)
        routes.post("leerlingen", ":id", "stagelijn", "besluit", use: decide)
    }

    static func student(_ req: Request, _ action: Action) async throws -> StudentModel {
        let user = try req.user()
        guard let id = req.parameters.get("id", as: UUID.self),
              let student = try await req.students.find(id, try user.visibility(action, .stageLine))
        else { throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij uw school.") }
        return student
    }

    static func canRecord(_ user: CurrentUser) -> Bool {
        ![.student, .parent].contains(user.role) && user.scope(.update, .stageLine) != .none
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await Self.student(req, .view)
        let trajectory = try await StageLineService(db: req.db).trajectory(student, today: req.today)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "stage_line", id: try student.requireID(), at: req.now)
        return TrajectoryPage.render(req, trajectory, canRecord: Self.canRecord(user))
    }

    func start(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await Self.student(req, .update)
        guard Self.canRecord(user) else { throw Abort(.forbidden) }
        let key = try req.formValues()["step"] ?? ""
        do {
            try await StageLineService(db: req.db).start(key, for: student, actor: user.actor, today: req.today, at: req.now)
            req.flash("Gestart: \(try await stepName(req, student, key)).")
        } catch StageLineService.ActionError.notOffered(let name) {
            req.flash("‘\(name)’ kan nu niet starten: niet alle voorwaarden zijn voldaan.")
        }
        return req.redirect(to: StageLinePath.trajectory(try student.requireID()).path + "#volgende", redirectType: .normal)
    }

    func close(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await Self.student(req, .update)
        guard Self.canRecord(user), let stepID = req.parameters.get("step", as: UUID.self) else { throw Abort(.notFound) }
        let form = try req.formValues()
        guard let outcome = form["outcome"].flatMap(StepRecord.Outcome.init(rawValue:)) else {
            throw Abort(.badRequest, reason: "Kies een uitkomst.")
        }
        let note = (form["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        try await StageLineService(db: req.db).close(stepID, of: student, status: outcome == .droppedOut ? .stopped : .done,
                                                     outcome: outcome, note: note, actor: user.actor, today: req.today, at: req.now)
        req.flash("Stap afgerond: \(outcome.dutchName).")
        return req.redirect(to: StageLinePath.trajectory(try student.requireID()).path, redirectType: .normal)
    }

    func decide(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await Self.student(req, .update)
        guard Self.canRecord(user) else { throw Abort(.forbidden) }
        let form = try req.formValues()
        let service = StageLineService(db: req.db)
        guard let kind = form["kind"].flatMap(LineDecisionKind.init(rawValue:)) else {
            throw Abort(.badRequest, reason: "Kies welk besluit u vastlegt.")
        }
        let participants = (form["participants"] ?? "").split(separator: ",").compactMap { DecisionParticipant(rawValue: String($0)) }
        do {
            _ = try await service.decide(kind, outcome: form["outcome"] ?? "", reason: form["reason"] ?? "",
                                         participants: participants, for: student, actor: user.actor, today: req.today, at: req.now)
        } catch StageLineService.ActionError.problems(let problems) {
            let trajectory = try await service.trajectory(student, today: req.today)
            return TrajectoryPage.render(req, trajectory, canRecord: true,
                                         decisionForm: .init(form, errors: FieldErrors(problems)), status: .badRequest)
        } catch StageLineService.ActionError.notOffered(let name) {
            req.flash("Vastgelegd, maar ‘\(name)’ kon niet starten: niet alle voorwaarden zijn voldaan.")
            return req.redirect(to: StageLinePath.trajectory(try student.requireID()).path + "#volgende", redirectType: .normal)
        }
        req.flash("Vastgelegd: \(kind.dutchName) — \(kind.dutchOutcome(form["outcome"] ?? "")).")
        return req.redirect(to: StageLinePath.trajectory(try student.requireID()).path + "#besluiten", redirectType: .normal)
    }

    private func stepName(_ req: Request, _ student: StudentModel, _ key: String) async throws -> String {
        try await StageLineService(db: req.db).programme(school: student.$school.id, type: student.schoolType).step(key)?.name ?? key
    }
}
