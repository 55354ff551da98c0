import Plot
import StagelijnCore
import Vapor

/// The stage-agenda as people read it on a phone: per week a list of days (no wide table), each day with its check
/// against the youth labour rules and what the company said about it.
enum HoursPages {
    struct StudentContext {
        let placement: PlacementModel
        let weeks: [(monday: LocalDate, entries: [HourEntryModel])]
        let values: Forms.Values
        let canEnter: Bool
        /// Why no hours can be written now (the stage is not running); nil while it runs.
        let closed: StageAgendaProblem?
        let canSendLink: Bool
        let company: CompanyModel
        /// The praktijkbegeleider stored for this stage (agreement contacts), else the company's contact person.
        var workplaceMentor: AgreementContacts.Person?
    }

    static func hours(_ minutes: Int) -> String { dutchDuration(minutes) }

    static func ruleNames(_ codes: String) -> String {
        codes.split(separator: ",").compactMap { ScheduleRule(rawValue: String($0))?.dutchName }.joined(separator: ", ")
    }

    private static let weekdays = ["ma", "di", "wo", "do", "vr", "za", "zo"]

    /// "di 29-09-2026"
    static func dayLabel(_ iso: String) -> String {
        guard let day = LocalDate(iso: iso) else { return iso }
        return "\(weekdays[(day.isoWeekday + 6) % 7]) \(day.dutch)"
    }

    static func weekHeading(_ week: (monday: LocalDate, entries: [HourEntryModel])) -> Node<HTML.BodyContext> {
        let total = week.entries.reduce(0) { $0 + $1.workedMinutes }
        let confirmed = week.entries.allSatisfy { $0.confirmedAt != nil }
        let corrected = week.entries.contains { $0.confirmedAt == nil && $0.companyComment != nil }
        let state = confirmed ? "bevestigd door \(week.entries.first?.confirmedBy ?? "het bedrijf")"
            : corrected ? "correctie gevraagd door het bedrijf" : "nog niet bevestigd"
        return .h3(.text("Week van \(week.monday.dutch): \(hours(total)) — \(state)"))
    }

    /// The days of one week. `editPlacement`: the placement whose days may be rewritten here (student, supervisor).
    static func dayList(_ entries: [HourEntryModel], editPlacement: UUID?) -> Node<HTML.BodyContext> {
        .div(.class("cards"), .forEach(entries.sorted { $0.date < $1.date }) { entry in
            let correction = entry.confirmedAt == nil ? entry.companyComment : nil
            return .div(.class("card"),
                .p(.strong(.text(dayLabel(entry.date))),
                   .text(" · \(entry.start)–\(entry.end), \(entry.breakMinutes) min pauze · \(hours(entry.workedMinutes)) gewerkt")),
                .p(.text(entry.activities)),
                .if(!entry.violations.isEmpty, .p(.class("error"), .text("Let op, jeugdarbeidsregels: \(ruleNames(entry.violations))"))),
                .unwrap(correction) { comment in
                    .div(.class("notice warn"), .p(.text("Correctie gevraagd door het bedrijf: “\(comment)”")),
                         .unwrap(editPlacement) { id in
                             .p(.a(.attr("href", SitePath.hours(id).with([("dag", entry.date)]) + "#date"), .text("Deze dag aanpassen")))
                         })
                },
                .if(correction == nil, .p(.class("muted"), .text(entry.confirmedAt == nil ? "nog niet bevestigd"
                    : "bevestigd" + (entry.companyComment.map { ", opmerking van het bedrijf: “\($0)”" } ?? "")))),
                .if(correction == nil && entry.confirmedAt == nil, .unwrap(editPlacement) { id in
                    .p(.a(.attr("href", SitePath.hours(id).with([("dag", entry.date)]) + "#date"), .text("Aanpassen")))
                }))
        })
    }

    static func student(_ req: Request, _ context: StudentContext, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stage-agenda \(context.placement.student.fullName)", section: .placements)
        let id = context.placement.id ?? UUID()
        let v = context.values
        let corrections = context.weeks.flatMap(\.entries).filter { $0.confirmedAt == nil && $0.companyComment != nil }.count
        let editable = context.canEnter && context.closed == nil ? id : nil
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← Terug naar de stage"))),
            .h1(.text("Stage-agenda van \(context.placement.student.fullName)")),
            .if(corrections > 0, .p(.class("notice warn"),
                .text("Het bedrijf vraagt een correctie voor \(SupervisionSummary.count(corrections, "dag", "dagen") ?? ""). "
                      + "Pas die dag aan; daarna bevestigt het bedrijf de week opnieuw."))),
            .unwrap(context.closed) { .p(.class("notice"), .text($0.dutchMessage)) },
            .if(context.canEnter && context.closed == nil, .form(.method(.post), .attr("action", SitePath.hours(id).path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                Forms.errorSummary(v),
                Forms.text("Datum", "date", v, type: .date, required: true, hint: "Een dag die al bestaat overschrijf je hiermee."),
                Forms.text("Begin", "start", v, type: .time, required: true),
                Forms.text("Einde", "end", v, type: .time, required: true),
                Forms.text("Pauze (minuten)", "breakMinutes", v, type: .number),
                Forms.textArea("Wat heb je gedaan", "activities", v),
                .button(.type(.submit), .text("Dag opslaan")))),
            .if(context.closed != nil && v.errors != nil, Forms.errorSummary(v)),
            .if(context.weeks.isEmpty, .p(.class("muted"), .text("Nog geen uren geschreven."))),
            .forEach(context.weeks) { week in .group(weekHeading(week), dayList(week.entries, editPlacement: editable)) },
            .if(context.canSendLink, .group(
                .h2(.text("Praktijkbegeleider laten bevestigen")),
                .form(.method(.post), .attr("action", SitePath.hoursLink(id).path), .class("stack"),
                      Forms.csrf(chrome.csrfToken),
                      Forms.text("Naam praktijkbegeleider", "companyName",
                                 .init(["companyName": context.workplaceMentor?.name ?? context.company.contactName ?? ""])),
                      Forms.text("E-mail praktijkbegeleider", "companyEmail",
                                 .init(["companyEmail": context.workplaceMentor?.email ?? context.company.contactEmail ?? ""],
                                       errors: v.errors), type: .email),
                      .button(.type(.submit), .class("secondary"), .text("Persoonlijke link sturen")))))
        ))
    }
}
