import Fluent
import StagelijnCore
import Vapor

/// The page behind the praktijkbegeleider's weekly link: every student of this school whose praktijkbegeleider has
/// the link's address, with their open weeks. A week is confirmed or sent back exactly as on the single-student
/// link (`CompanyHoursReview`); the placement in the form must be one of the link's own, or nothing happens.
struct WorkplaceMentorHoursController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("uren-overzicht", ":token", use: show)
        routes.post("uren-overzicht", ":token", "week", use: confirm)
    }

    func show(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placements)): return try await page(req, link: link, placements: placements, error: nil, status: .ok)
        }
    }

    func confirm(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placements)):
            let form = try req.formValues()
            // Another school's or another praktijkbegeleider's student is simply not there.
            guard let id = UUID(uuidString: form["placement"] ?? ""), let placement = placements.first(where: { $0.id == id }) else {
                throw Abort(.notFound, reason: "Deze leerling staat niet in uw overzicht.")
            }
            switch try await CompanyHoursReview.handle(req, form: form, placement: placement, by: link.recipientName,
                                                       via: "via weekoverzicht") {
            case let .invalid(problem):
                return try await page(req, link: link, placements: placements,
                                      error: "\(placement.student.fullName): \(problem)", status: .badRequest)
            case let .done(message):
                req.flash("\(placement.student.fullName): \(message)")
                return req.redirect(to: "/uren-overzicht/\(req.parameters.get("token") ?? "")", redirectType: .normal)
            }
        }
    }

    private func page(_ req: Request, link: AccessLinkModel, placements: [PlacementModel], error: String?,
                      status: HTTPStatus) async throws -> Response {
        var students: [WorkplaceMentorHoursPage.Student] = []
        for placement in placements {
            let entries = try await HoursService.entries(placement: placement.requireID(), on: req.db)
            let open = HoursService.weeks(entries).filter { $0.entries.contains { $0.confirmedAt == nil } }.reversed()
            students.append(.init(placement: placement, openWeeks: Array(open)))
        }
        // Students with open weeks first, then by name.
        students.sort { ($0.openWeeks.isEmpty ? 1 : 0, $0.placement.student.fullName) < ($1.openWeeks.isEmpty ? 1 : 0, $1.placement.student.fullName) }
        return WorkplaceMentorHoursPage.render(req, link: link, students: students, token: req.parameters.get("token") ?? "",
                                               error: error, status: status)
    }

    /// The link and the placements it may show: same school as the placement it was made for, same address.
    private func load(_ req: Request) async throws -> Result<(AccessLinkModel, [PlacementModel]), AccessLinks.Problem> {
        switch try await AccessLinks.resolve(req.parameters.get("token") ?? "", purpose: .confirmHoursDigest, now: req.now, on: req.db) {
        case let .failure(problem): return .failure(problem)
        case let .success(link):
            guard let school = try await PlacementModel.find(link.$placement.id, on: req.db)?.$school.id else { return .failure(.unknown) }
            req.changedSchool = school
            let ids = try await WorkplaceMentorHours.placements(school: school, email: link.recipientEmail, on: req.db)
            return .success((link, try await CompanyHoursReview.loadPlacements(ids, on: req.db)))
        }
    }
}
