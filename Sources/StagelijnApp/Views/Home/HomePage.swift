import Plot
import StagelijnCore
import Vapor

enum HomePage {
    struct Context {
        let studentCount: Int
        let placementsByStatus: [PlacementStatus: Int]
        let currentPeriod: StagePeriodModel?
        let withoutPlaceCount: Int
        let withoutPlace: [StudentModel]
        let canCreatePlacement: Bool
    }

    static func render(_ req: Request, _ context: Context) -> Response {
        let chrome = PageChrome(req, title: "Overzicht", section: .home)
        let secured = PlacementStatus.allCases.filter { $0 != .terminated && $0 != .proposed }
            .reduce(0) { $0 + (context.placementsByStatus[$1] ?? 0) }
        return Layout.page(chrome, .group(
            .h1(.text("Overzicht \(chrome.user?.schoolName ?? "")")),
            .div(.class("cards"),
                 card("Leerlingen", context.studentCount),
                 card("Stages geregeld of lopend", secured),
                 card("Zonder stageplaats (leerjaar 3+)", context.withoutPlaceCount),
                 card("Afgebroken", context.placementsByStatus[.terminated] ?? 0)),
            .h2(.text("Stages per status")),
            .ul(.forEach(PlacementStatus.allCases) { status in
                .li(StatusBadge.node(status), .text(" \(context.placementsByStatus[status] ?? 0)"))
            }),
            .unwrap(context.currentPeriod) { period in
                .group(
                    .h2(.text("Aandacht nodig: nog geen stage in \(period.name)")),
                    .if(context.withoutPlace.isEmpty && context.withoutPlaceCount == 0,
                        .p(.text("Alle leerlingen vanaf leerjaar 3 hebben een stage in deze periode."))),
                    .if(!context.withoutPlace.isEmpty, .ul(.forEach(context.withoutPlace) { student in
                        .li(.a(.attr("href", SitePath.student(student.id ?? UUID()).path), .text(student.fullName)),
                            .text(" (\(student.className))"),
                            .if(context.canCreatePlacement,
                                .group(.text(" · "), .a(.attr("href", SitePath.placementNew.with([("leerling", student.id?.uuidString ?? "")])),
                                                        .text("stage voorstellen")))))
                    })),
                    .if(context.withoutPlaceCount > context.withoutPlace.count && !context.withoutPlace.isEmpty,
                        .p(.class("muted"), .text("en nog \(context.withoutPlaceCount - context.withoutPlace.count) leerlingen."))))
            }
        ))
    }

    private static func card(_ label: String, _ number: Int) -> Node<HTML.BodyContext> {
        .div(.class("card"), .div(.class("number"), .text(String(number))), .div(.text(label)))
    }
}
