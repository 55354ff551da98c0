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
        guard Self.seesOverview(user) else { _ = try user.visibility(.list, .assessment); return req.redirect(to: SitePath.home.path) }
        let (rows, everyone) = try await Self.rows(req, user)
        return AssessmentOverviewPage.render(req, rows, user: user, everyone: everyone)
    }

    /// Students and parents follow their own assessments from their home page, not from this list.
    static func seesOverview(_ user: CurrentUser) -> Bool { user.role != .student && user.role != .parent }

    /// The open assessments the user may follow: the page and its CSV download share this check and read.
    static func rows(_ req: Request, _ user: CurrentUser) async throws -> ([AssessmentAgenda.Row], everyone: Bool) {
        let visibility = try user.visibility(.list, .assessment)
        let everyone = req.query[String.self, at: "wie"] == "alle"
        var placements = try await req.placements.list(visibility, filter: PlacementFilter())
            .filter { $0.status != .terminated }
        if user.role == .supervisor && !everyone { placements = placements.filter { $0.supervisorID == user.userID } }
        return (try await AssessmentAgenda.open(for: placements, today: req.today, on: req.db), everyone)
    }
}
