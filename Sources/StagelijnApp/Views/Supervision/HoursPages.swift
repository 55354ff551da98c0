import Plot
import StagelijnCore
import Vapor

enum HoursPages {
    struct StudentContext {
        let placement: PlacementModel
        let weeks: [(monday: LocalDate, entries: [HourEntryModel])]
        let values: Forms.Values
        let canEnter: Bool
        let canSendLink: Bool
        let company: CompanyModel
    }

    static func hours(_ minutes: Int) -> String { dutchDuration(minutes) }

    static func ruleNames(_ codes: String) -> String {
        codes.split(separator: ",").compactMap { ScheduleRule(rawValue: String($0))?.dutchName }.joined(separator: ", ")
    }

    static func weekTable(_ weeks: [(monday: LocalDate, entries: [HourEntryModel])]) -> Node<HTML.BodyContext> {
        .forEach(weeks) { week in
            let total = week.entries.reduce(0) { $0 + $1.workedMinutes }
            let confirmed = week.entries.allSatisfy { $0.confirmedAt != nil }
            return .group(
                .h3(.text("Week van \(week.monday.dutch): \(hours(total))"
                          + (confirmed ? " — bevestigd door \(week.entries.first?.confirmedBy ?? "het bedrijf")" : " — nog niet bevestigd"))),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th("Dag"), .th("Tijden"), .th("Gewerkt"), .th("Wat"), .th("Controle"), .th("Bedrijf"))),
                    .tbody(.forEach(week.entries.sorted { $0.date < $1.date }) { entry in
                        .tr(.td(.text(LocalDate(iso: entry.date)?.dutch ?? entry.date)),
                            .td(.text("\(entry.start)–\(entry.end), \(entry.breakMinutes) min pauze")),
                            .td(.text(hours(entry.workedMinutes))),
                            .td(.text(entry.activities)),
                            .td(entry.violations.isEmpty ? .text("in orde") : .span(.class("field-error"), .text(ruleNames(entry.violations)))),
                            .td(.text(entry.companyComment.map { "opmerking: \($0)" } ?? (entry.confirmedAt == nil ? "open" : "bevestigd"))))
                    }))))
        }
    }

    static func student(_ req: Request, _ context: StudentContext, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stage-agenda \(context.placement.student.fullName)", section: .placements)
        let id = context.placement.id ?? UUID()
        let v = context.values
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← Terug naar de stage"))),
            .h1(.text("Stage-agenda van \(context.placement.student.fullName)")),
            .if(context.canEnter, .form(.method(.post), .attr("action", "/stages/\(id)/uren"), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                Forms.errorSummary(v),
                Forms.text("Datum", "date", v, type: .date, required: true),
                Forms.text("Begin", "start", v, type: .time, required: true),
                Forms.text("Einde", "end", v, type: .time, required: true),
                Forms.text("Pauze (minuten)", "breakMinutes", v, type: .number),
                Forms.textArea("Wat heb je gedaan", "activities", v),
                .button(.type(.submit), .text("Dag opslaan")))),
            .if(context.weeks.isEmpty, .p(.class("muted"), .text("Nog geen uren geschreven."))),
            weekTable(context.weeks),
            .if(context.canSendLink, .group(
                .h2(.text("Praktijkbegeleider laten bevestigen")),
                .form(.method(.post), .attr("action", "/stages/\(id)/uren/link"), .class("stack"),
                      Forms.csrf(chrome.csrfToken),
                      Forms.text("Naam praktijkbegeleider", "companyName", .init(["companyName": context.company.contactName ?? ""])),
                      Forms.text("E-mail praktijkbegeleider", "companyEmail",
                                 .init(["companyEmail": context.company.contactEmail ?? ""], errors: v.errors), type: .email),
                      .button(.type(.submit), .class("secondary"), .text("Persoonlijke link sturen")))))
        ))
    }

    static func company(_ req: Request, link: AccessLinkModel, placement: PlacementModel,
                        weeks: [(monday: LocalDate, entries: [HourEntryModel])], error: String?, status: HTTPStatus,
                        agreementText: String? = nil) -> Response {
        let chrome = PageChrome(req, title: "Stage-uren bevestigen")
        let token = req.parameters.get("token") ?? ""
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stage-uren van \(placement.student.fullName)")),
            .p(.text("Bij \(placement.position.company.name). Bevestig elke week met één tik, of corrigeer met een opmerking.")),
            .unwrap(error) { Forms.alert($0) },
            .unwrap(agreementText) { text in
                .details(.summary("Stageovereenkomst en leerdoelen van \(placement.student.fullName)"), .pre(.class("document"), .text(text)))
            },
            .if(weeks.isEmpty, .p(.class("muted"), .text("De leerling heeft nog geen uren geschreven."))),
            .forEach(weeks) { week in
                .group(
                    weekTable([week]),
                    .if(week.entries.contains { $0.confirmedAt == nil }, .form(.method(.post), .attr("action", "/uren/\(token)/week"), .class("stack"),
                        Forms.csrf(chrome.csrfToken),
                        .input(.type(.hidden), .name("monday"), .attr("value", week.monday.iso)),
                        Forms.textArea("Opmerking (verplicht bij corrigeren)", "comment", .init()),
                        .div(.class("actions"),
                             .button(.type(.submit), .name("action"), .value("bevestigen"), .text("Week bevestigen")),
                             .button(.type(.submit), .name("action"), .value("corrigeren"), .class("secondary"), .text("Klopt niet: corrigeren"))))))
            }
        ))
    }
}
