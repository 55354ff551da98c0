import Fluent
import StagelijnCore
import Vapor

/// The stages behind a quality figure that did not meet it (`/kwaliteit/leerlingen/:indicator`) as CSV:
/// `?kengetal=<indicator>&jaar=<school year>`. The coordinator only, as the page.
struct QualityStudentsExport: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("kwaliteit-leerlingen.csv", use: students)
    }

    func students(req: Request) async throws -> Response {
        let (user, indicator, _, placements) = try await QualityController.notMet(req, indicator: req.query["kengetal"])
        let rows = placements.map { p in [p.student.fullName, p.student.className, p.position.company.name, p.status.dutchName] }
        try await ExportController.audit(req, user, "kwaliteit-leerlingen-\(indicator.rawValue)", count: rows.count)
        return CSVWriter.response(CSVWriter.document(header: ["leerling", "klas", "bedrijf", "status"], rows: rows),
                                  name: "kwaliteit-\(indicator.rawValue).csv")
    }
}
