import Plot
import StagelijnCore
import Vapor

/// The stagemap on screen (with a PDF link) and as a printable A4 document; both show the same content.
enum StagemapPage {
    static func render(_ req: Request, _ map: Stagemap) -> Response {
        let chrome = PageChrome(req, title: "Stagemap van \(map.student)")
        return Layout.page(chrome, .group(
            .h1(.text("Stagemap van \(map.student)")),
            // Only where the server can make a PDF; otherwise the browser's print dialog makes one from this page.
            PDFRenderer.executable == nil
                ? .p(.class("hint"), .text("Afdrukken of bewaren als PDF: kies Afdrukken in uw browser."))
                : .p(.a(.class("button"), .attr("href", AssessmentPath.stagemapPDF(student: map.studentID).path), .text("Als PDF downloaden"))),
            content(map)))
    }

    static func document(_ map: Stagemap, printedOn: LocalDate) -> String {
        HTML(.lang(.dutch),
             .head(.meta(.charset(.utf8)), .element(named: "title", text: "Stagemap van \(map.student)"),
                   .element(named: "style", nodes: [.raw(css)])),
             .body(.h1(.text("Stagemap van \(map.student)")),
                   .p(.class("muted"), .text("\(map.schoolName) · afgedrukt op \(printedOn.dutch)")),
                   content(map))).render()
    }

    static func content(_ map: Stagemap) -> Node<HTML.BodyContext> {
        .group(
            .if(map.stages.isEmpty, .p(.class("muted"), .text("Nog geen stages."))),
            .forEach(map.stages) { stage in
                .section(.class("stage"),
                         .h2(.text("\(stage.company) — \(stage.position)")),
                         .p(.text("\(stage.period) · \(stage.status.dutchName) · bevestigde uren: \(DutchFormat.hours(minutes: stage.confirmedMinutes))")),
                         .h3(.text("Doelen")),
                         .ul(.forEach(stage.goals) { goal in
                             .li(.text(goal.text + (goal.personal ? " (persoonlijk doel)" : "")),
                                 .unwrap(goal.latest) { .strong(.text(" — \($0.dutch)")) })
                         }),
                         .if(!stage.assignments.isEmpty, .group(
                             .h3(.text("Praktijkopdrachten")),
                             .ul(.forEach(stage.assignments) { a in
                                 .li(.text("\(a.title) (\(a.kind.dutchName)): \(a.status.dutchName)"),
                                     .unwrap(a.score) { .strong(.text(" — \($0.dutch)")) })
                             }))),
                         .forEach(stage.assessments) { assessment in
                             .group(
                                 .h3(.text("\(assessment.kind.dutchName.capitalizedFirstLetter), afgerond \(assessment.completedOn.dutch)")),
                                 .table(.forEach(assessment.groups) { group in
                                     .group(.tr(.th(.attr("colspan", "2"), .text(group.area.dutchName))),
                                            .forEach(group.items) { item in .tr(.td(.text(item.text)), .td(.text(item.score?.dutch ?? "—"))) })
                                 }),
                                 .if(!assessment.comment.isEmpty, .p(.text("Toelichting school: \(assessment.comment)"))))
                         },
                         .if(!stage.visits.isEmpty, .group(
                             .h3(.text("Bezoeken en gesprekken")),
                             .ul(.forEach(stage.visits) { visit in
                                 .li(.text("\(visit.date.dutch) · \(visit.kind.dutchName): \(visit.progress)"),
                                     .if(!visit.nextStep.isEmpty, .text(" Volgende stap: \(visit.nextStep)")),
                                     .if(!visit.goals.isEmpty, .text(" Doelen: " + visit.goals.map { "\($0.goal) — \($0.score.dutch)" }.joined(separator: "; "))))
                             }))))
            })
    }

    static let css = """
    @page{size:A4;margin:18mm}body{font-family:sans-serif;font-size:10.5pt;color:#111}h1{font-size:18pt}
    h2{font-size:13pt;border-bottom:1px solid #999;margin-top:18pt}h3{font-size:11pt;margin-bottom:4pt}
    table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:2pt 4pt;text-align:left}
    th{background:#eee}.muted{color:#555}.stage{page-break-inside:auto}
    """
}
