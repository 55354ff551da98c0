import Plot
import StagelijnCore
import Vapor

enum SupervisionPages {
    struct WeekContext {
        let placements: [CaseloadRows.Row]
        let items: [UUID: [SupervisionItem]]
        /// Per placement: recorded days that break a youth labour rule, not yet confirmed, or sent back by the company.
        var hourSignals: [UUID: HoursService.Signal] = [:]
        let supervisors: [UUID: String]
        let canRecord: Bool
    }

    static func stateLabel(_ state: SupervisionItem.State) -> String {
        switch state {
        case .done: "gedaan"
        case .overdue: "te laat"
        case .due: "nu aan de beurt"
        case .upcoming: "gepland"
        case .missed: "niet gedaan"
        }
    }

    /// The supervisor's week: per student what is overdue or due now, and the next thing coming.
    /// The week without the page frame (`Layout.page(req, content)`); holds nothing of the session, so it may be cached
    /// per membership.
    static func weekContent(_ req: Request, _ context: WeekContext) -> RenderedContent {
        let rows = context.placements.map { placement -> (CaseloadRows.Row, [SupervisionItem]) in
            (placement, context.items[placement.id] ?? [])
        }
        // Only running stages have anything due: the Core plan knows each placement's status.
        let summary = SupervisionSummary(rows.map(\.1))
        return RenderedContent(title: "Begeleiding", section: .supervision, .group(
            .h1(.text("Begeleiding deze week")),
            .p(.a(.attr("href", SitePath.supervisionOverview.path), .text("Overzicht per periode: overeenkomsten, bezoeken, uren →"))),
            .p(.attr("class", summary.visitsOverdue + summary.contactsOverdue == 0 ? "notice ok" : "notice warn"),
               .text(summary.dutchOverdue)),
            .unwrap(summary.dutchDue) { .p(.class("notice"), .text($0)) },
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Leerling"), .th("Bedrijf"), .th("Begeleider"), .th("Te laat of nu"), .th("Volgende"),
                           .th("Uren"), .th(""))),
                .tbody(.forEach(rows) { placement, items in weekRow(placement, items, context) })))
        ))
    }

    private static func weekRow(_ placement: CaseloadRows.Row, _ items: [SupervisionItem], _ context: WeekContext) -> Node<HTML.TableContext> {
        let open = items.filter { $0.state == .overdue || $0.state == .due }
        let next = items.first { $0.state == .upcoming }
        let status = placement.stage.placementStatus
        let now: String = status == .active
            ? open.map { "\($0.kind.dutchName) (\($0.dueDate.dutch), \(stateLabel($0.state)))" }.joined(separator: "; ").ifEmpty("–")
            : "nog niet gestart (\(status.dutchName))"
        let supervisor: String = placement.supervisor_id.flatMap { context.supervisors[$0] } ?? "geen"
        let upcoming: String = next.map { "\($0.kind.dutchName) \($0.dueDate.dutch)" } ?? "–"
        return .tr(
            .td(.a(.attr("href", SitePath.placement(placement.id).path), .text(placement.student.fullName))),
            .td(.text(placement.company_name)),
            .td(.text(supervisor)),
            .td(.text(now)),
            .td(.text(upcoming)),
            .td(hourSignal(context.hourSignals[placement.id], placementID: placement.id)),
            .td(.if(context.canRecord, .a(.class("button secondary"), .attr("href", SitePath.visit(placement.id).path),
                                          .text("Vastleggen")))))
    }

    static func hours(_ minutes: Int) -> String { minutes == 0 ? "0 uur" : dutchDuration(minutes) }

    static func hourSignal(_ signal: HoursService.Signal?, placementID: UUID) -> Node<HTML.BodyContext> {
        guard let signal, signal != HoursService.Signal() else { return .text("–") }
        let text = [SupervisionSummary.count(signal.violations, "dag", "dagen").map { "\($0) met overtreding" },
                    SupervisionSummary.count(signal.open, "dag", "dagen").map { "\($0) niet bevestigd" },
                    SupervisionSummary.count(signal.corrections, "correctie", "correcties").map { "\($0) van het bedrijf" }]
            .compactMap { $0 }.joined(separator: ", ")
        return .a(.attr("href", SitePath.hours(placementID).path), .attr("class", signal.violations + signal.corrections > 0 ? "error" : nil),
                  .text(text))
    }

    static func visitForm(_ req: Request, placement: PlacementModel, goals: [String], values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Bezoek vastleggen", section: .placements)
        let id = placement.id ?? UUID()
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← \(placement.student.fullName)"))),
            .h1(.text("Bezoek of contactmoment: \(placement.student.fullName)")),
            .form(.method(.post), .attr("action", SitePath.visit(id).path), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.errorSummary(values),
                  Forms.select("Soort", "kind", values, options: SupervisionKind.allCases.map { ($0.rawValue, $0.dutchName) }, required: true),
                  Forms.text("Datum", "doneOn", values, type: .date, required: true),
                  Forms.text("Wie waren erbij", "present", values, hint: "Bijvoorbeeld: leerling, praktijkbegeleider."),
                  .if(!goals.isEmpty, .fieldset(.element(named: "legend", text: "Waar staat elk doel?"),
                      .forEach(Array(goals.enumerated())) { index, goal in
                          Forms.select(goal, "goal.\(index)", values, options: Score.allCases.map { (String($0.rawValue), $0.dutch) },
                                       includeEmpty: "niet besproken")
                      })),
                  Forms.textArea("Voortgang op de doelen", "progress", values,
                                 hint: "De leerling en de ouders lezen dit in het stagedossier."),
                  Forms.textArea("Zorgen", "concerns", values,
                                 hint: "Alleen voor de school (begeleider, mentor, zorgcoördinator, stagecoördinator); niet voor leerling en ouders."),
                  Forms.textArea("Volgende stap", "nextStep", values, hint: "De leerling en de ouders lezen dit in het stagedossier."),
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
            .p(.a(.attr("href", SitePath.dossier(placementID).path), .text("Verslagen van de bezoeken en contactmomenten lezen"))),
            .if(canRecord, .p(.a(.class("button secondary"), .attr("href", SitePath.visit(placementID).path), .text("Bezoek of contactmoment vastleggen")))))
    }
}
