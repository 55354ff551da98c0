import Foundation
import Plot
import StagelijnCore

enum PositionTable {
    static func node(_ positions: [PositionModel], showCompany: Bool, canEdit: Bool) -> Node<HTML.BodyContext> {
        .div(.class("table-wrap"), .table(
            .thead(.tr(.th("Stageplaats"), .if(showCompany, .th("Bedrijf")), .th("Sector"), .th("Plaatsen"),
                       .th(.class("optional"), .text("Dagen × uren")), .th(.class("optional"), .text("Eisen")))),
            .tbody(.forEach(positions) { position in
                .tr(.td(canEdit ? .a(.attr("href", SitePath.positionEdit(position.id ?? UUID()).path), .text(position.title))
                               : .text(position.title)),
                    .if(showCompany, .td(.a(.attr("href", SitePath.company(position.$company.id).path),
                                            .text(position.$company.value?.name ?? "")),
                                         .text(" · \(position.$company.value?.city ?? "")"))),
                    .td(.text(position.sector.dutchName)),
                    .td(.text(String(position.capacity))),
                    .td(.class("optional"), .text("\(position.daysPerWeek) × \(position.hoursPerDay) uur")),
                    .td(.class("optional"), .text((["vanaf \(position.minimumAge) jaar"] + position.certificates.map(\.dutchName))
                        .joined(separator: ", "))))
            })))
    }
}
