import Plot
import StagelijnCore
import Vapor

/// The report form at `/melden/{school}`, on a phone, in B1 Dutch: every category with its definition and an example,
/// anonymous unless the reporter fills in a name or e-mail.
enum MeldpuntReportForm {
    static func render(_ req: Request, school: SchoolModel, values: Forms.Values, status: HTTPStatus, alert: String? = nil) -> Response {
        let chrome = PageChrome(req, title: "Melden")
        return Layout.page(chrome, status: status, .div(.class("meldpunt"),
            .h1(.text("Melden bij \(school.name)")),
            .p(.class("lead"), .text("Is er iets gebeurd bij het zoeken naar een stage, of op je stage, dat niet goed voelt? "
                                     + "Vertel het hier. Je hoeft je naam niet te geven.")),
            .unwrap(alert) { Forms.alert($0) },
            Forms.errorSummary(values),
            .form(.method(.post), .attr("action", MeldpuntPath.school(code: school.code).path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                radios("Wat is er gebeurd?", "category", values, IncidentCategory.allCases.map { category in
                    (category.rawValue, category.dutchName, "\(category.definition) Bijvoorbeeld: \(category.example)")
                }),
                checkboxes("Alleen bij stagediscriminatie: waarom werd je anders behandeld? (mag je overslaan)", "grounds", values,
                           DiscriminationGround.allCases.map { ($0.rawValue, $0.dutchName) }),
                radios("Wanneer gebeurde het?", "phase", values, IncidentPhase.allCases.map { phase in
                    (phase.rawValue, phase.dutchName, phase == .searching ? "Bijvoorbeeld: je werd afgewezen na een kennismakingsgesprek." : nil)
                }),
                Forms.textArea("Wat is er gebeurd? Vertel het in je eigen woorden.", "description", values,
                               hint: "Schrijf op wat er gebeurde, wie erbij was en wat er gezegd werd. Hoogstens 4000 tekens."),
                Forms.text("Bij welk bedrijf? (mag je leeglaten)", "companyName", values),
                Forms.text("Wanneer was het ongeveer? (mag je leeglaten)", "happenedOn", values, type: .date),
                Forms.select("Sector (mag je leeglaten)", "sector", values, options: Sector.allCases.map { ($0.rawValue, $0.dutchName) },
                             includeEmpty: "Weet ik niet"),
                Forms.select("Je opleiding (mag je leeglaten)", "schoolType", values,
                             options: SchoolType.allCases.map { ($0.rawValue, $0.dutchName) }, includeEmpty: "Weet ik niet"),
                radios("Wat wil je dat school doet?", "mode", values, [
                    (IncidentMode.followUp.rawValue, "Help mij: school neemt contact op", "Iemand van school reageert binnen 3 schooldagen."),
                    (IncidentMode.register.rawValue, "Alleen melden", "School telt je melding, maar doet niets zonder jouw toestemming. Later kun je alsnog om hulp vragen."),
                ]),
                radios("Wie ben jij?", "reporterKind", values, ReporterKind.allCases.map { ($0.rawValue, $0.dutchName, nil) }),
                .fieldset(.class("field"),
                    .element(named: "legend", text: "Mag school je bereiken? (mag je leeglaten: dan blijf je anoniem)"),
                    Forms.text("Je naam", "reporterName", values),
                    Forms.text("Je e-mailadres", "reporterEmail", values, type: .email,
                               hint: "Dan krijg je een mail als er nieuws is. In die mail staat nooit wat je hebt gemeld.")),
                .div(.class("actions"), .button(.type(.submit), .text("Melding versturen")))),
            .p(.a(.attr("href", MeldpuntPath.followUp.path), .text("Heb je al een volgcode? Lees hier de reactie van school.")))
        ))
    }

    /// Radio buttons with a label and an optional explanation under each choice.
    static func radios<C: HTML.BodyContext>(_ legend: String, _ name: String, _ values: Forms.Values,
                                            _ options: [(value: String, label: String, hint: String?)]) -> Node<C> {
        .fieldset(.attr("id", name), .attr("class", values.error(name) == nil ? "field choices-list" : "field choices-list invalid"),
                  .element(named: "legend", text: legend),
                  .unwrap(values.error(name)) { .p(.class("error"), .attr("id", "\(name)-error"), .text($0)) },
                  .forEach(options) { option in
                      let id = "\(name)-\(option.value)"
                      return .div(.class("choice"),
                                  .input(.type(.radio), .attr("name", name), .attr("id", id), .attr("value", option.value),
                                         .attr("checked", values[name] == option.value ? "checked" : nil)),
                                  .label(.attr("for", id), .strong(.text(option.label)),
                                         .unwrap(option.hint) { .span(.class("hint"), .text(" \($0)")) }))
                  })
    }

    static func checkboxes<C: HTML.BodyContext>(_ legend: String, _ name: String, _ values: Forms.Values,
                                                _ options: [(value: String, label: String)]) -> Node<C> {
        let chosen = Set(values[name].split(separator: ",").map(String.init))
        return .fieldset(.attr("id", name), .attr("class", values.error(name) == nil ? "field choices-list" : "field choices-list invalid"),
                         .element(named: "legend", text: legend),
                         .unwrap(values.error(name)) { .p(.class("error"), .text($0)) },
                         .forEach(options) { option in
                             let id = "\(name)-\(option.value)"
                             return .div(.class("choice"),
                                         .input(.type(.checkbox), .attr("name", "\(name)[]"), .attr("id", id), .attr("value", option.value),
                                                .attr("checked", chosen.contains(option.value) ? "checked" : nil)),
                                         .label(.attr("for", id), .text(option.label)))
                         })
    }
}
