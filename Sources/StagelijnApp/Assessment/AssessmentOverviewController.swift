import Fluent
import StagelijnCore
import Vapor

/// `/beoordelingen`: the assessments still to finish, soonest first — for a supervisor their own students (or all),
/// for a mentor their class — with the links to the forms, the school's goals and the figures.
struct AssessmentOverviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("beoordelingen", use: overview)
    }

    func overview(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.list, .assessment)
        guard user.role != .student, user.role != .parent else { return req.redirect(to: SitePath.home.path) }
        let everyone = req.query[String.self, at: "wie"] == "alle"
        var placements = try await req.placements.list(visibility, filter: PlacementFilter())
            .filter { $0.status != .terminated }
        if user.role == .supervisor && !everyone { placements = placements.filter { $0.supervisorID == user.userID } }
        let rows = try await AssessmentAgenda.open(for: placements, today: req.today, on: req.db)
        return AssessmentOverviewPage.render(req, rows, user: user, everyone: everyone)
    }
}
