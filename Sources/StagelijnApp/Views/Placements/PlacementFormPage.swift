import Plot
import StagelijnCore
import Vapor

enum PlacementFormPage {
    struct Context {
        let values: Forms.Values
        let students: [StudentModel]
        let positions: [PositionModel]
        let periods: [StagePeriodModel]
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stage voorstellen", section: .placements)
        let v = context.values
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stage voorstellen")),
            .p(.text("Een voorstel wordt daarna een kennismaking, een overeenkomst en een lopende stage. De kennismaking is geen selectiegesprek.")),
            Forms.errorSummary(v),
            MeldpuntCompanySignals.warningBlock(req),
            .form(.method(.post), .attr("action", SitePath.placements.path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                Forms.select("Leerling", "studentID", v, options: context.students.map {
                    (value: $0.id?.uuidString ?? "", label: "\($0.fullName) (\($0.className))")
                }, includeEmpty: "kies een leerling", required: true),
                Forms.select("Stageplaats", "positionID", v, options: context.positions.map {
                    // Sector first and what tells two places of one company apart: days, hours, minimum age.
                    (value: $0.id?.uuidString ?? "",
                     label: "\($0.sector.dutchName): \($0.company.name), \($0.company.city) – \($0.title), "
                        + "\($0.daysPerWeek) × \($0.hoursPerDay) uur, vanaf \($0.minimumAge) jaar")
                }, includeEmpty: "kies een stageplaats", required: true),
                Forms.select("Periode", "periodID", v, options: context.periods.map {
                    (value: $0.id?.uuidString ?? "", label: $0.label)
                }, includeEmpty: "kies een periode", required: true),
                Forms.textArea("Toelichting", "reason", v),
                .div(.class("actions"), .button(.type(.submit), .text("Voorstel aanmaken")),
                     .a(.class("button secondary"), .attr("href", SitePath.placements.path), .text("Annuleren"))))
        ))
    }
}
