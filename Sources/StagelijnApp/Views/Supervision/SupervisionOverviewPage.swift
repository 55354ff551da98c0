import Plot
import StagelijnCore
import Vapor

/// The coordinator's period overview: running stages without a signed agreement (each a link to fix it), visits and
/// contact moments per supervisor, hours confirmed and open.
enum SupervisionOverviewPage {
    static func render(_ req: Request, periods: [StagePeriodModel], period: StagePeriodModel?,
                       report: SupervisionOverview?, school: SchoolModel, canSetRhythm: Bool) -> Response {
        let chrome = PageChrome(req, title: "Begeleiding: overzicht", section: .supervision)
        return Layout.page(chrome, .group(
            .h1(.text("Overeenkomsten, bezoeken en uren")),
            MatchingPages.periodPicker(.supervisionOverview, periods, period),
            ExportLink.node(req, "begeleiding-overzicht.csv"),
            .unwrap(report) { report in .group(agreements(report), supervisors(report), hours(report.hours)) },
            .h2(.text("Bezoekritme van de school")),
            .p(.text("Elke \(school.visitIntervalWeeks) weken een bezoek; bij extra ondersteuning elke \(school.visitIntervalSupportWeeks) weken.")),
            .if(canSetRhythm, .form(.method(.post), .attr("action", SitePath.supervisionRhythm.path), .class("filters"),
                Forms.csrf(chrome.csrfToken),
                Forms.text("Weken tussen bezoeken", "visitIntervalWeeks", .init(["visitIntervalWeeks": String(school.visitIntervalWeeks)]), type: .number),
                Forms.text("Bij extra ondersteuning", "visitIntervalSupportWeeks",
                           .init(["visitIntervalSupportWeeks": String(school.visitIntervalSupportWeeks)]), type: .number),
                .button(.type(.submit), .class("secondary"), .text("Opslaan"))))))
    }

    static func agreements(_ report: SupervisionOverview) -> Node<HTML.BodyContext> {
        let stages = SupervisionSummary.count(report.running, "lopende stage", "lopende stages") ?? "0 lopende stages"
        return .group(
            .h2(.text("Lopend zonder complete, ondertekende overeenkomst")),
            .p(.attr("class", report.unsigned.isEmpty ? "notice ok" : "notice warn"),
               .text("\(report.unsigned.count) van \(stages): \(report.unsignedWithException) met een vastgelegde uitzondering, "
                     + "\(report.unsignedWithoutException) zonder.")),
            .if(!report.unsigned.isEmpty, .ul(.forEach(report.unsigned) { row in
                .li(.a(.attr("href", SitePath.agreement(row.placementID).path), .text(row.student)),
                    .text(row.exception ? " — uitzondering vastgelegd" : " — zonder uitzondering"))
            })),
            .if(!report.exceptions.isEmpty, .group(
                .h3(.text("Uitzonderingen vastgelegd bij de start")),
                .ul(.forEach(report.exceptions) { e in
                    .li(.text("\(e.student): \(e.reason) (\(e.by), \(DutchFormat.dateTime(e.at)))"))
                }))))
    }

    static func supervisors(_ report: SupervisionOverview) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Bezoeken en contactmomenten per begeleider")),
            .p(.class("hint"), .text("Lopende en afgeronde stages van deze periode, gerekend vanaf de eigen begindatum van elke stage.")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Begeleider"), .th("Stages"), .th("Bezoeken gepland t/m vandaag"), .th("Gedaan"), .th("Nu te laat"),
                           .th("Contactmomenten gemist"))),
                .tbody(.forEach(report.supervisors) { row in
                    .tr(.td(.text(row.name)), .td(.text("\(row.placements)")), .td(.text("\(row.visitsDue)")),
                        .td(.text("\(row.visitsDone)")), .td(.text("\(row.visitsOverdue)")), .td(.text("\(row.contactsMissed)")))
                }))))
    }

    static func hours(_ hours: SupervisionOverview.Hours) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Stage-uren")),
            .dl(.class("facts"),
                .dt("Bevestigd door het bedrijf"), .dd(.text(SupervisionPages.hours(hours.confirmed))),
                .dt("Nog niet bevestigd"), .dd(.text(SupervisionPages.hours(hours.open))),
                .dt("Correcties gevraagd door het bedrijf"),
                .dd(.text(SupervisionSummary.count(hours.corrections, "dag", "dagen") ?? "geen")),
                .dt("Overtreding van de jeugdarbeidsregels"),
                .dd(.text(SupervisionSummary.count(hours.violations, "dag", "dagen") ?? "geen"))))
    }
}
