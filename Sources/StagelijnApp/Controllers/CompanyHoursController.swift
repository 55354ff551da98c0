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
            let form = try req.formValues()
            let placementID = try placement.requireID()
            guard let monday = LocalDate(parsing: form["monday"] ?? ""), monday.isoWeekday == 1 else {
                throw Abort(.badRequest, reason: "Kies een week.")
            }
            let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let correcting = form["action"] == "corrigeren"
            // Only this link's placement: the week is looked up among its own entries, never by an id from the form.
            let week = try await HoursService.entries(placement: placementID, on: req.db)
                .filter { LocalDate(iso: $0.date)?.isoWeekMonday == monday }
            guard !week.isEmpty else { throw Abort(.notFound, reason: "In deze week zijn geen uren geschreven.") }
            let problem: String? = if comment.count > 1000 || !InputText.isMultiLine(comment) {
                "Een opmerking is hoogstens 1000 tekens, zonder stuurtekens."
            } else if correcting && comment.count < 5 {
                "Schrijf bij een correctie wat er niet klopt."
            } else if !correcting && week.contains(where: { !$0.violations.isEmpty }) && form["violationsSeen"] != "ja" {
                "Deze week overtreedt de regels voor jeugdarbeid. Vink aan dat u dat gezien hebt, of vraag om een correctie."
            } else { nil }
            if let problem { return try await page(req, link: link, placement: placement, error: problem, status: .badRequest) }
            let actor = Actor(userID: nil, name: "\(link.recipientName) (praktijkbegeleider, via link)", schoolID: placement.$school.id)
            try await HoursService.review(week: week, monday: monday, correcting: correcting, comment: comment, by: link.recipientName,
                                          actor: actor, placement: placement, at: req.now, on: req.db)
            req.flash(correcting ? "Uw correctie is doorgegeven aan de leerling en de school. Na de aanpassing ziet u de week hier terug."
                      : "De week van \(monday.dutch) is bevestigd. Dank u wel.")
            return req.redirect(to: "/uren/\(req.parameters.get("token") ?? "")", redirectType: .normal)
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

    private func load(_ req: Request) async throws -> Result<(AccessLinkModel, PlacementModel), AccessLinks.Problem> {
        switch try await AccessLinks.resolve(req.parameters.get("token") ?? "", purpose: .confirmHours, now: req.now, on: req.db) {
        case let .failure(problem): return .failure(problem)
        case let .success(link):
            guard let placement = try await PlacementModel.query(on: req.db).filter(\.$id == link.$placement.id)
                .with(\.$school).with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).first()
            else { return .failure(.unknown) }
            return .success((link, placement))
        }
    }
}
