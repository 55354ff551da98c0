import Plot
import StagelijnCore
import Vapor

/// "Evaluaties": what the user answers, and for the coordinator every evaluation of the school and the response
/// per perspective per period (counts only, no names).
enum EvaluationListPages {
    struct Row {
        let id: UUID
        let student: String
        let company: String
        let moment: EvaluationMoment
        let perspective: EvaluationPerspective
        let answered: Bool
    }

    static func list(_ req: Request, mine: [Row], school: [Row], showResponse: Bool) -> Response {
        let chrome = PageChrome(req, title: "Evaluaties")
        return Layout.page(chrome, .group(
            .h1(.text("Evaluaties")),
            ExportLink.node(req, "evaluaties.csv"),
            .if(showResponse, .p(.a(.attr("href", EvaluationPath.response.path), .text("Respons per groep en periode →")))),
            .h2(.text("Voor u om in te vullen")),
            table(mine, open: true),
            .if(!school.isEmpty, .group(.h2(.text("Alle evaluaties van de school")), table(school, open: false)))))
    }

    private static func table(_ rows: [Row], open: Bool) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.class("muted"), .text("Geen evaluaties.")) }
        return .div(.class("table-wrap"), .table(.class("stack-on-phone"),
            .thead(.tr(.th("Leerling"), .th("Bedrijf"), .th("Moment"), .th("Van"), .th("Ingevuld"))),
            .tbody(.forEach(rows) { row in
                .tr(.td(.a(.attr("href", EvaluationPath.evaluation(row.id).path), .text(row.student))), .td(.text(row.company)),
                    .td(.text(row.moment.dutchName)), .td(.text(row.perspective.dutchName)),
                    .td(.text(row.answered ? "ja" : open ? "nog invullen" : "nee")))
            })))
    }

    static func response(_ req: Request, rows: [(period: String, perspective: EvaluationPerspective, response: EvaluationFigures.Response)]) -> Response {
        let chrome = PageChrome(req, title: "Respons op de evaluaties")
        return Layout.page(chrome, .group(
            .h1(.text("Respons op de evaluaties")),
            .p(.text("Hoeveel evaluaties zijn ingevuld, per groep en per periode. Zonder namen.")),
            .if(rows.isEmpty, .p(.class("muted"), .text("Er zijn nog geen evaluaties verstuurd."))),
            .if(!rows.isEmpty, .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .thead(.tr(.th("Periode"), .th("Groep"), .th("Respons"))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(row.period)), .td(.text(row.perspective.dutchName.capitalizedFirstLetter)), .td(.text(row.response.text)))
                }))))))
    }
}
