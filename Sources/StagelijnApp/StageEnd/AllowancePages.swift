import Plot
import StagelijnCore
import Vapor

/// The allowance form of a placement and the coordinator's overview (norm, share per sector).
enum AllowancePages {
    static func form(_ req: Request, placement: PlacementModel, values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stagevergoeding", section: .placements)
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stagevergoeding: \(placement.student.fullName)")),
            .p(.class("muted"), .text("\(placement.position.title) bij \(placement.position.company.name), \(placement.period.label).")),
            Forms.errorSummary(values),
            .form(.method(.post), .attr("action", StageEndPath.allowance(placement: placement.id ?? UUID()).path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                Forms.select("Bron", "source", values, options: Allowance.Source.allCases.map { ($0.rawValue, $0.dutchName) }),
                Forms.text("Vergoeding in euro (leeg = geen)", "amount", values, hint: "Bijvoorbeeld 400 of 4,50."),
                Forms.select("Per", "unit", values, options: Allowance.Unit.allCases.map { ($0.rawValue, $0.dutchName) }),
                Forms.text("Onkostenvergoeding per maand in euro (reizen, kleding; leeg = geen)", "costs", values),
                Forms.text("Toelichting (mag leeg)", "note", values, hint: "Bijvoorbeeld de naam van de cao."),
                .button(.type(.submit), .text("Opslaan")),
                .a(.class("button secondary"), .attr("href", SitePath.placement(placement.id ?? UUID()).path), .text("Terug")))))
    }

    static func overview(_ req: Request, rows: [AllowanceShare], values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stagevergoedingen", section: .stageEnd)
        let total = rows.reduce((0, 0)) { ($0.0 + $1.withAllowance, $0.1 + $1.placements) }
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stagevergoedingen")),
            StageEndNavigation.links(req, current: .allowances),
            .p(.class("muted"), .text("Het Stagepact vraagt minstens een onkostenvergoeding en een passende stagevergoeding. "
                + "In het mbo krijgt 41–42 % van de studenten een vergoeding.")),
            .h2(.text("Aandeel stages met een vergoeding per sector")),
            ExportLink.node(req, "vergoedingen.csv"),
            .if(rows.isEmpty, .p(.text("Nog geen overeengekomen of lopende stages."))),
            .if(!rows.isEmpty, .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Sector"), .th("Met vergoeding"), .th("Aandeel"))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(row.sector.dutchName)), .td(.text("\(row.withAllowance) van \(row.placements)")),
                        .td(.text(percent(Double(row.withAllowance), of: Double(row.placements)))))
                }, .tr(.td(.strong("Totaal")), .td(.text("\(total.0) van \(total.1)")), .td(.text(percent(Double(total.0), of: Double(total.1))))))))),
            .h2(.text("Norm van de school")),
            Forms.errorSummary(values),
            .form(.method(.post), .attr("action", StageEndPath.allowanceNorm.path), .class("stack"), Forms.csrf(chrome.csrfToken),
                Forms.text("Minimale stagevergoeding per maand in euro (leeg = geen norm)", "minimum", values, hint: "Bijvoorbeeld 200. CNV vraagt ongeveer 400."),
                Forms.checkbox("Een onkostenvergoeding is verplicht", "costs", values),
                .button(.type(.submit), .text("Norm opslaan"))),
            .p(.class("hint"), .text("Elke stage wordt ook vergeleken met het minimumjeugdloon voor de leeftijd van de leerling "
                + "(tabel per 1 januari 2026). Veel uren voor (bijna) niets valt op als mogelijk verkapte arbeid."))))
    }
}
