import Plot
import StagelijnCore
import Vapor

/// The interest test's pages for a student: short sentences, one statement per page, a big picture, three big
/// buttons. Read-aloud friendly: the statement is a heading the screen reader reads first; buttons say what they do.
enum InterestTestPages {
    static func intro(_ req: Request, count: Int, last: InterestTestModel?) -> Response {
        let chrome = PageChrome(req, title: "Interessetest", section: .home)
        return Layout.page(chrome, .div(.class("question"),
            StageLinePath.styles(),
            .p(.a(.attr("href", SitePath.home.path), .text("← Mijn stage"))),
            .h1(.text("Welk werk vind jij leuk?")),
            .div(.class("picture"), .attr("aria-hidden", "true"), .text("🌱 📦 ☕")),
            .p(.class("statement"), .text("Je ziet \(count) korte zinnen over werk. Bij elke zin kies je: leuk, weet ik niet of niet leuk.")),
            .p(.text("Er zijn geen goede of foute antwoorden. Aan het eind zie je welke twee sectoren bij je passen.")),
            .unwrap(last) { test in
                .p(.text("Je hebt de test al gedaan. Uitslag: \(test.proposedSectors.map(\.dutchName).joined(separator: " en ")). "),
                   .a(.attr("href", StageLinePath.interestResult.path), .text("Bekijk je uitslag")))
            },
            .form(.method(.post), .attr("action", StageLinePath.interestStart.path), Forms.csrf(chrome.csrfToken),
                  .div(.class("answers"), .button(.type(.submit), .text(last == nil ? "Begin de test" : "Doe de test opnieuw"))))
        ))
    }

    static func question(_ req: Request, item: InterestItem, number: Int, total: Int, given: InterestAnswer?,
                         problem: String? = nil, status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Interessetest, vraag \(number) van \(total)", section: .home)
        let button = { (answer: InterestAnswer, css: String) -> Node<HTML.FormContext> in
            .button(.type(.submit), .attr("name", "answer"), .attr("value", answer.rawValue), .attr("class", css),
                    .attr("aria-pressed", given == answer ? "true" : nil),
                    .text((given == answer ? "✓ " : "") + answer.dutchName))
        }
        return Layout.page(chrome, status: status, .div(.class("question"),
            StageLinePath.styles(),
            .p(.class("progress"), .text("Vraag \(number) van \(total)")),
            .div(.class("picture"), .attr("aria-hidden", "true"), .text(item.picture)),
            .h1(.class("statement"), .text(item.statement)),
            .unwrap(problem) { Forms.alert($0) },
            .form(.method(.post), .attr("action", StageLinePath.interestQuestion(number).path), Forms.csrf(chrome.csrfToken),
                  .div(.class("answers"), .attr("role", "group"), .attr("aria-label", "Wat vind je hiervan?"),
                       button(.like, "like"), button(.unsure, "unsure"), button(.dislike, "dislike"))),
            .if(number > 1, .p(.a(.attr("href", StageLinePath.interestQuestion(number - 1).path), .text("← Vorige vraag"))))
        ))
    }

    static func result(_ req: Request, test: InterestTestModel, student: StudentModel) -> Response {
        let chrome = PageChrome(req, title: "Jouw uitslag", section: .home)
        let proposed = test.proposedSectors
        return Layout.page(chrome, .div(.class("question"),
            StageLinePath.styles(),
            .h1(.text("Jouw uitslag")),
            proposed.isEmpty
                ? .p(.class("statement"), .text("Je vond nog niets echt leuk. Praat erover met je stagebegeleider."))
                : .p(.class("statement"), .text("Deze twee sectoren passen bij jou: "),
                     .strong(.text(proposed.map(\.dutchName).joined(separator: " en "))), .text(".")),
            .p(.text("Je stagebegeleider praat met je over de uitslag. Samen kiezen jullie eind dit jaar twee sectoren.")),
            .ul(.class("checks left"), .forEach(InterestTestService.scores(test)) { sector, value in
                .li(.text("\(sector.dutchName): \(value) %"),
                    .div(.class("bar"), .attr("aria-hidden", "true"), .span(.attr("class", "w\(value / 10)"))))
            }),
            .p(.a(.class("button"), .attr("href", StageLinePath.trajectory(student.id ?? UUID()).path), .text("Naar mijn stagelijn"))),
            .p(.a(.attr("href", SitePath.home.path), .text("Terug naar mijn stage")))
        ))
    }
}
