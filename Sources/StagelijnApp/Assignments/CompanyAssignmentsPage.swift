import Plot
import StagelijnCore
import Vapor

/// The praktijkbegeleider's list of this student's assignments on a phone: what the student handed in, and one
/// button to confirm it was done at the workplace.
enum CompanyAssignmentsPage {
    static func render(_ req: Request, placement: PlacementModel, assignments: [PlacementAssignmentModel], token: String,
                       error: String?, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Praktijkopdrachten bevestigen")
        let name = placement.student.fullName
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", AccessLinks.path(.confirmHours, token: token)), .text("← Naar de stage-uren"))),
            .h1(.text("Praktijkopdrachten van \(name)")),
            .p(.text("Bevestig dat \(placement.student.firstName) de opdracht bij \(placement.position.company.name) echt heeft gedaan. De school beoordeelt hem daarna.")),
            .unwrap(error) { Forms.alert($0) },
            .if(assignments.isEmpty, .p(.class("muted"), .text("\(name) heeft nog geen opdrachten."))),
            .forEach(assignments) { a in item(a, token: token, csrf: chrome.csrfToken) }
        ))
    }

    static func item(_ a: PlacementAssignmentModel, token: String, csrf: String) -> Node<HTML.BodyContext> {
        let id = a.id ?? UUID()
        let status = a.progress.status
        let comment = "comment-\(id)"
        return .section(.class("card"),
            .h2(.text(a.title)),
            .p(.text("\(a.kind.dutchName) \(a.kind.origin) · deel \(a.part)"), .unwrap(a.due) { .text(" · uiterlijk \($0.dutch)") },
               .text(" "), .span(.attr("class", "badge \(status.rawValue)"), .text(status.dutchName))),
            .details(.summary("Wat moest de leerling doen?"), .p(.class("prewrap"), .text(a.instructions))),
            .unwrap(a.handInText) { text in .group(.h3(.text("Wat de leerling schreef")), .p(.class("prewrap"), .text(text))) },
            .if(a.hasPhoto, .p(.a(.attr("href", AssignmentPath.companyPhoto(token: token, id).path), .text("Foto bekijken")))),
            .unwrap(a.confirmedAt) { at in .p(.text("Bevestigd door \(a.confirmedBy ?? "u") op \(DutchFormat.dateTime(at)).")) },
            .if(status == .toConfirm,
                .form(.method(.post), .attr("action", AssignmentPath.companyConfirm(token: token, id).path), .class("stack"),
                      Forms.csrf(csrf),
                      .div(.class("field"),
                           .label(.attr("for", comment), .text("Opmerking (mag, hoeft niet)")),
                           .textarea(.attr("name", "comment"), .attr("id", comment), .rows(2))),
                      .div(.class("actions"), .button(.type(.submit), .text("Ja, gedaan op de werkplek")))))
        )
    }
}
