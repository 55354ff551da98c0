import Plot
import StagelijnCore
import Vapor

/// The handlers' pages: the list with what is overdue first, and one report with its steps, messages and outcome.
enum MeldpuntHandlerPages {
    static func list(_ req: Request, reports: [IncidentReportModel], today: LocalDate, schoolCode: String, canConfigure: Bool,
                     holidaysSet: Bool) -> Response {
        let chrome = PageChrome(req, title: "Meldingen", section: .meldpunt)
        let overdue = reports.filter { isOverdue($0, today: today) }
        let open = reports.filter { $0.status == .new || $0.status == .inProgress }
        let rest = reports.filter { !($0.status == .new || $0.status == .inProgress) }
        return Layout.page(chrome, .group(
            .h1(.text("Meldingen")),
            .p(.text("Alleen de mensen die de school voor het meldpunt heeft aangewezen zien deze lijst. Elke geopende melding komt in het logboek.")),
            .if(!overdue.isEmpty, Forms.alert(DutchFormat.count(overdue.count, "melding wacht", "meldingen wachten")
                                              + " langer dan 3 schooldagen op een reactie.")),
            .nav(.class("subnav"), .ul(
                .li(.a(.attr("href", MeldpuntPath.statistics.path), .text("Cijfers"))),
                .if(canConfigure, .li(.a(.attr("href", MeldpuntPath.settings.path), .text("Instellingen (behandelaars, vakanties, bewaartermijn)")))),
                .li(.a(.attr("href", MeldpuntPath.school(code: schoolCode).path), .text("Het meldformulier"))),
                .li(.a(.attr("href", MeldpuntPath.poster(code: schoolCode).path), .text("Poster voor het stagelokaal"))))),
            .if(canConfigure && !holidaysSet, .p(.class("muted"), .text("Tip: vul bij Instellingen de schoolvakanties in; die tellen niet mee voor de 3 schooldagen."))),
            ExportLink.node(req, "meldingen.csv"),
            .h2(.text("Open (\(open.count))")),
            table(open, today: today),
            .h2(.text("Geregistreerd en afgerond (\(rest.count))")),
            table(rest, today: today)
        ))
    }

    static func isOverdue(_ report: IncidentReportModel, today: LocalDate) -> Bool {
        ResponseDeadline.isOverdue(status: report.status, firstResponseOn: report.firstResponseOn.flatMap(LocalDate.init(iso:)),
                                   due: LocalDate(iso: report.responseDue) ?? today, today: today)
    }

    private static func table(_ reports: [IncidentReportModel], today: LocalDate) -> Node<HTML.BodyContext> {
        guard !reports.isEmpty else { return .p(.class("muted"), .text("Geen meldingen.")) }
        return .div(.class("table-wrap"), .table(
            .thead(.tr(.th(.text("Ontvangen")), .th(.text("Soort")), .th(.text("Bedrijf")), .th(.text("Stand")), .th(.text("Reageren vóór")))),
            .tbody(.forEach(reports) { report in
                .tr(.td(.a(.attr("href", MeldpuntPath.report(report.id ?? UUID()).path),
                           .text(LocalDate(iso: report.receivedOn)?.dutch ?? report.receivedOn))),
                    .td(.text(report.category.dutchName)),
                    .td(.text(report.company?.name ?? report.companyName ?? "—")),
                    .td(.text(report.status.dutchName)),
                    .td(.if(isOverdue(report, today: today), .strong(.class("overdue"), .text("te laat: "))),
                        .text(report.mode == .followUp ? (LocalDate(iso: report.responseDue)?.dutch ?? "") : "—")))
            })))
    }

    static func detail(_ req: Request, report: IncidentReportModel, entries: [IncidentEntryModel],
                       companies: [(value: String, label: String)], today: LocalDate, values: Forms.Values,
                       status: HTTPStatus, sharing: Sharing) -> Response {
        let chrome = PageChrome(req, title: "Melding", section: .meldpunt)
        let action = MeldpuntPath.reportAction(report.id ?? UUID()).path
        let grounds = report.groundList.map(\.dutchName).joined(separator: ", ")
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", MeldpuntPath.reports.path), .text("← Alle meldingen"))),
            .h1(.text("\(report.category.dutchName), ontvangen \(LocalDate(iso: report.receivedOn)?.dutch ?? "")")),
            .if(isOverdue(report, today: today), Forms.alert("Deze melding wacht langer dan 3 schooldagen op een reactie.")),
            Forms.errorSummary(values),
            .dl(.class("facts"),
                .dt(.text("Stand")), .dd(.text(report.status.dutchName)),
                .dt(.text("De melder wil")), .dd(.text(report.mode.dutchName)),
                .dt(.text("Wanneer")), .dd(.text(report.phase.dutchName + (report.happenedOn.flatMap(LocalDate.init(iso:)).map { ", rond \($0.dutch)" } ?? ""))),
                .if(!grounds.isEmpty, .group(.dt(.text("Grond")), .dd(.text(grounds)))),
                .dt(.text("Melder")), .dd(.text(reporter(report))),
                .dt(.text("Bedrijf")), .dd(.text(report.company?.name ?? report.companyName.map { "\($0) (niet gekoppeld)" } ?? "niet genoemd")),
                .dt(.text("Reageren vóór")), .dd(.text(report.mode == .followUp ? (LocalDate(iso: report.responseDue)?.dutch ?? "") : "geen actie zonder toestemming")),
                .unwrap(report.outcome) { outcome in .group(.dt(.text("Uitkomst")), .dd(.text(outcome.dutchName + (report.outcomeNote.map { ": \($0)" } ?? "")))) }),
            .if(report.category.needsSafeguardingRoute, .section(.class("safeguarding"), .h2(.text("Route bij seksueel grensoverschrijdend gedrag")),
                .ul(.forEach(SafeguardingRoute.forHandler) { .li(.text($0)) }))),
            .h2(.text("Wat de melder schreef")),
            .p(.class("message-text report-text"), .text(report.text)),
            .h2(.text("Verloop")),
            .if(entries.isEmpty, .p(.class("muted"), .text("Nog niets gedaan."))),
            .ol(.class("messages"), .forEach(entries) { entry in
                .li(.attr("class", entry.kind == .fromReporter ? "from-reporter" : "from-school"),
                    .p(.class("meta"), .text("\(label(entry)) · \(entry.authorName) · \(DutchFormat.dateTime(entry.createdAt))")),
                    .p(.class("message-text"), .text(entry.text)))
            }),
            .if(!sharing.shared.isEmpty, .group(.h2(.text("Gedeelde samenvattingen")),
                .ul(.forEach(sharing.shared) { summary in
                    .li(.text("Met \(summary.recipient.name), \(DutchFormat.dateTime(summary.createdAt)) door \(summary.sharedByName): \(summary.text)"))
                }))),
            .if(report.status != .closed, .group(
                actionForm(action, "bericht", "Bericht aan de melder", button: "Bericht versturen", chrome.csrfToken, values,
                           hint: "De melder leest dit met de volgcode" + (report.reporterEmail == nil ? "." : " en krijgt een mail dat er nieuws is (zonder de tekst).")),
                actionForm(action, "stap", "Stap vastleggen", button: "Stap opslaan", chrome.csrfToken, values,
                           extra: Forms.select("Stap", "step", values, options: IncidentStep.allCases.map { ($0.rawValue, $0.dutchName) }, includeEmpty: "Kies")),
                actionForm(action, "notitie", "Notitie (alleen voor behandelaars)", button: "Notitie opslaan", chrome.csrfToken, values),
                companyForm(action, report: report, companies: companies, csrf: chrome.csrfToken),
                actionForm(action, "delen", "Samenvatting delen met een mentor of begeleider", button: "Samenvatting delen", chrome.csrfToken, values,
                           extra: Forms.select("Met wie", "recipient", values, options: sharing.recipients.map { ($0.id.uuidString, $0.name) },
                                               includeEmpty: "Kies"),
                           hint: "Alleen wat die persoon nodig heeft om de leerling te helpen; de melding zelf blijft bij de behandelaars. "
                               + "Vraag de melder eerst om toestemming."),
                actionForm(action, "afronden", "Afronden", button: "Melding afronden", chrome.csrfToken, values,
                           extra: Forms.select("Uitkomst", "outcome", values, options: IncidentOutcome.allCases.map { ($0.rawValue, $0.dutchName) },
                                               includeEmpty: "Kies"),
                           hint: "Toelichting bij de uitkomst (mag leeg)."))),
            .if(report.status == .closed, .form(.method(.post), .attr("action", action), Forms.csrf(chrome.csrfToken),
                .input(.type(.hidden), .name("action"), .value("heropenen")),
                .button(.type(.submit), .class("secondary"), .text("Weer openen"))))
        ))
    }

    struct Sharing {
        let recipients: [(id: UUID, name: String)]
        let shared: [IncidentSharedSummaryModel]
    }

    private static func reporter(_ report: IncidentReportModel) -> String {
        let who = report.reporterKind.dutchName
        guard !report.isAnonymous else { return "\(who), anoniem" }
        return [who, report.reporterName, report.reporterEmail].compactMap { $0 }.joined(separator: " · ")
    }

    private static func label(_ entry: IncidentEntryModel) -> String {
        switch entry.kind {
        case .toReporter: "Aan de melder"
        case .fromReporter: "Van de melder"
        case .note: "Notitie"
        case .step: entry.step?.dutchName ?? "Stap"
        }
    }

    private static func actionForm(_ action: String, _ kind: String, _ title: String, button: String, _ csrf: String,
                                   _ values: Forms.Values, extra: Node<HTML.FormContext> = .empty, hint: String? = nil) -> Node<HTML.BodyContext> {
        let current = values["action"] == kind ? values : Forms.Values()
        let id = "text-\(kind)"
        return .details(.attr("open", values["action"] == kind ? "open" : nil), .summary(.text(title)),
            .form(.method(.post), .attr("action", action), .class("stack"),
                  Forms.csrf(csrf),
                  .input(.type(.hidden), .name("action"), .attr("value", kind)),
                  extra,
                  .div(.class("field"),
                       .label(.attr("for", id), .text(kind == "stap" ? "Wat is er gedaan?" : "Tekst")),
                       .unwrap(hint) { .p(.class("hint"), .text($0)) },
                       .unwrap(current.error("text")) { .p(.class("error"), .text($0)) },
                       .textarea(.attr("name", "text"), .attr("id", id), .rows(4), .text(current["text"]))),
                  .div(.class("actions"), .button(.type(.submit), .text(button)))))
    }

    private static func companyForm(_ action: String, report: IncidentReportModel, companies: [(value: String, label: String)],
                                    csrf: String) -> Node<HTML.BodyContext> {
        let values = Forms.Values(["company": report.$company.id?.uuidString ?? ""])
        return .details(.summary(.text("Bedrijf koppelen (telt mee als signaal op de bedrijfspagina, zonder tekst)")),
            .form(.method(.post), .attr("action", action), .class("stack"),
                  Forms.csrf(csrf),
                  .input(.type(.hidden), .name("action"), .value("bedrijf")),
                  Forms.select("Bedrijf", "company", values, options: companies, includeEmpty: "Geen bedrijf"),
                  .div(.class("actions"), .button(.type(.submit), .text("Koppelen")))))
    }
}
