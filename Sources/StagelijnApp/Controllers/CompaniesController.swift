import Fluent
import StagelijnCore
import Vapor

/// Companies are shared by the schools of a board: every school of the board sees and maintains the same list.
struct CompaniesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let companies = routes.grouped("bedrijven")
        companies.get(use: index)
        companies.get("nieuw", use: new)
        companies.post(use: create)
        companies.get(":id", use: show)
        companies.get(":id", "bewerken", use: edit)
        companies.post(":id", use: update)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .company)
        var filter = CompanyFilter()
        filter.search = req.queryText("q")
        filter.sector = (try? req.query.get(String.self, at: "sector")).flatMap(Sector.init(rawValue:))
        filter.page = req.pageNumber()
        let page = try await req.companies.page(board: user.boardID, filter: filter)
        return CompanyListPage.render(req, .init(page: page, filter: filter,
                                                 canCreate: AccessPolicy.allows(user.role, .create, .company)))
    }

    func new(req: Request) async throws -> Response {
        _ = try req.user().visibility(.create, .company)
        return CompanyFormPage.render(req, .init(values: .init(["sbbStatus": SBBStatus.notRecognised.rawValue]),
                                                 companyID: nil, companyName: nil), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .company)
        return try await save(req, user: user, existing: nil)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let company = try await find(req, user: user, .view)
        let positions = try await req.positions.list(company: try company.requireID())
        let cooperation = try await CooperationAgreementModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .filter(\.$company.$id == company.requireID()).first()
        try await MeldpuntCompanySignals.prepare(req)
        try await CompanyQualityProfile.prepare(req)
        return CompanyDetailPage.render(req, .init(
            company: company, positions: positions,
            canEdit: AccessPolicy.allows(user.role, .update, .company),
            canAddPosition: AccessPolicy.allows(user.role, .create, .position),
            cooperation: cooperation, canEditCooperation: AccessPolicy.allows(user.role, .create, .schoolSignature),
            isStaff: user.role != .student && user.role != .parent))
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user()
        let company = try await find(req, user: user, .update)
        return CompanyFormPage.render(req, .init(values: .init(Self.formValues(company.input)),
                                                 companyID: company.id, companyName: company.name), status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user()
        let company = try await find(req, user: user, .update)
        return try await save(req, user: user, existing: company)
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> CompanyModel {
        _ = try user.visibility(action, .company)
        guard let id = req.parameters.get("id", as: UUID.self),
              let company = try await req.companies.find(id, board: user.boardID)
        else { throw Abort(.notFound, reason: "Dit bedrijf bestaat niet of hoort niet bij uw scholen.") }
        return company
    }

    private func save(_ req: Request, user: CurrentUser, existing: CompanyModel?) async throws -> Response {
        let values = try req.formValues()
        switch CompanyInput.read(values, today: req.today) {
        case let .failure(errors):
            return CompanyFormPage.render(req, .init(values: .init(values, errors: errors), companyID: existing?.id,
                                                     companyName: existing?.name), status: .badRequest)
        case let .success(input):
            let saved = try await req.db.transaction { tx in
                try await FluentCompanyRepository(db: tx).save(input, existing: existing, board: user.boardID,
                                                               actor: user.actor, at: req.now)
            }
            req.flash(existing == nil ? "Bedrijf \(input.name) is toegevoegd." : "De gegevens van \(input.name) zijn opgeslagen.")
            return req.redirect(to: SitePath.company(try saved.requireID()).path, redirectType: .normal)
        }
    }

    static func formValues(_ input: CompanyInput) -> [String: String] {
        [
            "name": input.name, "street": input.street, "postcode": input.postcode, "city": input.city,
            "lat": input.location.map { String($0.lat) } ?? "", "lon": input.location.map { String($0.lon) } ?? "",
            "sectors": input.sectors.map(\.rawValue).joined(separator: ","), "sbbNumber": input.sbbNumber ?? "",
            "sbbStatus": input.sbbStatus.rawValue, "contactName": input.contactName ?? "",
            "contactEmail": input.contactEmail ?? "", "contactPhone": input.contactPhone ?? "",
            "isDeliveryService": input.isDeliveryService ? "ja" : "", "notes": input.notes ?? "",
        ]
    }
}
