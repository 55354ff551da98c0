import Plot
import StagelijnCore
import Vapor

/// One assessment on one page, readable on a phone: per item a card with the parts side by side (student,
/// praktijkbegeleider, school, the previous round with growth) and — for whoever fills a part — four large choices.
enum AssessmentPage {
    /// Who is looking, and what they may do.
    struct Mode {
        /// The part this reader fills, or nil to only read.
        let fills: AssessmentPerspective?
        let saveAction: String
        /// "je" for a student, "u" for the praktijkbegeleider and parents.
        let informal: Bool
        let backLink: (href: String, label: String)?
    }

    static func render(_ req: Request, _ sheet: AssessmentSheet, mode: Mode, typed: [String: String]? = nil,
                       problem: String? = nil, status: HTTPStatus = .ok) -> Response {
        let title = "\(sheet.kind.dutchName.capitalizedFirstLetter) van \(sheet.student)"
        let chrome = PageChrome(req, title: title)
        let own = mode.fills.flatMap { sheet.parts[$0] }
        let chosen: [String: String] = typed ?? (own?.scores.mapValues { "\($0.rawValue)" } ?? [:])
        let editable = mode.fills != nil && !sheet.chain.isLocked
        let body: Node<HTML.BodyContext> = .group(
            .unwrap(mode.backLink) { .p(.a(.attr("href", $0.href), .text("← \($0.label)"))) },
            .h1(.text(title)),
            .p(.text("Bij \(sheet.company) · uiterlijk \(sheet.dueOn.dutch) · \(sheet.status.dutch) · formulier \(sheet.formTitle), versie \(sheet.formVersion)")),
            approvals(sheet),
            .unwrap(problem) { Forms.alert($0) },
            scaleExplanation(),
            .if(mode.fills == .student, .p(.class("hint"), .text("Lees elke zin alsof hij over jou gaat: hoe goed lukt dat jou op je stage?"))),
            editable ? .form(.method(.post), .attr("action", mode.saveAction), .class("assessment"),
                             Forms.csrf(chrome.csrfToken),
                             .embed(items(sheet, fills: mode.fills, chosen: chosen)),
                             .embed(commentField(own?.comment ?? "", typed: typed?["comment"], informal: mode.informal)),
                             .embed(comments(sheet, except: mode.fills)),
                             .div(.class("actions"),
                                  .button(.type(.submit), .attr("name", "action"), .value("opslaan"), .text("Opslaan")),
                                  .button(.type(.submit), .attr("name", "action"), .value("goedkeuren"), .class("primary"),
                                          .text("Opslaan en goedkeuren"))))
                     : .group(items(sheet, fills: nil, chosen: [:]), comments(sheet, except: nil)))
        return Layout.page(chrome, status: status, body)
    }

    static func approvals(_ sheet: AssessmentSheet) -> Node<HTML.BodyContext> {
        .div(.class("approvals"),
             .h2(.text("Goedkeuring")),
             .ol(.forEach(AssessmentPerspective.allCases) { part in
                 let done = sheet.parts[part]?.approvedBy
                 return .li(.text("\(part.dutchName.capitalizedFirstLetter): "),
                            .strong(.text(done.map { "goedgekeurd door \($0)" } ?? (sheet.parts[part] == nil ? "nog niet ingevuld" : "ingevuld, nog niet goedgekeurd"))))
             }),
             .if(sheet.chain.isLocked, .p(.class("notice"), .text("Deze eindbeoordeling is goedgekeurd en staat vast in de stagemap."))))
    }

    static func scaleExplanation() -> Node<HTML.BodyContext> {
        .details(.summary(.text("Wat betekenen de scores?")),
                 .dl(.class("facts"), .forEach(Score.allCases) { score in
                     .group(.dt(.text(score.dutch)), .dd(.text(score.descriptor)))
                 }))
    }

    static func items(_ sheet: AssessmentSheet, fills: AssessmentPerspective?, chosen: [String: String]) -> Node<HTML.BodyContext> {
        var next = 0
        let numbered = sheet.groups.map { group in
            (area: group.area, items: group.items.map { item -> (Int, FormItem) in next += 1; return (next, item) })
        }
        return .forEach(numbered) { group in
            .section(.class("area"),
                     .h2(.text(group.area.dutchName)),
                     .forEach(group.items) { number, item in
                         card(item, number: number, sheet: sheet, fills: fills, chosen: chosen[item.key])
                     })
        }
    }

    private static func card(_ item: FormItem, number: Int, sheet: AssessmentSheet, fills: AssessmentPerspective?,
                             chosen: String?) -> Node<HTML.BodyContext> {
        let others = AssessmentPerspective.allCases.filter { $0 != fills }
        return .div(.class("item card"),
                    .h3(.attr("id", "item-\(number)"), .text(item.text)),
                    .unwrap(sheet.gaps[item.key]) { .p(.class("notice"), .text("Kan het bedrijf niet bieden. Afgesproken alternatief: \($0)")) },
                    .ul(.class("side-by-side"),
                        .forEach(others) { part in
                            .li(.span(.class("who"), .text("\(shortName(part)): ")), .text(sheet.parts[part]?.scores[item.key]?.dutch ?? "—"))
                        },
                        .unwrap(sheet.previousLabel) { label in
                            let before = sheet.previous[.school]?[item.key] ?? sheet.previous[.workplaceMentor]?[item.key]
                            let now = sheet.parts[.school]?.scores[item.key] ?? sheet.parts[.workplaceMentor]?.scores[item.key]
                            let growth = Growth.compare(previous: before, current: now)
                            return .li(.span(.class("who"), .text("\(label.capitalizedFirstLetter): ")), .text(before?.dutch ?? "—"),
                                       .unwrap(growth) { g in .span(.class("growth"), .attr("title", g.symbol.label),
                                                                     .attr("aria-label", g.symbol.label), .text(" \(g.symbol.sign)")) })
                        }),
                    .unwrap(fills) { _ in choices(item.key, number: number, chosen: chosen) })
    }

    private static func choices(_ key: String, number: Int, chosen: String?) -> Node<HTML.BodyContext> {
        .fieldset(.class("scores"), .attr("aria-labelledby", "item-\(number)"),
                  .forEach(Score.allCases) { score in
                      let id = "s\(number)-\(score.rawValue)"
                      return .label(.attr("for", id),
                                    .input(.type(.radio), .attr("name", "score.\(key)"), .attr("id", id), .attr("value", "\(score.rawValue)"),
                                           .attr("checked", chosen == "\(score.rawValue)" ? "checked" : nil)),
                                    .text(" \(score.dutch)"))
                  })
    }

    private static func commentField(_ saved: String, typed: String?, informal: Bool) -> Node<HTML.BodyContext> {
        Forms.textArea(informal ? "Wil je nog iets kwijt? (mag leeg blijven)" : "Toelichting (mag leeg blijven)", "comment",
                       Forms.Values(["comment": typed ?? saved]))
    }

    private static func comments(_ sheet: AssessmentSheet, except: AssessmentPerspective?) -> Node<HTML.BodyContext> {
        let filled = AssessmentPerspective.allCases.filter { $0 != except }.compactMap { part in sheet.parts[part].map { (part, $0) } }.filter { !$0.1.comment.isEmpty }
        return .if(!filled.isEmpty, .group(.h2(.text("Toelichting")), .dl(.class("facts"), .forEach(filled) { part, value in
            .group(.dt(.text(part.dutchName.capitalizedFirstLetter)), .dd(.text(value.comment)))
        })))
    }

    static func shortName(_ part: AssessmentPerspective) -> String {
        switch part {
        case .student: "Leerling"
        case .workplaceMentor: "Praktijkbegeleider"
        case .school: "School"
        }
    }
}

extension Node where Context == HTML.FormContext {
    /// Places body content (cards, fieldsets, headings) inside a form; Plot's types keep the two contexts apart.
    static func embed(_ node: Node<HTML.BodyContext>) -> Node { .raw(node.render()) }
}
