import Fluent
import StagelijnCore
import Vapor

/// CSV downloads of the period pages: the supervision overview per supervisor, the students still without a place
/// and one matching run's proposals. The period comes from `?periode=` as on the page.
struct PeriodListExports: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("begeleiding-overzicht.csv", use: supervision)
        routes.get("matching-zonder-plek.csv", use: withoutPlace)
        routes.get("matching-indeling.csv", use: matchingRun)
    }

    /// The table "Bezoeken en contactmomenten per begeleider" of `/begeleiding/overzicht`, with its access check
    /// (school-wide supervision scope) and its period choice.
    func supervision(req: Request) async throws -> Response {
        let user = try req.user()
        guard try user.visibility(.list, .supervision).scope == .school,
              let school = try await SchoolModel.find(user.schoolID, on: req.db) else { throw Abort(.forbidden) }
        let period = req.chosenPeriod(try await req.periods.list(school: user.schoolID))
        let report = try await period.asyncFlatMap { try await SupervisionOverview.load(school: school, period: $0, today: req.today, on: req.db) }
        let rows = (report?.supervisors ?? []).map { row in
            [row.name, String(row.placements), String(row.visitsDue), String(row.visitsDone), String(row.visitsOverdue), String(row.contactsMissed)]
        }
        try await ExportController.audit(req, user, "begeleiding-overzicht", count: rows.count)
        return CSVWriter.response(CSVWriter.document(
            header: ["begeleider", "stages", "bezoeken gepland t/m vandaag", "gedaan", "nu te laat", "contactmomenten gemist"], rows: rows),
            name: "begeleiding-overzicht.csv")
    }

    func withoutPlace(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.view, .matching)
        let period = req.chosenPeriod(try await req.periods.list(school: user.schoolID))
        let students = try await period.asyncFlatMap {
            try await MatchingService(db: req.db).studentsWithoutPlace(school: user.schoolID, period: try $0.requireID())
        } ?? []
        let rows = students.map { item in
            [item.student.fullName, item.student.className, item.student.needsSupport ? "ja" : "nee",
             item.preferences == 0 ? "nog geen" : String(item.preferences)]
        }
        try await ExportController.audit(req, user, "matching-zonder-plek", count: rows.count)
        return CSVWriter.response(CSVWriter.document(header: ["leerling", "klas", "ondersteuning", "wensen"], rows: rows),
                                  name: "matching-zonder-plek.csv")
    }

    /// `?indeling=<run>`: a run of the user's own school, else 404 (as the run page).
    func matchingRun(req: Request) async throws -> Response {
        let user = try req.user()
        let id = try? req.query.get(UUID.self, at: "indeling")
        guard let id else { _ = try user.visibility(.view, .matching); throw Abort(.notFound) }
        let run = try await MatchingController.findRun(req, user: user, .view, id: id)
        let context = try await MatchingController.runContext(req, run: run, error: nil)
        let rows = MatchingPages.runRows(context).map { row in
            [row.student.fullName, row.student.className, row.place, row.choice, row.explanation]
        }
        try await ExportController.audit(req, user, "matching-indeling", count: rows.count)
        return CSVWriter.response(CSVWriter.document(header: ["leerling", "klas", "voorstel", "keuze", "toelichting"], rows: rows),
                                  name: "matching-indeling.csv")
    }
}
