import Foundation
import Plot
import StagelijnCore

/// The table of placements used on the placement list and on a student's page.
enum PlacementTable {
    static func node(_ placements: [PlacementModel], showStudent: Bool) -> Node<HTML.BodyContext> {
        node(placements.map(PlacementRow.init), showStudent: showStudent)
    }

    static func node(_ placements: [PlacementRow], showStudent: Bool) -> Node<HTML.BodyContext> {
        .div(.class("table-wrap"), .table(
            .thead(.tr(.if(showStudent, .th("Leerling")), .th("Bedrijf"), .th(.class("optional"), .text("Stageplaats")),
                       .th(.class("optional"), .text("Periode")), .th("Status"))),
            .tbody(.forEach(placements) { placement in
                .tr(.if(showStudent, .td(.a(.attr("href", SitePath.placement(placement.id).path), .text(placement.studentName)))),
                    .td(showStudent ? .text(placement.company_name)
                        : .a(.attr("href", SitePath.placement(placement.id).path), .text(placement.company_name))),
                    .td(.class("optional"), .text(placement.position_title)),
                    .td(.class("optional"), .text(placement.period_name)),
                    .td(StatusBadge.node(placement.placementStatus)))
            })))
    }
}

enum StatusBadge {
    static func node(_ status: PlacementStatus) -> Node<HTML.BodyContext> {
        .span(.attr("class", "badge \(status.rawValue)"), .text(status.dutchName))
    }
}
