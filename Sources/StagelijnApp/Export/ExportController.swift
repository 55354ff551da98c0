import Fluent
import Plot
import StagelijnCore
import Vapor

/// CSV downloads of the list pages, with the same access check, school scope and filters as the page itself.
/// Students, companies and positions use the import's column names, so a download can be imported again.
struct ExportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let export = routes.grouped("export")
        export.get("leerlingen.csv", use: students)
        export.get("bedrijven.csv", use: companies)
        export.get("stageplaatsen.csv", use: positions)
        export.get("stageperiodes.csv", use: periods)
        export.get("stages.csv", use: placements)
        try export.register(collection: StaffListExports())
        try export.register(collection: StageEndExports())
        try export.register(collection: MeldpuntExport())
        try export.register(collection: PeriodListExports())
        try export.register(collection: QualityStudentsExport())
    }

    func students(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.list, .student)
        var filter = StudentFilter()
        filter.search = req.queryText("q")
        filter.className = req.queryText("klas")
        filter.schoolYearLevel = Request.clampedInt(req.queryText("leerjaar"), to: 1...8)
        filter.perPage = StudentFilter.maximumPerPage
        var rows: [[String]] = []
        var page = 1
        while page <= 100 {
            filter.page = page
            let chunk = try await req.students.page(visibility, filter: filter)
            rows += chunk.items.map { student in
                let values = StudentsController.formValues(student.input)
                return StudentInput.fields.map { values[$0.code] ?? "" }
            }
            if page >= chunk.pageCount { break }
            page += 1
        }
        try await Self.audit(req, user, "leerlingen", count: rows.count)
        return CSVWriter.response(CSVWriter.document(header: StudentInput.fields.map(\.label), rows: rows), name: "leerlingen.csv")
    }

    func companies(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .company)
        var filter = CompanyFilter()
        filter.search = req.queryText("q")
        filter.sector = (try? req.query.get(String.self, at: "sector")).flatMap(Sector.init(rawValue:))
        filter.perPage = 1000
        var rows: [[String]] = []
        var page = 1
        while page <= 100 {
            filter.page = page
            let chunk = try await req.companies.page(board: user.boardID, filter: filter)
            rows += chunk.items.map { company in
                let values = CompaniesController.formValues(company.input)
                return CompanyInput.fields.map { values[$0.code] ?? "" }
            }
            if page >= chunk.pageCount { break }
            page += 1
        }
        return CSVWriter.response(CSVWriter.document(header: CompanyInput.fields.map(\.label), rows: rows), name: "bedrijven.csv")
    }

    func positions(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .position)
        var filter = PositionFilter()
        filter.search = req.queryText("q")
        filter.sector = (try? req.query.get(String.self, at: "sector")).flatMap(Sector.init(rawValue:))
        let positions = try await req.positions.list(board: user.boardID, filter: filter)
        let rows = positions.map { position in
            var values = PositionsController.formValues(position.input)
            values["companyReference"] = position.$company.value?.name ?? ""
            return PositionInput.fields.map { values[$0.code] ?? "" }
        }
        return CSVWriter.response(CSVWriter.document(header: PositionInput.fields.map(\.label), rows: rows), name: "stageplaatsen.csv")
    }

    func periods(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .stagePeriod)
        let rows = try await req.periods.list(school: user.schoolID).map { period in
            [period.name, period.schoolYear, period.startDate, period.endDate, String(period.daysPerWeek), String(period.hoursPerDay)]
        }
        return CSVWriter.response(CSVWriter.document(header: StagePeriodInput.fields.map(\.label), rows: rows), name: "stageperiodes.csv")
    }

    func placements(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.list, .placement)
        var filter = PlacementFilter()
        filter.status = (try? req.query.get(String.self, at: "status")).flatMap(PlacementStatus.init(rawValue:))
        filter.periodID = try? req.query.get(UUID.self, at: "periode")
        let placements = try await req.placements.list(visibility, filter: filter)
        let rows = placements.map { p in
            [p.$student.value?.studentNumber ?? "", p.$student.value?.fullName ?? "", p.$student.value?.className ?? "",
             p.$position.value?.$company.value?.name ?? "", p.$position.value?.title ?? "", p.$period.value?.name ?? "",
             p.status.dutchName]
        }
        try await Self.audit(req, user, "stages", count: rows.count)
        return CSVWriter.response(CSVWriter.document(
            header: ["leerlingnummer", "leerling", "klas", "bedrijf", "stageplaats", "periode", "status"], rows: rows), name: "stages.csv")
    }

    /// A download of personal data is a read of many records: one audit entry says what and how many.
    static func audit(_ req: Request, _ user: CurrentUser, _ what: String, count: Int) async throws {
        try await AuditLog.record(on: req.db, actor: user.actor, entity: "export", id: user.schoolID, action: .read,
                                  before: nil as [String: String]?, after: ["download": "\(what).csv", "regels": String(count)],
                                  at: req.now)
    }
}

/// The link under a list's title; it carries the page's filters along.
enum ExportLink {
    static func node(_ req: Request, _ file: String, adding extra: [(String, String)] = []) -> Node<HTML.BodyContext> {
        // The page's own filters, plus what the page has in its path (a run, an indicator) as query items.
        let parts = (req.url.query.map { [$0] } ?? []) + extra.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")" }
        let query = parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
        return .p(.class("export"), .a(.attr("href", "/export/\(file)\(query)"), .attr("download", file),
                                       .text("Download deze lijst als CSV (Excel)")))
    }
}
