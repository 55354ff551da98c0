import Plot
import StagelijnCore
import Vapor

/// After answering: a thank-you for the student, the praktijkbegeleider's own answers next to the school's average
/// ("< 5 antwoorden" when too few answered), and the answers as the coordinator reads them.
enum EvaluationResultPages {
    static func thanks(_ req: Request, student: Bool) -> Response {
        let chrome = PageChrome(req, title: "Bedankt!", section: .home)
        return Layout.page(chrome, .group(
            .h1(.text("Bedankt!")),
            .p(.text(student ? "Bedankt voor het invullen van de evaluatie. Met jouw antwoorden maakt de school de stages beter."
                             : "Bedankt voor het invullen van de evaluatie.")),
            .p(.a(.class("button"), .attr("href", "/"), .text(student ? "Terug naar mijn stage" : "Terug naar het overzicht")))))
    }

    static func comparison(_ req: Request, student: String, rows: [EvaluationFigures.Comparison]) -> Response {
        let chrome = PageChrome(req, title: "Bedankt voor uw antwoorden")
        return Layout.page(chrome, .group(
            .h1(.text("Bedankt voor uw antwoorden")),
            .p(.text("Hieronder ziet u uw antwoorden over de stage van \(student) naast het gemiddelde van alle antwoorden aan de school "
                     + "(leerlingen, praktijkbegeleiders en school). Een gemiddelde staat er pas bij 5 of meer antwoorden.")),
            .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .caption(.text("Uw antwoord en het gemiddelde van de school (schaal 1 tot en met 5, cijfer 1 tot en met 10)")),
                .thead(.tr(.th("Vraag"), .th("Uw antwoord"), .th("Gemiddelde school"))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(row.item.text)), .td(.text(row.own.map(String.init) ?? "–")), .td(.text(row.average)))
                })))))
    }

    static func answers(_ req: Request, _ sheet: EvaluationService.Sheet) -> Response {
        let chrome = PageChrome(req, title: "Evaluatie")
        return Layout.page(chrome, .group(
            .p(.a(.attr("href", EvaluationPath.mine.path), .text("← Evaluaties"))),
            .h1(.text("Evaluatie: \(sheet.perspective.dutchName)")),
            .p(.text("Stage van \(sheet.placement.student.fullName) bij \(sheet.placement.position.company.name), "
                     + "\(sheet.evaluation.evaluationMoment.dutchName).")),
            .p(.class("muted"), .text(sheet.evaluation.answeredAt.map { "Ingevuld op \(DutchFormat.dateTime($0))." } ?? "Nog niet ingevuld.")),
            .dl(.class("facts"), .forEach(sheet.items) { item in
                .group(.dt(.text(item.text)), .dd(.text(text(sheet.answers[item.key], item))))
            })))
    }

    private static func text(_ answer: EvaluationAnswers.Answer?, _ item: EvaluationItem) -> String {
        guard let answer else { return "–" }
        if let score = answer.score {
            return item.kind == .agreement ? "\(score) (\(EvaluationAnswers.scaleLabels[max(0, min(4, score - 1))]))" : "\(score)"
        }
        return answer.text ?? "–"
    }
}
