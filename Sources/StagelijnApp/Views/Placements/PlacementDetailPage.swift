import Plot
import StagelijnCore
import Vapor

enum PlacementDetailPage {
    struct Context {
        let placement: PlacementModel
        let canChangeStatus: Bool
        let error: String?
        let reason: String
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let placement = context.placement
        let student = placement.student, position = placement.position, period = placement.period
        let chrome = PageChrome(req, title: "Stage van \(student.fullName)", section: .placements)
        let next = placement.status.allowedNext.map { (value: $0.rawValue, label: $0.dutchName) }
        let history = placement.history.sorted { $0.changedAt < $1.changedAt }
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stage van \(student.fullName)")),
            .dl(.class("facts"),
                .dt("Leerling"), .dd(.a(.href(SitePath.student(placement.$student.id).path), .text(student.fullName))),
                .dt("Bedrijf"), .dd(.a(.href(SitePath.company(position.$company.id).path), .text(position.company.name))),
                .dt("Stageplaats"), .dd(.text("\(position.title) (\(position.sector.dutchName))")),
                .dt("Periode"), .dd(.text(period.label)),
                .dt("Status"), .dd(StatusBadge.node(placement.status))),
            .if(context.canChangeStatus && !next.isEmpty, .group(
                .h2(.text("Status wijzigen")),
                .unwrap(context.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .form(.method(.post), .action(SitePath.placementStatus(placement.id ?? UUID()).path), .class("stack"),
                    Forms.csrf(chrome.csrfToken),
                    Forms.select("Nieuwe status", "status", .init(), options: next),
                    Forms.textArea("Reden", "reason", .init(["reason": context.reason]),
                                   hint: "Verplicht bij afbreken; wordt bewaard in de geschiedenis."),
                    .button(.type(.submit), .text("Status wijzigen"))))),
            .h2(.text("Geschiedenis")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Wanneer"), .th("Van → naar"), .th("Reden"), .th("Door"))),
                .tbody(.forEach(history) { change in
                    .tr(.td(.text(DutchFormat.dateTime(change.changedAt))),
                        .td(.text("\(change.fromStatus?.dutchName ?? "–") → \(change.toStatus.dutchName)")),
                        .td(.text(change.reason)),
                        .td(.text(change.$changedBy.value??.name ?? "systeem")))
                })))
        ))
    }
}
