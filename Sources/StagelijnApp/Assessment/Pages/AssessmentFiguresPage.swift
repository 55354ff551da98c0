import Plot
import StagelijnCore
import Vapor

enum AssessmentFiguresPage {
    typealias Grouping = AssessmentFiguresController.Grouping

    static func render(_ req: Request, grouping: Grouping, timeliness: [(group: String, figures: AssessmentFigures.Timeliness)],
                       forms: [(title: String, rows: [(item: FormItem, counts: [Int])])]) -> Response {
        let chrome = PageChrome(req, title: "Cijfers beoordelingen", section: .assessments)
        let cell = SmallCellSuppression.text
        return Layout.page(chrome, .group(
            .h1(.text("Cijfers beoordelingen")),
            .p(.class("hint"), .text("Zonder namen. Een aantal onder de 5 staat er als \"< 5\", zodat niemand een leerling herkent.")),
            .nav(.class("subnav"), .text("Per "), .forEach(Grouping.allCases) { option in
                option == grouping ? .strong(.text(option.dutch + " ")) : .a(.attr("href", "\(AssessmentPath.figures.path)?per=\(option.rawValue)"), .text(option.dutch + " "))
            }),
            .h2(.text("Op tijd beoordeeld")),
            .if(timeliness.isEmpty, .p(.class("muted"), .text("Nog geen beoordelingen die al moesten."))),
            .if(!timeliness.isEmpty, .div(.class("table-wrap"), .table(
                .tr(.th(.text(grouping.dutch.capitalizedFirstLetter)), .th("Moesten klaar"), .th("Op tijd"), .th("Te laat klaar"), .th("Nog open, te laat"), .th("Doelen behaald")),
                .forEach(timeliness) { row in
                    let f = row.figures
                    let done = SmallCellSuppression.row([f.onTime, f.late, f.overdue]).cells
                    return .tr(.td(.text(row.group)), .td(.text(cell(f.due))), .td(.text(done[0])), .td(.text(done[1])), .td(.text(done[2])),
                               .td(.text(f.goalsAssessed < SmallCellSuppression.threshold ? SmallCellSuppression.hiddenText
                                         : "\(f.goalsReached) van \(f.goalsAssessed)")))
                }))),
            .forEach(forms) { form in
                .group(
                    .h2(.text("Scores van de school: \(form.title)")),
                    .div(.class("table-wrap"), .table(.tr(.th("Onderdeel"), .forEach(Score.allCases) { .th(.text($0.dutch)) }),
                           .forEach(form.rows) { row in
                               let cells = SmallCellSuppression.row(row.counts).cells
                               return .tr(.td(.text(row.item.text)), .forEach(cells) { .td(.text($0)) })
                           })))
            }))
    }
}
