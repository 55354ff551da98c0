import Plot
import StagelijnCore
import Vapor

enum AssessmentOverviewPage {
    static func render(_ req: Request, _ rows: [AssessmentAgenda.Row], user: CurrentUser, everyone: Bool) -> Response {
        let chrome = PageChrome(req, title: "Beoordelingen", section: .assessments)
        let overdue = rows.filter { $0.status == .overdue }.count
        return Layout.page(chrome, .group(
            .h1(.text("Beoordelingen")),
            .p(.text(rows.isEmpty ? "Er staan geen beoordelingen open."
                     : "\(DutchFormat.count(rows.count, "beoordeling", "beoordelingen")) nog niet afgerond, waarvan \(overdue) te laat.")),
            .if(user.role == .supervisor, .p(.a(.attr("href", everyone ? AssessmentPath.overview.path : "\(AssessmentPath.overview.path)?wie=alle"),
                                                .text(everyone ? "Alleen mijn leerlingen" : "Alle leerlingen van de school")))),
            .nav(.class("subnav"),
                 .a(.attr("href", AssessmentPath.forms.path), .text("Formulieren")), .text(" · "),
                 .a(.attr("href", AssessmentPath.goalTemplates.path), .text("Stagedoelen per fase")), .text(" · "),
                 .a(.attr("href", AssessmentPath.figures.path), .text("Cijfers"))),
            .if(!rows.isEmpty, .table(
                .tr(.th("Uiterlijk"), .th("Leerling"), .th("Beoordeling"), .th("Goedgekeurd door"), .th("")),
                .forEach(rows) { row in
                    .tr(.td(.text(row.dueOn.dutch), .br(), .span(.attr("class", row.status == .overdue ? "error" : "muted"), .text(row.status.dutch))),
                        .td(.text(row.student), .br(), .span(.class("muted"), .text(row.company))),
                        .td(.text(row.kind.dutchName)),
                        .td(.text(AssessmentPerspective.allCases.filter { row.approved.contains($0) }.map(AssessmentPage.shortName).joined(separator: ", ").ifEmpty("nog niemand"))),
                        .td(.a(.attr("href", AssessmentPath.assessment(row.id).path), .text("Openen"))))
                }))))
    }
}
