import Fluent
import Vapor

/// The praktijkbegeleider's personal link of one placement (purpose `confirmHours`: it started as the hours link and
/// now also opens the assessments): the token in the path is the only credential, and it reaches only its placement.
enum WorkplaceLink {
    static func resolve(_ req: Request) async throws -> Result<(AccessLinkModel, PlacementModel), AccessLinks.Problem> {
        switch try await AccessLinks.resolve(req.parameters.get("token") ?? "", purpose: .confirmHours, now: req.now, on: req.db) {
        case let .failure(problem): return .failure(problem)
        case let .success(link):
            guard let placement = try await CompanyHoursReview.loadPlacements([link.$placement.id], on: req.db).first
            else { return .failure(.unknown) }
            req.changedSchool = placement.$school.id
            return .success((link, placement))
        }
    }
}
