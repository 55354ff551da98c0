import Plot
import StagelijnCore
import Vapor

/// `/kwaliteit/kalender`: the kwaliteitszorgkalender of a school year — activity, owner, due date, status and the
/// evidence; an overdue activity is marked. `/kwaliteit/kalender/{jaar}/{activiteit}`: record what was done.
enum QualityCalendarPage {
    static func year(_ req: Request, year: SchoolYear, years: [SchoolYear], activities: [QualityCalendarService.Activity],
                     canEdit: Bool) -> Response {
        let chrome = PageChrome(req, title: "Kwaliteitszorgkalender", section: .quality)
        let overdue = activities.filter { $0.overdue(today: req.today) }.count
        return Layout.page(chrome, .group(
            .p(.a(.attr("href", QualityPath.dashboard.path), .text("← Kwaliteit"))),
            .h1(.text("Kwaliteitszorgkalender \(year.name)")),
            .nav(.attr("aria-label", "Schooljaar"), .p(.text("Schooljaar: "), .forEach(years) { y in
                .group(y == year ? .strong(.text(y.name)) : .a(.attr("href", QualityPath.calendar(year: y.name).path), .text(y.name)), .text(" "))
            })),
            .p(.text("Elk schooljaar komen dezelfde activiteiten terug, elk met een eigenaar en een uiterste datum. "
                     + "Bij ‘afgerond’ hoort een kort verslag of besluit: dat is het bewijs van de kwaliteitszorg.")),
            .if(overdue > 0, .div(.class("notice warn"), .p(.text(DutchFormat.count(overdue, "activiteit is", "activiteiten zijn") + " over de datum.")))),
            .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .thead(.tr(.th("Activiteit"), .th("Uiterlijk"), .th("Eigenaar"), .th("Status"), .th("Verslag en besluiten"))),
                .tbody(.forEach(activities) { a in
                    .tr(.td(canEdit ? .a(.attr("href", QualityPath.activity(year: year.name, key: a.template.key).path), .text(a.template.title))
                                    : .text(a.template.title)),
                        .td(.text(a.dueOn.dutch)),
                        .td(.text(a.owner.dutchName + (a.ownerName.isEmpty ? "" : " (\(a.ownerName))"))),
                        .td(a.overdue(today: req.today) ? .strong(.class("verdict-not"), .text("te laat")) : .text(a.status.dutchName)),
                        .td(.text(evidence(a))))
                })))))
    }

    static func evidence(_ a: QualityCalendarService.Activity) -> String {
        let parts = [a.notes, a.decisions.isEmpty ? "" : "Besluiten: " + a.decisions].filter { !$0.isEmpty }
        return parts.isEmpty ? "–" : parts.joined(separator: " ")
    }

    static func activity(_ req: Request, _ a: QualityCalendarService.Activity, typed: [String: String]? = nil,
                         problems: [String] = [], status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: a.template.title, section: .quality)
        func value(_ field: String, _ fallback: String) -> String { typed?[field] ?? fallback }
        let currentStatus = value("status", a.status.rawValue)
        let owner = value("owner", a.owner.rawValue)
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", QualityPath.calendar(year: a.year.name).path), .text("← Kalender \(a.year.name)"))),
            .h1(.text(a.template.title)),
            .p(.text(a.template.purpose)),
            .if(!problems.isEmpty, .div(.class("error-summary"), .attr("role", "alert"), .h2(.text("Controleer de gegevens")),
                                        .ul(.forEach(problems) { .li(.text($0)) }))),
            .form(.method(.post), .attr("action", QualityPath.activity(year: a.year.name, key: a.template.key).path),
                Forms.csrf(req.csrfToken),
                .div(.class("field"), .label(.attr("for", "status"), .text("Status")),
                     .select(.attr("name", "status"), .attr("id", "status"), .forEach(QualityActivityStatus.allCases) { s in
                         .element(named: "option", nodes: [.attr("value", s.rawValue), .if(s.rawValue == currentStatus, .attr("selected", "selected")), .text(s.dutchName)])
                     })),
                .div(.class("field"), .label(.attr("for", "due"), .text("Uiterste datum (dd-mm-jjjj)")),
                     .input(.type(.text), .attr("name", "due"), .attr("id", "due"), .attr("value", value("due", a.dueOn.dutch)))),
                .div(.class("field"), .label(.attr("for", "owner"), .text("Eigenaar (functie)")),
                     .select(.attr("name", "owner"), .attr("id", "owner"), .forEach(QualityRequirement.ownerRoles) { role in
                         .element(named: "option", nodes: [.attr("value", role.rawValue), .if(role.rawValue == owner, .attr("selected", "selected")), .text(role.dutchName)])
                     })),
                .div(.class("field"), .label(.attr("for", "owner_name"), .text("Naam van de eigenaar (mag leeg)")),
                     .input(.type(.text), .attr("name", "owner_name"), .attr("id", "owner_name"), .attr("value", value("owner_name", a.ownerName)))),
                .div(.class("field"), .label(.attr("for", "notes"), .text("Verslag: wat is er gedaan?")),
                     .textarea(.attr("name", "notes"), .attr("id", "notes"), .rows(5), .text(value("notes", a.notes)))),
                .div(.class("field"), .label(.attr("for", "decisions"), .text("Besluiten en acties")),
                     .textarea(.attr("name", "decisions"), .attr("id", "decisions"), .rows(4), .text(value("decisions", a.decisions)))),
                .button(.type(.submit), .text("Opslaan"))),
            .unwrap(a.updatedBy) { .p(.class("muted"), .text("Laatst bijgewerkt door \($0)" + (a.updatedAt.map { " op \(DutchFormat.dateTime($0))" } ?? "") + ".")) }))
    }
}
