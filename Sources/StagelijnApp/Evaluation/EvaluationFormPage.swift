import Plot
import StagelijnCore
import Vapor

/// The evaluation form, the same for every perspective: statements on a 5-point scale, a mark 1–10, two open
/// questions. "je" for the student, "u" for everyone else. A wrong form comes back with what was typed.
enum EvaluationFormPage {
    struct Mode {
        var action: String
        var student: Bool
        var back: (path: String, label: String)?
    }

    static func render(_ req: Request, _ sheet: EvaluationService.Sheet, mode: Mode, typed: [String: String] = [:],
                       problems: EvaluationAnswers.Problems? = nil, status: HTTPStatus = .ok) -> Response {
        let student = mode.student
        let about = "\(sheet.placement.student.fullName) bij \(sheet.placement.position.company.name)"
        let title = student ? "Evaluatie van je stage" : "Evaluatie van de stage van \(sheet.placement.student.fullName)"
        let chrome = PageChrome(req, title: title, section: student ? .home : nil)
        let byItem = problems?.byItem ?? [:]
        return Layout.page(chrome, status: status, .group(
            .unwrap(mode.back) { .p(.a(.attr("href", $0.path), .text("← \($0.label)"))) },
            .h1(.text(title)),
            .p(.text(student ? "Bij \(sheet.placement.position.company.name). Vertel ons hoe je stage ging. Er zijn geen goede of foute antwoorden. "
                               + "Het bedrijf ziet jouw antwoorden niet."
                             : "\(about.capitalizedFirstLetter), \(sheet.evaluation.evaluationMoment.dutchName). Het kost ongeveer 5 minuten.")),
            .unwrap(problems) { Forms.alert(byItem[""] ?? $0.summary) },
            .form(.method(.post), .attr("action", mode.action), Forms.csrf(chrome.csrfToken),
                  .forEach(Array(sheet.items.enumerated())) { index, item in question(index + 1, item, typed: typed[item.key] ?? "", problem: byItem[item.key]) },
                  .button(.type(.submit), .class("primary"), .text("Versturen"))))
        )
    }

    private static func question<C: HTML.BodyContext>(_ number: Int, _ item: EvaluationItem, typed: String, problem: String?) -> Node<C> {
        let id = "q\(number)"
        let error = problem.map { _ in "\(id)-error" }
        switch item.kind {
        case .open:
            return .div(.attr("class", problem == nil ? "field" : "field invalid"),
                        .label(.attr("for", id), .text(item.text)),
                        .unwrap(problem) { .p(.class("error"), .attr("id", "\(id)-error"), .text($0)) },
                        .textarea(.attr("id", id), .attr("name", item.key), .attr("aria-describedby", error), .attr("maxlength", "2000"), .text(typed)))
        case .agreement, .mark:
            let range = item.range ?? 1...5
            return .fieldset(.attr("class", problem == nil ? "field scale" : "field scale invalid"), .attr("aria-describedby", error),
                .element(named: "legend", text: item.text),
                .unwrap(problem) { .p(.class("error"), .attr("id", "\(id)-error"), .text($0)) },
                .div(.class("choices"), .forEach(Array(range)) { value in
                    .label(.input(.type(.radio), .attr("name", item.key), .attr("value", "\(value)"),
                                  .attr("checked", typed == "\(value)" ? "checked" : nil)),
                           .text(item.kind == .agreement ? " \(EvaluationAnswers.scaleLabels[value - 1])" : " \(value)"))
                }))
        }
    }
}
