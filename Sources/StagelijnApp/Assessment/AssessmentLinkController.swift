import Fluent
import StagelijnCore
import Vapor

/// The praktijkbegeleider's assessments through their personal link (no account, on a phone): the list of this
/// student's assessments, filling and approving the company's part, and — at the start — marking the items the
/// company cannot offer, each with an agreed alternative. The link reaches only its own placement.
struct AssessmentLinkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let link = routes.grouped("uren", ":token")
        link.get("beoordelingen", use: list)
        link.get("beoordelingen", ":assessment", use: show)
        link.post("beoordelingen", ":assessment", use: save)
        link.get("kan-niet-bieden", use: gapsPage)
        link.post("kan-niet-bieden", use: saveGaps)
    }

    func list(req: Request) async throws -> Response {
        try await withLink(req) { link, placement in
            let overview = try await PlacementAssessments.load(placement, today: req.today, on: req.db)
            return LinkAssessmentPages.list(req, overview, token: token(req), mentor: link.recipientName)
        }
    }

    func show(req: Request) async throws -> Response {
        try await withLink(req) { link, placement in
            let assessment = try await assessment(req, placement: placement)
            let sheet = try await AssessmentSheet.load(assessment, placement: placement, today: req.today, on: req.db)
            try await AuditLog.recordRead(on: req.db, actor: actor(link, placement), entity: "assessment", id: sheet.assessmentID, at: req.now)
            return AssessmentPage.render(req, sheet, mode: mode(req, sheet))
        }
    }

    func save(req: Request) async throws -> Response {
        try await withLink(req) { link, placement in
            let assessment = try await assessment(req, placement: placement)
            let result = try await AssessmentSubmission.handle(req, assessment: assessment, placement: placement, part: .workplaceMentor,
                                                              name: link.recipientName, actor: actor(link, placement))
            if let problem = result.problem {
                let sheet = try await AssessmentSheet.load(assessment, placement: placement, today: req.today, on: req.db)
                return AssessmentPage.render(req, sheet, mode: mode(req, sheet), typed: result.typed, problem: problem, status: .badRequest)
            }
            req.flash(result.message ?? "Opgeslagen.")
            return req.redirect(to: AssessmentPath.link(token: token(req)).path, redirectType: .normal)
        }
    }

    func gapsPage(req: Request) async throws -> Response {
        try await withLink(req) { _, placement in
            let items = try await OfferGapService(db: req.db).items(for: placement)
            let current = try await OfferGapService(db: req.db).current(placement)
            return LinkAssessmentPages.gaps(req, placement: placement, items: items, marked: current, problems: [:], token: token(req))
        }
    }

    func saveGaps(req: Request) async throws -> Response {
        try await withLink(req) { link, placement in
            let form = try req.formValues()
            let service = OfferGapService(db: req.db)
            let items = try await service.items(for: placement)
            let marked = items.map(\.key).filter { form["gap.\($0)"] == "ja" }
            let alternatives = Dictionary(uniqueKeysWithValues: marked.map { ($0, (form["alt.\($0)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) })
            let problems = OfferGaps.problems(marked: marked, alternatives: alternatives, knownKeys: Set(items.map(\.key)))
            if !problems.isEmpty {
                return LinkAssessmentPages.gaps(req, placement: placement, items: items, marked: alternatives, problems: problems,
                                                token: token(req), status: .badRequest)
            }
            try await req.db.transaction { db in
                try await OfferGapService(db: db).replace(placement, with: alternatives, by: link.recipientName,
                                                          actor: actor(link, placement), at: req.now)
            }
            req.flash(marked.isEmpty ? "Vastgelegd: u kunt alle onderdelen bieden." : "Vastgelegd: \(DutchFormat.count(marked.count, "onderdeel", "onderdelen")) met een alternatief.")
            return req.redirect(to: AssessmentPath.link(token: token(req)).path, redirectType: .normal)
        }
    }

    // MARK: - The link

    private func token(_ req: Request) -> String { req.parameters.get("token") ?? "" }

    private func actor(_ link: AccessLinkModel, _ placement: PlacementModel) -> Actor {
        Actor(userID: nil, name: "\(link.recipientName) (praktijkbegeleider, via link)", schoolID: placement.$school.id)
    }

    private func mode(_ req: Request, _ sheet: AssessmentSheet) -> AssessmentPage.Mode {
        AssessmentPage.Mode(fills: .workplaceMentor, saveAction: AssessmentPath.linkAssessment(token: token(req), assessment: sheet.assessmentID).path,
                            informal: false, backLink: (AssessmentPath.link(token: token(req)).path, "Alle beoordelingen van \(sheet.student)"))
    }

    private func assessment(_ req: Request, placement: PlacementModel) async throws -> AssessmentModel {
        guard let id = req.parameters.get("assessment", as: UUID.self),
              let assessment = try await AssessmentModel.query(on: req.db).filter(\.$id == id)
                .filter(\.$placement.$id == placement.requireID()).first()
        else { throw Abort(.notFound, reason: "Deze beoordeling hoort niet bij deze link.") }
        return assessment
    }

    /// Runs `body` with the link's placement, or answers with the Dutch problem page of an unusable link.
    private func withLink(_ req: Request, _ body: (AccessLinkModel, PlacementModel) async throws -> Response) async throws -> Response {
        switch try await WorkplaceLink.resolve(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)): return try await body(link, placement)
        }
    }
}
