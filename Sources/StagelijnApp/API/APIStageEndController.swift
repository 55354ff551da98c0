import Fluent
import StagelijnCore
import Vapor

/// `/api/v1/dropouts` and `/api/v1/leavers`: read-only, with the same visibility as the /uitval and /uitstroom pages
/// (`Resource.dropout` and `.aftercare` in the `AccessPolicy`, the pages' queries).
struct APIStageEndController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("dropouts", use: dropouts)
        routes.get("dropouts", ":id", use: dropout)
        routes.get("leavers", use: leavers)
        routes.get("leavers", ":id", use: leaver)
    }

    func dropouts(req: Request) async throws -> APIv1.List<APIv1.Dropout> {
        let client = try req.client()
        let visibility = try client.visibility(.list, .dropout)
        let paging = try APIPaging.read(req)
        let query = try await DropoutQueries.visibleQuery(visibility, on: req.db)
        let total = try await query.count()
        let page = try await query.sort(\.$endedOn, .descending).sort(\.$id)
            .range(.page(paging.page, perPage: paging.perPage)).all()
        return .init(items: page.map(APIv1.Dropout.init), total: total, page: paging.page, perPage: paging.perPage)
    }

    func dropout(req: Request) async throws -> APIv1.Dropout {
        let client = try req.client()
        guard let found = try await DropoutQueries.find(try APIQuery.id(req, "Deze uitval"), try client.visibility(.view, .dropout), on: req.db)
        else { throw APIProblem.notFound("Deze uitval") }
        return APIv1.Dropout(found)
    }

    func leavers(req: Request) async throws -> APIv1.List<APIv1.Leaver> {
        let client = try req.client()
        _ = try client.visibility(.list, .aftercare)
        let paging = try APIPaging.read(req)
        let query = OutflowModel.query(on: req.db).filter(\.$school.$id == client.schoolID)
        let total = try await query.count()
        let page = try await query.sort(\.$leftOn, .descending).sort(\.$id)
            .range(.page(paging.page, perPage: paging.perPage)).all()
        return .init(items: page.map(APIv1.Leaver.init), total: total, page: paging.page, perPage: paging.perPage)
    }

    func leaver(req: Request) async throws -> APIv1.Leaver {
        let client = try req.client()
        _ = try client.visibility(.view, .aftercare)
        guard let found = try await AftercareQueries.leaver(try APIQuery.id(req, "Deze oud-leerling"), school: client.schoolID, on: req.db)
        else { throw APIProblem.notFound("Deze oud-leerling") }
        return APIv1.Leaver(found)
    }
}
