import Plot
import StagelijnCore
import Vapor

/// Ranking wishes: positions one by one, or sectors that are expanded to the nearest eligible positions.
enum PreferencesPage {
    struct Context {
        let student: StudentModel
        let periods: [StagePeriodModel]
        let period: StagePeriodModel?
        let options: [PreferencesController.Option]
        let current: [StudentPreferenceModel]
        let values: Forms.Values
        let canEdit: Bool
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let student = context.student
        let id = student.id ?? UUID()
        let chrome = PageChrome(req, title: "Voorkeuren \(student.fullName)", section: .students)
        let choices = context.options.compactMap { o in o.position.id.map { (value: $0.uuidString, label: o.label) } }
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.student(id).path), .text("← Terug naar \(student.fullName)"))),
            .h1(.text("Stagewensen van \(student.fullName)")),
            .p(.text("De indeling gebeurt objectief op deze volgorde, niet op een ‘klik’. Alleen plaatsen die bij de leerling passen "
                     + "(leeftijd, certificaten, afstand, eerdere stages) staan in de lijst, dichtstbijzijnde eerst.")),
            .form(.method(.get), .attr("action", SitePath.preferences(id).path), .class("filters"),
                  Forms.select("Stageperiode", "periode", .init(["periode": context.period?.id?.uuidString ?? ""]),
                               options: context.periods.compactMap { p in p.id.map { ($0.uuidString, p.label) } }),
                  .button(.type(.submit), .class("secondary"), .text("Kies"))),
            .h2(.text("Huidige volgorde")),
            .if(context.current.isEmpty, .p(.class("muted"), .text("Nog geen wensen voor deze periode."))),
            .if(!context.current.isEmpty, .ol(.forEach(context.current) { preference in
                .li(.text("\(preference.position.company.name) — \(preference.position.title) (\(preference.position.sector.dutchName))"))
            })),
            .if(context.canEdit && context.period != nil, .group(
                .h2(.text("Plaatsen op volgorde zetten")),
                .form(.method(.post), .attr("action", SitePath.preferences(id).path), .class("stack"),
                    Forms.csrf(chrome.csrfToken),
                    Forms.errorSummary(context.values),
                    .input(.type(.hidden), .name("periodID"), .attr("value", context.period?.id?.uuidString ?? "")),
                    .input(.type(.hidden), .name("mode"), .value("plaatsen")),
                    .if(choices.isEmpty, .p(.class("notice warn"), .text("Er is in deze periode geen vrije plaats die bij de leerling past."))),
                    .forEach(1...PreferencesController.maximum) { place in
                        Forms.select("Keuze \(place)", "choice\(place)", context.values, options: choices, includeEmpty: "—")
                    },
                    .button(.type(.submit), .text("Volgorde opslaan"))),
                .h2(.text("Of: sectoren op volgorde")),
                .p(.class("hint"), .text("Kies tot drie sectoren; de passende plaatsen in die sectoren komen op volgorde, dichtstbijzijnde eerst (maximaal 10).")),
                .form(.method(.post), .attr("action", SitePath.preferences(id).path), .class("stack"),
                    Forms.csrf(chrome.csrfToken),
                    .input(.type(.hidden), .name("periodID"), .attr("value", context.period?.id?.uuidString ?? "")),
                    .input(.type(.hidden), .name("mode"), .value("sectoren")),
                    .forEach(1...3) { place in
                        Forms.select("Sector \(place)", "sector\(place)", .init(), options: Options.sectors, includeEmpty: "—")
                    },
                    .button(.type(.submit), .class("secondary"), .text("Sectoren gebruiken")))))
        ))
    }
}
