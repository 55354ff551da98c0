import Fluent
import StagelijnCore
import Vapor

/// The praktijkbegeleider's page behind the personal hours link: only this student's weeks. A week that breaks a
/// youth labour rule says so above its buttons, and confirming it needs a tick that the violation was seen.
struct CompanyHoursController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("uren", ":token", use: show)
        routes.post("uren", ":token", "week", use: confirm)
    }

    func show(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)): return try await page(req, link: link, placement: placement, error: nil, status: .ok)
        }
    }

    func confirm(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)):
            switch try await CompanyHoursReview.handle(req, form: try req.formValues(), placement: placement,
                                                       by: link.recipientName, via: "via link") {
            case let .invalid(problem):
                return try await page(req, link: link, placement: placement, error: problem, status: .badRequest)
            case let .done(message):
                req.flash(message)
                return req.redirect(to: "/uren/\(req.parameters.get("token") ?? "")", redirectType: .normal)
            }
        }
    }

    private func page(_ req: Request, link: AccessLinkModel, placement: PlacementModel, error: String?,
                      status: HTTPStatus) async throws -> Response {
        let entries = try await HoursService.entries(placement: placement.requireID(), on: req.db)
        // The praktijkbegeleider also sees this student's agreement and goals — and nothing else of the school.
        let agreement = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        return HoursCompanyPage.render(req, link: link, placement: placement, weeks: HoursService.weeks(entries), error: error,
                                       status: status, agreementText: agreement.agreement == nil ? nil : agreement.text)
    }

    /// The link's placement (`WorkplaceLink`, shared by every page behind the praktijkbegeleider's link).
    private func load(_ req: Request) async throws -> Result<(AccessLinkModel, PlacementModel), AccessLinks.Problem> {
        try await WorkplaceLink.resolve(req)
    }
}
