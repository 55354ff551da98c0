import Fluent
import StagelijnCore
import Vapor

/// The audit log of the school, newest first. Only coordinators may read it.
struct AuditController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("logboek", use: index)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .auditLog)
        let page = max(1, (try? req.query.get(Int.self, at: "pagina")) ?? 1)
        let query = AuditEntryModel.query(on: req.db).filter(\.$schoolID == user.schoolID)
        let total = try await query.count()
        let entries = try await query.copy().sort(\.$at, .descending).range(((page - 1) * 50)..<(page * 50)).all()
        return AuditPage.render(req, Page(items: entries, total: total, page: page, perPage: 50))
    }
}
