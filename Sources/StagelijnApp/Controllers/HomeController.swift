import Fluent
import StagelijnCore
import Vapor

/// The home page: what needs attention now and progress against the target (placements secured vs needed).
/// Leadership and inspectors see the same figures as counts only, without names.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: index)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        let school = user.schoolID
        let studentCount = try await StudentModel.query(on: req.db).filter(\.$school.$id == school).count()
        let placements = try await PlacementModel.query(on: req.db).filter(\.$school.$id == school).all()
        var byStatus: [PlacementStatus: Int] = [:]
        for placement in placements { byStatus[placement.status, default: 0] += 1 }
        let periods = try await req.periods.list(school: school)
        let today = req.today
        let currentPeriod = periods.first { $0.end >= today }

        var withoutPlace: [StudentModel] = []
        var withoutPlaceCount = 0
        if let period = currentPeriod, let periodID = period.id {
            let placed = Set(placements.filter { $0.$period.id == periodID && $0.status != .terminated }.map { $0.$student.id })
            // Upper years (3+) are expected to be on a stage; the coordinator's target is all of them placed.
            let candidates = try await StudentModel.query(on: req.db).filter(\.$school.$id == school)
                .filter(\.$schoolYearLevel >= 3).sort(\.$className).sort(\.$lastName).all()
            let open = candidates.filter { student in student.id.map { !placed.contains($0) } ?? false }
            withoutPlaceCount = open.count
            if AccessPolicy.scope(for: user.role, .list, .student) == .school { withoutPlace = Array(open.prefix(12)) }
        }
        return HomePage.render(req, .init(
            studentCount: studentCount, placementsByStatus: byStatus, currentPeriod: currentPeriod,
            withoutPlaceCount: withoutPlaceCount, withoutPlace: withoutPlace,
            canCreatePlacement: AccessPolicy.allows(user.role, .create, .placement)))
    }
}
