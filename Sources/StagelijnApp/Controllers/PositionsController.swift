import Fluent
import StagelijnCore
import Vapor

struct PositionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("stageplaatsen", use: index)
        routes.get("bedrijven", ":id", "stageplaatsen", "nieuw", use: new)
        routes.post("bedrijven", ":id", "stageplaatsen", use: create)
        routes.get("stageplaatsen", ":id", "bewerken", use: edit)
        routes.post("stageplaatsen", ":id", use: update)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .position)
        var filter = PositionFilter()
        filter.search = req.queryText("q")
        filter.sector = (try? req.query.get(String.self, at: "sector")).flatMap(Sector.init(rawValue:))
        let (page, capacity) = try await req.positions.page(board: user.boardID, filter: filter, page: req.pageNumber(),
                                                            perPage: PositionListPage.perPage)
        return PositionListPage.render(req, .init(page: page, capacity: capacity, filter: filter,
                                                  canEdit: AccessPolicy.allows(user.role, .update, .position)))
    }

    func new(req: Request) async throws -> Response {
        let user = try req.user()
        let company = try await company(req, user: user)
        let defaults = ["capacity": "1", "daysPerWeek": "2", "hoursPerDay": "6", "minimumAge": "14",
                        "sector": company.sectorList.first?.rawValue ?? ""]
        return PositionFormPage.render(req, .init(values: .init(defaults), company: company, positionID: nil), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        let company = try await company(req, user: user)
        return try await save(req, user: user, company: company, existing: nil)
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user()
        let position = try await position(req, user: user)
        return PositionFormPage.render(req, .init(values: .init(Self.formValues(position.input)), company: position.company,
                                                  positionID: position.id), status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user()
        let position = try await position(req, user: user)
        return try await save(req, user: user, company: position.company, existing: position)
    }

    private func company(_ req: Request, user: CurrentUser) async throws -> CompanyModel {
        _ = try user.visibility(.create, .position)
        guard let id = req.parameters.get("id", as: UUID.self),
              let company = try await req.companies.find(id, board: user.boardID)
        else { throw Abort(.notFound, reason: "Dit bedrijf bestaat niet of hoort niet bij uw scholen.") }
        return company
    }

    private func position(_ req: Request, user: CurrentUser) async throws -> PositionModel {
        _ = try user.visibility(.update, .position)
        guard let id = req.parameters.get("id", as: UUID.self),
              let position = try await req.positions.find(id, board: user.boardID)
        else { throw Abort(.notFound, reason: "Deze stageplaats bestaat niet of hoort niet bij uw scholen.") }
        return position
    }

    private func save(_ req: Request, user: CurrentUser, company: CompanyModel, existing: PositionModel?) async throws -> Response {
        let values = try req.formValues()
        switch PositionInput.read(values, today: req.today) {
        case let .failure(errors):
            return PositionFormPage.render(req, .init(values: .init(values, errors: errors), company: company,
                                                      positionID: existing?.id), status: .badRequest)
        case let .success(input):
            let companyID = try company.requireID()
            try await req.db.transaction { tx in
                try await FluentPositionRepository(db: tx).save(input, company: companyID, existing: existing,
                                                                actor: user.actor, at: req.now)
            }
            req.flash("Stageplaats \(input.title) is opgeslagen.")
            return req.redirect(to: SitePath.company(companyID).path, redirectType: .normal)
        }
    }

    static func formValues(_ input: PositionInput) -> [String: String] {
        [
            "title": input.title, "sector": input.sector.rawValue, "capacity": String(input.capacity),
            "daysPerWeek": String(input.daysPerWeek), "hoursPerDay": String(input.hoursPerDay),
            "minimumAge": String(input.minimumAge),
            "requiredCertificates": input.requiredCertificates.map(\.rawValue).joined(separator: ","),
            "description": input.description ?? "",
        ]
    }
}
