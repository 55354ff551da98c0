import Fluent
import StagelijnCore
import Vapor

/// The praktijkbegeleider confirms, through their personal hours link (purpose `confirmHours`), that an assignment
/// was done at the workplace. The link reaches only its own placement: every assignment is looked up together with
/// the link's placement, never by an id alone.
struct CompanyAssignmentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let base = routes.grouped("uren", ":token", "opdrachten")
        base.get(use: show)
        base.post(":assignmentID", "bevestigen", use: confirm)
        base.get(":assignmentID", "foto", use: photo)
    }

    func show(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)): return try await page(req, link: link, placement: placement, error: nil, status: .ok)
        }
    }

    func confirm(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)):
            let assignment = try await find(req, placement: placement)
            let comment = ((try req.formValues())["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard comment.count <= 1000, InputText.isMultiLine(comment) else {
                return try await page(req, link: link, placement: placement, error: "Een opmerking is hoogstens 1000 tekens.", status: .badRequest)
            }
            let actor = Actor(userID: nil, name: "\(link.recipientName) (praktijkbegeleider, via link)", schoolID: placement.$school.id)
            do {
                try await AssignmentService.confirm(assignment, by: link.recipientName, comment: comment, actor: actor, at: req.now, on: req.db)
            } catch AssignmentService.Refused.refused(let refusal) {
                return try await page(req, link: link, placement: placement, error: refusal.dutchMessage, status: .conflict)
            }
            req.flash("‘\(assignment.title)’ is bevestigd. Dank u wel.")
            return req.redirect(to: AssignmentPath.company(token: req.parameters.get("token") ?? "").path, redirectType: .normal)
        }
    }

    func photo(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((_, placement)):
            let assignment = try await find(req, placement: placement)
            return try await AssignmentPhotoResponse.make(for: assignment.requireID(), on: req.db)
        }
    }

    private func find(_ req: Request, placement: PlacementModel) async throws -> PlacementAssignmentModel {
        guard let id = req.parameters.get("assignmentID", as: UUID.self),
              let assignment = try await PlacementAssignmentModel.query(on: req.db).filter(\.$id == id)
                .filter(\.$placement.$id == placement.requireID()).first()
        else { throw Abort(.notFound, reason: "Deze opdracht hoort niet bij deze leerling.") }
        return assignment
    }

    private func page(_ req: Request, link: AccessLinkModel, placement: PlacementModel, error: String?,
                      status: HTTPStatus) async throws -> Response {
        let assignments = try await PlacementAssignmentModel.query(on: req.db).filter(\.$placement.$id == placement.requireID())
            .sort(\.$part).sort(\.$dueDate).all()
        return CompanyAssignmentsPage.render(req, placement: placement, assignments: assignments,
                                             token: req.parameters.get("token") ?? "", error: error, status: status)
    }

    /// The link's placement (`WorkplaceLink`, shared by every page behind the praktijkbegeleider's link).
    private func load(_ req: Request) async throws -> Result<(AccessLinkModel, PlacementModel), AccessLinks.Problem> {
        try await WorkplaceLink.resolve(req)
    }
}
