import Fluent
import StagelijnCore
import Vapor

/// CSV downloads of the staff's work lists: the audit log, evaluations, assessments and open assignments. Each
/// reads through the same function as its page, so access, school scope and filters are the page's own.
struct StaffListExports: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("logboek.csv", use: auditLog)
        routes.get("evaluaties.csv", use: evaluations)
        routes.get("beoordelingen.csv", use: assessments)
        routes.get("opdrachten-te-doen.csv", use: openAssignments)
        routes.get("opdrachten.csv", use: library)
    }

    /// The whole log the page pages through, newest first.
    func auditLog(req: Request) async throws -> Response {
        let user = try req.user()
        let entries = try await AuditController.entries(req).sort(\.$at, .descending).range(0..<CSVFormat.maximumRows).all()
        let rows = entries.map { entry in
            [CSVFormat.dateTime(entry.at), entry.actorName,
             "\(AuditLabels.entity(entry.entity).capitalizedFirstLetter) \(AuditLabels.action(entry.action))",
             AuditLabels.changes(entry.changes).joined(separator: "\n")]
        }
        try await ExportController.audit(req, user, "logboek", count: rows.count)
        return CSVWriter.response(CSVWriter.document(header: ["wanneer", "wie", "wat", "wijzigingen"], rows: rows), name: "logboek.csv")
    }

    func evaluations(req: Request) async throws -> Response {
        let (user, mine, school) = try await EvaluationController.rows(req)
        func line(_ row: EvaluationListPages.Row, list: String, open: Bool) -> [String] {
            [list, row.student, row.company, row.moment.dutchName, row.perspective.dutchName, row.answered ? "ja" : open ? "nog invullen" : "nee"]
        }
        let rows = mine.map { line($0, list: "voor u om in te vullen", open: true) }
            + school.map { line($0, list: "alle evaluaties van de school", open: false) }
        try await ExportController.audit(req, user, "evaluaties", count: rows.count)
        return CSVWriter.response(CSVWriter.document(header: ["lijst", "leerling", "bedrijf", "moment", "van", "ingevuld"], rows: rows),
                                  name: "evaluaties.csv")
    }

    func assessments(req: Request) async throws -> Response {
        let user = try req.user()
        // The page sends students and parents home; their download is refused.
        guard AssessmentOverviewController.seesOverview(user) else {
            _ = try user.visibility(.list, .assessment)
            throw Abort(.forbidden, reason: "Deze lijst is voor de medewerkers van de school.")
        }
        let (agenda, _) = try await AssessmentOverviewController.rows(req, user)
        let rows = agenda.map { row in
            [row.dueOn.iso, row.status.dutch, row.student, row.company, row.kind.dutchName, AssessmentOverviewPage.approvedText(row)]
        }
        try await ExportController.audit(req, user, "beoordelingen", count: rows.count)
        return CSVWriter.response(CSVWriter.document(
            header: ["uiterlijk", "stand", "leerling", "bedrijf", "beoordeling", "goedgekeurd"], rows: rows), name: "beoordelingen.csv")
    }

    func openAssignments(req: Request) async throws -> Response {
        let (user, items, _) = try await AssignmentLibraryController.openItems(req)
        let rows = AssignmentsToDoPage.groups.flatMap { status, heading in
            items.filter { $0.summary.status == status }.map { item in
                [heading, item.studentName, item.className, item.companyName, item.summary.title, item.summary.due?.iso ?? "",
                 item.summary.isOverdue(today: req.today) ? "ja" : "nee"]
            }
        }
        try await ExportController.audit(req, user, "opdrachten-te-doen", count: rows.count)
        return CSVWriter.response(CSVWriter.document(
            header: ["groep", "leerling", "klas", "bedrijf", "opdracht", "uiterlijk", "te laat"], rows: rows), name: "opdrachten-te-doen.csv")
    }

    /// The school's library of assignments, grouped by sector as on the page: no personal data, so no audit entry.
    func library(req: Request) async throws -> Response {
        let rows = try await AssignmentLibraryController.listed(req).map { t in
            [t.sectorValue?.dutchName ?? "Alle sectoren", t.title, t.kind.dutchName, t.phase, t.suggestedPart.map(String.init) ?? "",
             t.archived ? "nee" : "ja"]
        }.enumerated().sorted { ($0.element[0], $0.offset) < ($1.element[0], $1.offset) }.map(\.element)
        return CSVWriter.response(CSVWriter.document(
            header: ["sector", "opdracht", "soort", "fase", "deel", "in gebruik"], rows: rows), name: "opdrachten.csv")
    }
}
