import Plot
import StagelijnCore
import Vapor

/// The dashboard as the school's annual stage quality report: a PDF (WeasyPrint, like the agreement and the
/// stagemap) and the figures as CSV. Both without names and with "< 5" exactly as on screen.
enum QualityReport {
    static func pdf(req: Request) async throws -> Response {
        let (user, dashboard) = try await QualityController.load(req)
        guard let tool = PDFRenderer.executable else {
            throw Abort(.notFound, reason: "PDF maken kan niet op deze server (WeasyPrint ontbreekt). Gebruik Afdrukken → Opslaan als PDF op het kwaliteitsoverzicht.")
        }
        let html = document(dashboard, printedOn: req.today)
        let data = try await req.application.threadPool.runIfActive { try PDFRenderer.pdf(fromHTML: html, using: tool) }
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "quality_report", id: user.schoolID, at: req.now)
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "application", subType: "pdf")
        headers.add(name: .contentDisposition, value: "attachment; filename=\"stagekwaliteit-\(dashboard.year).pdf\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    static func document(_ d: QualityDashboard, printedOn: LocalDate) -> String {
        HTML(.lang(.dutch),
             .head(.meta(.charset(.utf8)), .element(named: "title", text: "Jaarrapport stagekwaliteit \(d.year)"),
                   .element(named: "style", nodes: [.raw(QualityChart.css + css)])),
             .body(.h1(.text("Jaarrapport stagekwaliteit \(d.year)")),
                   .p(.class("muted"), .text("\(d.schoolName) · afgedrukt op \(printedOn.dutch) · alleen aantallen, geen namen; groepen kleiner dan 5 als ‘< 5’.")),
                   QualityDashboardPage.sections(d, drillDown: false, printed: true),
                   .h2(.text("Definities")),
                   .dl(.forEach(d.lines) { line in
                       .group(.dt(.text(line.requirement.indicator.dutchName)),
                              .dd(.text(line.requirement.indicator.definition + " Bron: " + line.requirement.indicator.source.dutchName + ".")))
                   }))).render()
    }

    static let css = """
        @page{size:A4;margin:18mm 16mm;@bottom-right{content:"pagina " counter(page) " van " counter(pages);font-size:9pt}}
        body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;color:#1a1a1a}h1{font-size:18pt}h2{font-size:13pt;margin-top:18pt}
        h3{font-size:11pt}table{border-collapse:collapse;width:100%;margin:6pt 0}th,td{border-bottom:1px solid #ccc;padding:3pt 5pt;text-align:left;vertical-align:top}
        .muted{color:#555}.notice{border-left:4px solid #b26a00;background:#fff5e6;padding:6pt 8pt}
        .chart-figure{break-inside:avoid}figure{margin:8pt 0}
        .chart-pair{display:flex;gap:10pt;align-items:flex-start}.chart-svg{width:55%}.chart-svg svg{width:100%;max-width:none}
        .chart-pair .table-wrap{width:45%;font-size:8.5pt}
        """

    static func csv(req: Request) async throws -> Response {
        let (user, d) = try await QualityController.load(req)
        var lines = [["schooljaar", "kengetal", "groep", "norm_procent", "gehaald", "geteld", "procent"]]
        func cells(_ ratio: QualityRatio?, hidden: Bool) -> [String] {
            guard let ratio else { return ["nog niet beschikbaar", "", ""] }
            if hidden || (ratio.counted > 0 && ratio.counted < SmallCellSuppression.threshold) { return ["< 5", "< 5", "< 5"] }
            return [String(ratio.met), String(ratio.counted), ratio.percent.map(String.init) ?? ""]
        }
        for line in d.lines {
            for year in d.years where line.byYear == nil ? year == d.year : true {
                lines.append([year, line.requirement.indicator.dutchName, "hele school", String(line.requirement.norm)]
                             + cells(line.byYear.map { $0[year] ?? QualityRatio() }, hidden: false))
            }
        }
        for item in d.breakdowns {
            let norm = d.lines.first { $0.requirement.indicator == item.indicator }.map { String($0.requirement.norm) } ?? ""
            for group in item.groups {
                lines.append([d.year, item.indicator.dutchName, "\(item.dimension.dutchName): \(group.label)", norm] + cells(group.ratio, hidden: group.hidden))
            }
        }
        for s in d.satisfaction {
            lines.append([s.year, "Tevreden over begeleiding door school", "leerlingen", ""] + cells(s.school, hidden: false))
            lines.append([s.year, "Tevreden over begeleiding door het bedrijf", "leerlingen", ""] + cells(s.company, hidden: false))
        }
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "quality_csv", id: user.schoolID, at: req.now)
        let body = lines.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.add(name: .contentDisposition, value: "attachment; filename=\"stagekwaliteit-\(d.year).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: "\u{FEFF}" + body))
    }

    /// A CSV field: quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        if value.contains(where: { ";\"\n\r".contains($0) }) { return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return value
    }
}
