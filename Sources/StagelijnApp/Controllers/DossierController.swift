import StagelijnCore
import Vapor

/// The stage dossier: one page per placement for everyone who may see the placement — the school's staff in full,
/// the student and parents in their own words and without the staff-only parts (see `SupervisionTimeline`).
/// Another school's or another student's placement answers 404 through the access policy.
struct DossierController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("stages", ":id", "dossier", use: show)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .view, .placement)
        let reader: DossierReader = AccessPolicy.allows(user.role, .view, .supervision) ? .staff : .family
        let dossier = try await Dossier.load(placement, reader: reader, today: req.today, on: req.db)
        // Reading a student's file is audited, like the student page and the agreement.
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "placement", id: dossier.placementID, at: req.now)
        return DossierPage.render(req, dossier, role: user.role, reader: reader)
    }
}
