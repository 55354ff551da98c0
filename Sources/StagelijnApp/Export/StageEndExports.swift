import Fluent
import StagelijnCore
import Vapor

/// CSV downloads of the stage-end pages: dropouts, leavers with their aftercare, and the allowance figures.
struct StageEndExports: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("uitval.csv", use: dropouts)
        routes.get("uitstroom.csv", use: leavers)
        routes.get("vergoedingen.csv", use: allowances)
    }

    /// Open dropouts first, then those with a next step, as on the page.
    func dropouts(req: Request) async throws -> Response {
        let user = try req.user()
        let dropouts = try await DropoutQueries.visible(try user.visibility(.list, .dropout), on: req.db)
        let ordered = dropouts.filter { $0.nextStep == nil } + dropouts.filter { $0.nextStep != nil }
        let rows = ordered.map { dropout in
            [dropout.student.fullName, dropout.student.className, dropout.placement.position.company.name,
             CSVFormat.date(dropout.endedOn), DropoutPages.stateText(dropout)]
        }
        try await ExportController.audit(req, user, "uitval", count: rows.count)
        return CSVWriter.response(CSVWriter.document(header: ["leerling", "klas", "bedrijf", "gestopt", "stand"], rows: rows), name: "uitval.csv")
    }

    func leavers(req: Request) async throws -> Response {
        let (user, leavers, contacts) = try await OutflowController.leavers(req)
        let rows = leavers.map { leaver in
            [leaver.student.fullName, leaver.left.iso, leaver.destination.dutchName,
             OutflowPages.aftercareText(leaver, contacts[leaver.id ?? UUID()] ?? [], today: req.today), leaver.supervisor?.name ?? ""]
        }
        try await ExportController.audit(req, user, "uitstroom", count: rows.count)
        return CSVWriter.response(CSVWriter.document(
            header: ["oud-leerling", "vertrokken", "bestemming", "nazorg", "nazorg door"], rows: rows), name: "uitstroom.csv")
    }

    /// Counts per sector, no names: no audit entry needed.
    func allowances(req: Request) async throws -> Response {
        let user = try AllowanceController.coordinator(req)
        let shares = try await AllowanceService.sharePerSector(school: user.schoolID, on: req.db)
        let total = shares.reduce((0, 0)) { ($0.0 + $1.withAllowance, $0.1 + $1.placements) }
        let rows = shares.map { [$0.sector.dutchName, String($0.withAllowance), String($0.placements),
                                 percent(Double($0.withAllowance), of: Double($0.placements))] }
            + (shares.isEmpty ? [] : [["totaal", String(total.0), String(total.1), percent(Double(total.0), of: Double(total.1))]])
        return CSVWriter.response(CSVWriter.document(header: ["sector", "met vergoeding", "stages", "aandeel"], rows: rows),
                                  name: "vergoedingen.csv")
    }
}
