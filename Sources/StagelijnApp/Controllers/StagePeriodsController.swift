import Fluent
import StagelijnCore
import Vapor

struct StagePeriodsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let periods = routes.grouped("stageperiodes")
        periods.get(use: index)
        periods.get("nieuw", use: new)
        periods.post(use: create)
        periods.get(":id", "bewerken", use: edit)
        periods.post(":id", use: update)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .stagePeriod)
        let periods = try await req.periods.list(school: user.schoolID)
        return StagePeriodListPage.render(req, .init(periods: periods,
                                                     canEdit: AccessPolicy.allows(user.role, .update, .stagePeriod)))
    }

    func new(req: Request) async throws -> Response {
        _ = try req.user().visibility(.create, .stagePeriod)
        let year = SchoolYear(containing: req.today).name
        return StagePeriodFormPage.render(req, .init(values: .init(["schoolYear": year, "daysPerWeek": "2", "hoursPerDay": "6"]),
                                                     periodID: nil), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .stagePeriod)
        return try await save(req, user: user, existing: nil)
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user()
        let period = try await find(req, user: user)
        let input = period.input
        let values = ["name": input.name, "schoolYear": input.schoolYear, "startDate": input.startDate.iso,
                      "endDate": input.endDate.iso, "daysPerWeek": String(input.daysPerWeek),
                      "hoursPerDay": String(input.hoursPerDay)]
        return StagePeriodFormPage.render(req, .init(values: .init(values), periodID: period.id), status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user()
        let period = try await find(req, user: user)
        return try await save(req, user: user, existing: period)
    }

    private func find(_ req: Request, user: CurrentUser) async throws -> StagePeriodModel {
        _ = try user.visibility(.update, .stagePeriod)
        guard let id = req.parameters.get("id", as: UUID.self),
              let period = try await req.periods.find(id, school: user.schoolID)
        else { throw Abort(.notFound, reason: "Deze stageperiode bestaat niet of hoort niet bij uw school.") }
        return period
    }

    private func save(_ req: Request, user: CurrentUser, existing: StagePeriodModel?) async throws -> Response {
        let values = try req.formValues()
        switch StagePeriodInput.read(values, today: req.today) {
        case let .failure(errors):
            return StagePeriodFormPage.render(req, .init(values: .init(values, errors: errors), periodID: existing?.id),
                                              status: .badRequest)
        case let .success(input):
            try await req.db.transaction { tx in
                try await FluentStagePeriodRepository(db: tx).save(input, existing: existing, school: user.schoolID,
                                                                   actor: user.actor, at: req.now)
            }
            req.flash("Stageperiode \(input.name) is opgeslagen.")
            return req.redirect(to: SitePath.periods.path, redirectType: .normal)
        }
    }
}
