import Plot
import StagelijnCore
import Vapor

/// `/kwaliteit/eisen`: the school's quality requirements, each with its norm, owner and the indicator that measures
/// it. Leadership and the coordinator change them (starting from the default set); staff and the inspector read them.
enum QualityRequirementsPage {
    static func render(_ req: Request, _ requirements: [QualityRequirement], canEdit: Bool, typed: [String: String]? = nil,
                       problems: [String] = [], status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Kwaliteitseisen", section: .quality)
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", QualityPath.dashboard.path), .text("← Kwaliteit"))),
            .h1(.text("Kwaliteitseisen voor de stages")),
            .p(.text("De school maakt haar eisen expliciet: per eis een norm, een eigenaar en de indicator die meet of de eis gehaald is. "
                     + "De school begint met de standaardset en past die aan.")),
            .if(!problems.isEmpty, .div(.class("error-summary"), .attr("role", "alert"), .h2(.text("Controleer de eisen")),
                                        .ul(.forEach(problems) { .li(.text($0)) }))),
            canEdit ? form(req, requirements, typed: typed) : table(requirements)))
    }

    static func table(_ requirements: [QualityRequirement]) -> Node<HTML.BodyContext> {
        .div(.class("table-wrap"), .table(.class("stack-on-phone"),
            .thead(.tr(.th("Eis"), .th("Norm"), .th("Eigenaar"), .th("Bron"), .th("Geldt"))),
            .tbody(.forEach(requirements) { r in
                .tr(.td(.text(r.statement), .text(" "), .a(.attr("href", QualityPath.definition(r.indicator.rawValue).path), .text("Hoe geteld"))),
                    .td(.text("\(r.norm) %")),
                    .td(.text(r.owner.dutchName + (r.ownerName.isEmpty ? "" : " (\(r.ownerName))"))),
                    .td(.text(r.indicator.source.dutchName)), .td(.text(r.active ? "ja" : "uitgezet")))
            })))
    }

    static func form(_ req: Request, _ requirements: [QualityRequirement], typed: [String: String]?) -> Node<HTML.BodyContext> {
        func value(_ field: String, _ fallback: String) -> String { typed?[field] ?? fallback }
        return .form(.method(.post), .attr("action", QualityPath.requirements.path),
            Forms.csrf(req.csrfToken),
            .forEach(requirements) { r in
                let key = r.indicator.rawValue
                let owner = value("owner-\(key)", r.owner.rawValue)
                let active = typed.map { $0["active-\(key)"] != nil } ?? r.active
                return .div(.class("card item"),
                    .h3(.text(r.indicator.dutchName)),
                    .p(.class("muted"), .text("Bron: \(r.indicator.source.dutchName). "),
                       .a(.attr("href", QualityPath.definition(key).path), .text("Hoe wordt dit geteld?"))),
                    .div(.class("field checkbox"),
                         .input(.type(.checkbox), .attr("name", "active-\(key)"), .attr("id", "active-\(key)"), .value("ja"),
                                .attr("checked", active ? "checked" : nil)),
                         .label(.attr("for", "active-\(key)"), .text("Deze eis geldt voor onze school"))),
                    .div(.class("field"), .label(.attr("for", "norm-\(key)"), .text("Norm in procenten")),
                         .input(.type(.text), .attr("inputmode", "numeric"), .attr("name", "norm-\(key)"), .attr("id", "norm-\(key)"),
                                .attr("value", value("norm-\(key)", String(r.norm))))),
                    .div(.class("field"), .label(.attr("for", "owner-\(key)"), .text("Eigenaar (functie)")),
                         .select(.attr("name", "owner-\(key)"), .attr("id", "owner-\(key)"),
                                 .forEach(QualityRequirement.ownerRoles) { role in
                                     .element(named: "option", nodes: [.attr("value", role.rawValue),
                                                                       .if(role.rawValue == owner, .attr("selected", "selected")),
                                                                       .text(role.dutchName)])
                                 })),
                    .div(.class("field"), .label(.attr("for", "name-\(key)"), .text("Naam van de eigenaar (mag leeg)")),
                         .input(.type(.text), .attr("name", "name-\(key)"), .attr("id", "name-\(key)"), .attr("value", value("name-\(key)", r.ownerName)))),
                    .div(.class("field"), .label(.attr("for", "statement-\(key)"), .text("De eis in woorden")),
                         .textarea(.attr("name", "statement-\(key)"), .attr("id", "statement-\(key)"), .rows(2),
                                   .text(value("statement-\(key)", r.statement)))))
            },
            .button(.type(.submit), .text("Eisen opslaan")))
    }
}
