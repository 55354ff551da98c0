import Fluent
import StagelijnCore
import Vapor

/// The meldpunt's list of reports as CSV: for the school's handlers only (`requireIncidentHandler`, as the page), with
/// the page's columns only — when it came in, the kind, the company, the state and the deadline. Never the reporter,
/// the text or the grounds: those stay inside the report, where every opening is logged. Leadership and the inspector
/// have the figures (`/meldingen/cijfers.csv`), not this list.
struct MeldpuntExport: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("meldingen.csv", use: reports)
    }

    func reports(req: Request) async throws -> Response {
        let user = try await req.requireIncidentHandler()
        let reports = try await req.meldpunt.reports(school: user.schoolID)
        let isOpen = { (report: IncidentReportModel) in report.status == .new || report.status == .inProgress }
        let today = req.today
        let rows = (reports.filter(isOpen) + reports.filter { !isOpen($0) }).map { report in
            [CSVFormat.date(report.receivedOn), report.category.dutchName, report.company?.name ?? report.companyName ?? "",
             report.status.dutchName, report.mode == .followUp ? CSVFormat.date(report.responseDue) : "",
             MeldpuntHandlerPages.isOverdue(report, today: today) ? "ja" : "nee"]
        }
        try await ExportController.audit(req, user, "meldingen", count: rows.count)
        return CSVWriter.response(CSVWriter.document(
            header: ["ontvangen", "soort", "bedrijf", "stand", "reageren vóór", "te laat"], rows: rows), name: "meldingen.csv")
    }
}
