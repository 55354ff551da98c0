import Fluent
import StagelijnCore
import Vapor

/// `/api/v1/companies`: the board's companies (shared by its schools), through the same repository and rules as the pages.
struct APICompaniesController: RouteCollection {
    static let writableFields: Set<String> = [
        "name", "street", "postcode", "city", "lat", "lon", "sectors", "sbbNumber", "sbbStatus", "contactName",
        "contactEmail", "contactPhone", "isDeliveryService", "notes",
    ]

    func boot(routes: any RoutesBuilder) throws {
        let companies = routes.grouped("companies")
        companies.get(use: index)
        companies.post(use: create)
        companies.get(":id", use: show)
        companies.put(":id", use: update)
    }

    func index(req: Request) async throws -> APIv1.List<APIv1.Company> {
        let client = try req.client()
        _ = try client.visibility(.list, .company)
        let paging = try APIPaging.read(req)
        var filter = CompanyFilter()
        filter.search = try APIQuery.text(req, "q")
        filter.page = paging.page
        filter.perPage = paging.perPage
        let page = try await req.companies.page(board: client.boardID, filter: filter)
        return .init(items: page.items.map(APIv1.Company.init), total: page.total, page: paging.page, perPage: paging.perPage)
    }

    func show(req: Request) async throws -> APIv1.Company {
        APIv1.Company(try await find(req, try req.client(), .view))
    }

    func create(req: Request) async throws -> Response {
        let client = try req.client()
        _ = try client.visibility(.create, .company)
        let saved = try await save(req, client, existing: nil)
        let response = try await APIv1.Company(saved).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/companies/\(try saved.requireID())")
        return response
    }

    func update(req: Request) async throws -> APIv1.Company {
        let client = try req.client()
        return APIv1.Company(try await save(req, client, existing: try await find(req, client, .update)))
    }

    private func find(_ req: Request, _ client: APIClient, _ action: Action) async throws -> CompanyModel {
        _ = try client.visibility(action, .company)
        guard let id = req.parameters.get("id", as: UUID.self),
              let company = try await req.companies.find(id, board: client.boardID) else { throw APIProblem.notFound("Dit bedrijf") }
        return company
    }

    private func save(_ req: Request, _ client: APIClient, existing: CompanyModel?) async throws -> CompanyModel {
        let body = try req.content.decode([String: APIScalar].self)
        let values = try APIScalar.values(body, allowed: Self.writableFields).get()
        let input = try CompanyInput.read(values, today: req.today).get()
        return try await req.db.transaction { tx in
            try await FluentCompanyRepository(db: tx).save(input, existing: existing, board: client.boardID,
                                                           actor: client.actor, at: req.now)
        }
    }
}
