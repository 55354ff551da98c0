import Fluent
import StagelijnCore
import Vapor

/// The audit log of the school, newest first. Only coordinators may read it.
struct AuditController: RouteCollection {
    /// Audit entities that belong to the board, not to one school.
    static let sharedEntities = ["company", "position"]

    func boot(routes: any RoutesBuilder) throws {
        routes.get("logboek", use: index)
    }

    func index(req: Request) async throws -> Response {
        let page = req.pageNumber()
        let query = try await Self.entries(req)
        let total = try await query.count()
        let entries = try await query.copy().sort(\.$at, .descending).range(.page(page, perPage: 50)).all()
        return AuditPage.render(req, Page(items: entries, total: total, page: page, perPage: 50))
    }

    /// The entries the user may read (the page and its CSV download share this one check and scope).
    static func entries(_ req: Request) async throws -> QueryBuilder<AuditEntryModel> {
        let user = try req.user()
        _ = try user.visibility(.list, .auditLog)
        // Companies and their places are shared by the board's schools: a change by another
        // school of the board is part of this school's log too. Students and everything about them never are.
        let boardSchools = try await SchoolModel.query(on: req.db).filter(\.$board.$id == user.boardID).all(\.$id)
        return AuditEntryModel.query(on: req.db).group(.or) { either in
            either.filter(\.$schoolID == user.schoolID)
            either.group(.and) { shared in
                shared.filter(\.$schoolID ~~ boardSchools).filter(\.$entity ~~ Self.sharedEntities)
            }
        }
    }
}
