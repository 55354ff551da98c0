import Fluent
import StagelijnCore
import Vapor

/// The assignments of one placement: the supervisor gives them (by default two per part of the stage, due at the
/// end of each part) and assesses them; the student, parent and mentor read; the photo is served only to those who
/// may see the placement's assignments. Handing in is `AssignmentHandInController` (it accepts a larger body).
struct PlacementAssignmentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let base = routes.grouped("stages", ":id", "opdrachten")
        base.get(use: index)
        base.post(use: assign)
        base.get(":assignmentID", use: show)
        base.post(":assignmentID", "beoordelen", use: assess)
        base.post(":assignmentID", "verwijderen", use: remove)
        base.get(":assignmentID", "foto", use: photo)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .view, .assignment)
        return try await listPage(req, user: user, placement: placement, values: nil, status: .ok)
    }

    /// Fields `template1`…`template6` with `due1`…`due6`: slot n belongs to part (n + 1) / 2.
    func assign(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .create, .assignment)
        guard AssignmentRights.canManage(user.role) else { throw Abort(.forbidden, reason: "Alleen de school geeft opdrachten.") }
        let form = try req.formValues()
        let library = try await AssignmentQueries.library(school: user.schoolID, on: req.db)
        let byID = Dictionary(library.compactMap { t in t.id.map { ($0, t) } }, uniquingKeysWith: { a, _ in a })
        var errors: [FieldError] = [], slots: [AssignmentService.Slot] = []
        for slot in AssignmentsListPage.slotNumbers {
            let chosen = (form["template\(slot)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !chosen.isEmpty else { continue }
            guard let template = UUID(uuidString: chosen).flatMap({ byID[$0] }) else {
                errors.append(FieldError(field: "template\(slot)", label: "opdracht \(slot)", message: "Kies een opdracht uit de lijst."))
                continue
            }
            guard let due = LocalDate(parsing: form["due\(slot)"] ?? ""), FieldReader.dateRange.contains(due.year) else {
                errors.append(FieldError(field: "due\(slot)", label: "inleverdatum \(slot)", message: "Vul een inleverdatum in, bijvoorbeeld 30-10-2026."))
                continue
            }
            slots.append(.init(template: template, part: AssignmentsListPage.part(ofSlot: slot), due: due))
        }
        if errors.isEmpty && slots.isEmpty {
            errors.append(FieldError(field: "template1", label: "opdracht 1", message: "Kies minstens één opdracht."))
        }
        guard errors.isEmpty else {
            return try await listPage(req, user: user, placement: placement, values: .init(form, errors: FieldErrors(errors)), status: .badRequest)
        }
        try await AssignmentService.assign(slots, to: placement, actor: user.actor, at: req.now, on: req.db)
        req.flash(DutchFormat.count(slots.count, "opdracht", "opdrachten") + " gegeven aan \(placement.student.fullName).")
        return req.redirect(to: AssignmentPath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let (placement, assignment) = try await req.placementAssignment(user: user, .view)
        return AssignmentDetailPage.render(req, .init(placement: placement, assignment: assignment, role: user.role), values: .init(), status: .ok)
    }

    func assess(req: Request) async throws -> Response {
        let user = try req.user()
        let (placement, assignment) = try await req.placementAssignment(user: user, .update)
        guard AssignmentRights.canManage(user.role) else { throw Abort(.forbidden, reason: "Alleen de school beoordeelt opdrachten.") }
        let form = try req.formValues()
        let context = AssignmentDetailPage.Context(placement: placement, assignment: assignment, role: user.role)
        switch AssignmentAssessmentInput.read(form) {
        case let .failure(errors):
            return AssignmentDetailPage.render(req, context, values: .init(form, errors: errors), status: .badRequest)
        case let .success(input):
            do {
                try await AssignmentService.assess(assignment, input, by: user.name, actor: user.actor, at: req.now, on: req.db)
            } catch AssignmentService.Refused.refused(let refusal) {
                return AssignmentDetailPage.render(req, context, values: .init(form), status: .conflict, alert: refusal.dutchMessage)
            }
            req.flash("‘\(assignment.title)’ is beoordeeld: \(input.score.dutch).")
            return req.redirect(to: AssignmentPath.placement(try placement.requireID()).path, redirectType: .normal)
        }
    }

    func remove(req: Request) async throws -> Response {
        let user = try req.user()
        let (placement, assignment) = try await req.placementAssignment(user: user, .update)
        guard AssignmentRights.canManage(user.role) else { throw Abort(.forbidden, reason: "Alleen de school haalt opdrachten weg.") }
        do {
            try await AssignmentService.remove(assignment, actor: user.actor, at: req.now, on: req.db)
        } catch AssignmentService.Refused.refused {
            throw Abort(.conflict, reason: "Deze opdracht is al ingeleverd en kan niet meer worden weggehaald.")
        }
        req.flash("‘\(assignment.title)’ is weggehaald.")
        return req.redirect(to: AssignmentPath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    func photo(req: Request) async throws -> Response {
        let user = try req.user()
        let (_, assignment) = try await req.placementAssignment(user: user, .view)
        return try await AssignmentPhotoResponse.make(for: assignment.requireID(), on: req.db)
    }

    private func listPage(_ req: Request, user: CurrentUser, placement: PlacementModel, values: Forms.Values?,
                          status: HTTPStatus) async throws -> Response {
        let placementID = try placement.requireID()
        let summaries = try await AssignmentQueries.forPlacements([placementID], on: req.db)[placementID] ?? []
        let manage = AssignmentRights.canManage(user.role)
        let span = try await SupervisionService.stageDates(for: [placement], on: req.db)[placementID]
            ?? (placement.period.start, placement.period.end)
        let library = manage ? try await AssignmentQueries.library(school: user.schoolID, sector: placement.position.sector, on: req.db) : []
        return AssignmentsListPage.render(req, .init(placement: placement, summaries: summaries, canManage: manage,
                                                     canHandIn: AssignmentRights.canHandIn(user.role), library: library,
                                                     span: span, today: req.today),
                                          values: values, status: status)
    }
}

extension Request {
    /// An assignment of a placement the user may reach for `action` (school, class or own student); 404 otherwise,
    /// so another school's or another student's assignment looks like one that does not exist.
    func placementAssignment(user: CurrentUser, _ action: Action) async throws -> (PlacementModel, PlacementAssignmentModel) {
        let placement = try await self.placement(user: user, action, .assignment)
        guard let id = parameters.get("assignmentID", as: UUID.self),
              let assignment = try await PlacementAssignmentModel.query(on: db).filter(\.$id == id)
                .filter(\.$placement.$id == placement.requireID()).filter(\.$school.$id == user.schoolID).first()
        else { throw Abort(.notFound, reason: "Deze opdracht bestaat niet of hoort niet bij deze stage.") }
        return (placement, assignment)
    }
}
