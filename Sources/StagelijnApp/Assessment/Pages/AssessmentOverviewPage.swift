import Plot
import StagelijnCore
import Vapor

enum AssessmentOverviewPage {
    static func render(_ req: Request, _ rows: [AssessmentAgenda.Row], user: CurrentUser, everyone: Bool) -> Response {
        let chrome = PageChrome(req, title: "Beoordelingen", section: .assessments)
        let overdue = rows.filter { $0.status == .overdue }.count
        return Layout.page(chrome, .group(
            .h1(.text("Beoordelingen")),
            ExportLink.node(req, "beoordelingen.csv"),
            .p(.text(rows.isEmpty ? "Er staan geen beoordelingen open."
                     : "\(DutchFormat.count(rows.count, "beoordeling", "beoordelingen")) nog niet afgerond, waarvan \(overdue) te laat.")),
            .if(user.role == .supervisor, .p(.a(.attr("href", everyone ? AssessmentPath.overview.path : "\(AssessmentPath.overview.path)?wie=alle"),
                                                .text(everyone ? "Alleen mijn leerlingen" : "Alle leerlingen van de school")))),
            .nav(.class("subnav"),
                 .a(.attr("href", AssessmentPath.forms.path), .text("Formulieren")), .text(" · "),
                 .a(.attr("href", AssessmentPath.goalTemplates.path), .text("Stagedoelen per fase")),
                 .if(AccessPolicy.allows(user.role, .view, .qualityFigures),
                     .group(.text(" · "), .a(.attr("href", AssessmentPath.figures.path), .text("Cijfers"))))),
            .if(!rows.isEmpty, .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .thead(.tr(.th("Uiterlijk"), .th("Leerling"), .th("Beoordeling"), .th("Goedgekeurd door"))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(row.dueOn.dutch), .text(" "), .span(.attr("class", row.status == .overdue ? "error" : "muted"), .text(row.status.dutch))),
                        .td(.a(.attr("href", AssessmentPath.assessment(row.id).path), .text(row.student)), .text(" "),
                            .span(.class("muted"), .text(row.company))),
                        .td(.text(row.kind.dutchName)),
                        .td(.class("muted"), .text(approvedText(row))))
                }))))))
    }

    /// "goedgekeurd door school, bedrijf" (the page and its CSV download).
    static func approvedText(_ row: AssessmentAgenda.Row) -> String {
        row.approved.isEmpty ? "nog niet goedgekeurd" : "goedgekeurd door " + AssessmentPerspective.allCases
            .filter { row.approved.contains($0) }.map { AssessmentPage.shortName($0).lowercased() }.joined(separator: ", ")
    }
}
