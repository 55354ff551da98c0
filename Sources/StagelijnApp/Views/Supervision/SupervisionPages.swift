import Plot
import StagelijnCore
import Vapor

enum SupervisionPages {
    struct WeekContext {
        let placements: [PlacementModel]
        let items: [UUID: [SupervisionItem]]
        /// Per placement: recorded days that break a youth labour rule, and days not yet confirmed by the company.
        var hourSignals: [UUID: (violations: Int, open: Int)] = [:]
        let supervisors: [UUID: String]
        let canRecord: Bool
    }

    static func stateLabel(_ state: SupervisionItem.State) -> String {
        switch state {
        case .done: "gedaan"
        case .overdue: "te laat"
        case .due: "nu aan de beurt"
        case .upcoming: "gepland"
        }
    }

    /// The supervisor's week: per student what is overdue or due now, and the next thing coming.
    static func week(_ req: Request, _ context: WeekContext) -> Response {
        let chrome = PageChrome(req, title: "Begeleiding", section: .supervision)
        let rows = context.placements.map { placement -> (PlacementModel, [SupervisionItem]) in
            (placement, context.items[placement.id ?? UUID()] ?? [])
        }
        let overdue = rows.reduce(0) { $0 + $1.1.filter { $0.state == .overdue }.count }
        return Layout.page(chrome, .group(
            .h1(.text("Begeleiding deze week")),
            .p(.a(.attr("href", SitePath.supervisionOverview.path), .text("Overzicht per periode: overeenkomsten, bezoeken, uren →"))),
            .p(.attr("class", overdue == 0 ? "notice ok" : "notice warn"),
               .text(overdue == 0 ? "Niets te laat." : "\(overdue) bezoek(en) of contactmoment(en) te laat.")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Leerling"), .th("Bedrijf"), .th("Begeleider"), .th("Te laat of nu"), .th("Volgende"),
                           .th("Uren"), .th(""))),
                .tbody(.forEach(rows) { placement, items in
                    let open = items.filter { $0.state == .overdue || $0.state == .due }
                    let next = items.first { $0.state == .upcoming }
                    return .tr(
                        .td(.a(.attr("href", SitePath.placement(placement.id ?? UUID()).path), .text(placement.student.fullName))),
                        .td(.text(placement.position.company.name)),
                        .td(.text(placement.supervisorID.flatMap { context.supervisors[$0] } ?? "geen")),
                        .td(.text(open.map { "\($0.kind.dutchName) (\($0.dueDate.dutch), \(stateLabel($0.state)))" }.joined(separator: "; ").ifEmpty("–"))),
                        .td(.text(next.map { "\($0.kind.dutchName) \($0.dueDate.dutch)" } ?? "–")),
                        .td(hourSignal(context.hourSignals[placement.id ?? UUID()], placementID: placement.id ?? UUID())),
                        .td(.if(context.canRecord, .a(.class("button secondary"), .attr("href", "/stages/\(placement.id?.uuidString ?? "")/bezoek"),
                                                      .text("Vastleggen")))))
                })))
        ))
    }

    static func overview(_ req: Request, periods: [StagePeriodModel], period: StagePeriodModel?,
                         report: SupervisionOverview?, school: SchoolModel, canSetRhythm: Bool) -> Response {
        let chrome = PageChrome(req, title: "Begeleiding: overzicht", section: .supervision)
        return Layout.page(chrome, .group(
            .h1(.text("Overeenkomsten, bezoeken en uren")),
            MatchingPages.periodPicker(.supervisionOverview, periods, period),
            .unwrap(report) { report in .group(
                .h2(.text("Gestart zonder complete, ondertekende overeenkomst")),
                .p(.text("\(report.exceptions.count) van \(report.started) gestarte stages, elk met een vastgelegde uitzondering.")),
                .if(!report.exceptions.isEmpty, .ul(.forEach(report.exceptions) { e in
                    .li(.text("\(e.student): \(e.reason) (\(e.by), \(DutchFormat.dateTime(e.at)))"))
                })),
                .h2(.text("Bezoeken en contactmomenten per begeleider")),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th("Begeleider"), .th("Stages"), .th("Bezoeken gepland t/m vandaag"), .th("Gedaan"), .th("Contactmomenten gemist"))),
                    .tbody(.forEach(report.supervisors) { row in
                        .tr(.td(.text(row.name)), .td(.text("\(row.placements)")), .td(.text("\(row.visitsDue)")),
                            .td(.text("\(row.visitsDone)")), .td(.text("\(row.contactsMissed)")))
                    }))),
                .h2(.text("Stage-uren")),
                .p(.text("Bevestigd door het bedrijf: \(hours(report.hoursConfirmed)); nog open: \(hours(report.hoursOpen)); "
                         + "dagen met een overtreding van de jeugdarbeidsregels: \(report.entriesWithViolations)."))
            )},
            .h2(.text("Bezoekritme van de school")),
            .p(.text("Elke \(school.visitIntervalWeeks) weken een bezoek; bij extra ondersteuning elke \(school.visitIntervalSupportWeeks) weken.")),
            .if(canSetRhythm, .form(.method(.post), .action("/begeleiding/ritme"), .class("filters"),
                Forms.csrf(chrome.csrfToken),
                Forms.text("Weken tussen bezoeken", "visitIntervalWeeks", .init(["visitIntervalWeeks": String(school.visitIntervalWeeks)]), type: .number),
                Forms.text("Bij extra ondersteuning", "visitIntervalSupportWeeks",
                           .init(["visitIntervalSupportWeeks": String(school.visitIntervalSupportWeeks)]), type: .number),
                .button(.type(.submit), .class("secondary"), .text("Opslaan"))))))
    }

    static func hours(_ minutes: Int) -> String { minutes == 0 ? "0 uur" : dutchDuration(minutes) }

    static func hourSignal(_ signal: (violations: Int, open: Int)?, placementID: UUID) -> Node<HTML.BodyContext> {
        guard let signal, signal.violations + signal.open > 0 else { return .text("–") }
        let text = [signal.violations > 0 ? "\(signal.violations) dag(en) met overtreding" : nil,
                    signal.open > 0 ? "\(signal.open) dag(en) niet bevestigd" : nil].compactMap { $0 }.joined(separator: ", ")
        return .a(.attr("href", "/stages/\(placementID)/uren"), .attr("class", signal.violations > 0 ? "field-error" : ""), .text(text))
    }

    static func visitForm(_ req: Request, placement: PlacementModel, values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Bezoek vastleggen", section: .placements)
        let id = placement.id ?? UUID()
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← \(placement.student.fullName)"))),
            .h1(.text("Bezoek of contactmoment: \(placement.student.fullName)")),
            .form(.method(.post), .attr("action", "/stages/\(id)/bezoek"), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.errorSummary(values),
                  Forms.select("Soort", "kind", values, options: SupervisionKind.allCases.map { ($0.rawValue, $0.dutchName) }, required: true),
                  Forms.text("Datum", "doneOn", values, type: .date, required: true),
                  Forms.text("Wie waren erbij", "present", values, hint: "Bijvoorbeeld: leerling, praktijkbegeleider."),
                  Forms.textArea("Voortgang op de doelen", "progress", values),
                  Forms.textArea("Zorgen", "concerns", values),
                  Forms.textArea("Volgende stap", "nextStep", values),
                  .button(.type(.submit), .text("Opslaan")))
        ))
    }

    /// The supervision section of a placement page.
    static func section(_ items: [SupervisionItem], placementID: UUID, canRecord: Bool) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Begeleiding")),
            .if(items.isEmpty, .p(.class("muted"), .text("Geen begeleidingsplan: de periode heeft geen geldige data."))),
            .if(!items.isEmpty, .ul(.forEach(items) { item in
                .li(.text("\(item.kind.dutchName), \(item.dueDate.dutch): \(stateLabel(item.state))"
                          + (item.doneOn.map { " (op \($0.dutch))" } ?? "")))
            })),
            .if(canRecord, .p(.a(.class("button secondary"), .attr("href", "/stages/\(placementID)/bezoek"), .text("Bezoek of contactmoment vastleggen")))))
    }
}
