import Plot
import StagelijnCore
import Vapor

enum PlacementFormPage {
    struct Context {
        let values: Forms.Values
        let students: [StudentModel]
        let positions: [PositionModel]
        let periods: [StagePeriodModel]
        /// More places match than the list offers.
        var morePositions = false
    }

    /// The most places one form offers; a sector or a search narrows a board's thousands down.
    static let maximumPositions = 300

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stage voorstellen", section: .placements)
        let v = context.values
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stage voorstellen")),
            .p(.text("Een voorstel wordt daarna een kennismaking, een overeenkomst en een lopende stage. De kennismaking is geen selectiegesprek.")),
            Forms.errorSummary(v),
            MeldpuntCompanySignals.warningBlock(req),
            // Narrowing the places is a GET of this page; the chosen student travels along.
            .form(.method(.get), .attr("action", SitePath.placementNew.path), .class("filters"),
                .input(.type(.hidden), .name("leerling"), .attr("value", v["studentID"])),
                Forms.select("Sector van de stageplaats", "sector", v, options: Options.sectors, includeEmpty: "alle sectoren"),
                .div(.class("field"), .label(.for("zoek"), .text("Bedrijf of plaats")),
                     .input(.type(.search), .name("zoek"), .id("zoek"), .attr("value", v["zoek"]))),
                .button(.type(.submit), .class("secondary"), .text("Stageplaatsen zoeken"))),
            .if(context.morePositions, .p(.class("notice"), .text(
                "Er zijn meer dan \(maximumPositions) stageplaatsen; de lijst toont de eerste \(maximumPositions) op naam van het bedrijf. "
                + "Kies hierboven een sector of zoek op bedrijf of plaats."))),
            .form(.method(.post), .attr("action", SitePath.placements.path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                .input(.type(.hidden), .name("sector"), .attr("value", v["sector"])),
                .input(.type(.hidden), .name("zoek"), .attr("value", v["zoek"])),
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
