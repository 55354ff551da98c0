import Plot
import StagelijnCore
import Vapor

/// The home pages per role. Each item says what it is about and links to where it is dealt with.
enum HomePage {
    struct Coordinator {
        let period: StagePeriodModel?
        let attention: CoordinatorAttention
        let overdue: [(name: String, visits: Int, contacts: Int)]
    }

    static func coordinator(_ req: Request, _ context: Coordinator) -> RenderedContent {
        let a = context.attention
        let open = a.levels.reduce(0) { $0 + $1.open }
        let todo: [(Int, String, String)] = [
            (a.agreementsNotSent, DutchFormat.count(a.agreementsNotSent, "overeenkomst is", "overeenkomsten zijn") + " nog niet verstuurd",
             SitePath.placements.with([("status", PlacementStatus.agreement.rawValue)])),
            (a.awaitingSignatures, DutchFormat.count(a.awaitingSignatures, "overeenkomst wacht", "overeenkomsten wachten") + " op handtekeningen",
             SitePath.placements.with([("status", PlacementStatus.agreement.rawValue)])),
            (a.linksExpiringSoon, DutchFormat.count(a.linksExpiringSoon, "tekenlink verloopt", "tekenlinks verlopen") + " binnen \(CoordinatorAttention.expiringWithinDays) dagen",
             SitePath.placements.with([("status", PlacementStatus.agreement.rawValue)])),
            (a.runningWithoutSignedAgreement, DutchFormat.count(a.runningWithoutSignedAgreement, "lopende stage heeft", "lopende stages hebben")
                + " geen volledig getekende overeenkomst", SitePath.supervisionOverview.path),
            (a.hourDaysUnconfirmed, DutchFormat.count(a.hourDaysUnconfirmed, "urendag is", "urendagen zijn")
                + " na \(CoordinatorAttention.unconfirmedAfterDays) dagen nog niet bevestigd door het bedrijf", SitePath.supervision.path),
            (a.correctionsAsked, DutchFormat.count(a.correctionsAsked, "urendag is", "urendagen zijn") + " door het bedrijf teruggestuurd om te corrigeren",
             SitePath.supervision.path),
            (a.daysWithViolations, DutchFormat.count(a.daysWithViolations, "urendag breekt", "urendagen breken") + " de regels voor jeugdarbeid",
             SitePath.supervision.path),
            (a.companyDeclines, DutchFormat.count(a.companyDeclines, "bedrijf heeft", "bedrijven hebben") + " een voorstel afgewezen",
             SitePath.matchingOverview.path),
        ].filter { $0.0 > 0 }
        return RenderedContent(title: "Overzicht", section: .home, .group(
            .h1(.text("Overzicht \(req.currentUser?.schoolName ?? "")")),
            MeldpuntHome.block(req),
            EvaluationHome.block(req),
            StageLineHome.block(req),
            StageEndHome.block(req),
            QualityHome.block(req),
            .h2(.text("Aandacht nodig")),
            .if(todo.isEmpty && context.overdue.isEmpty, .p(.class("notice ok"), .text("Er staat nu niets open. Goed bezig!"))),
            .ul(.class("todo"), .forEach(todo) { item in .li(.a(.attr("href", item.2), .text(item.1))) }),
            .if(!context.overdue.isEmpty, .group(
                .h3(.text("Te laat per begeleider")),
                .ul(.class("todo"), .forEach(context.overdue) { row in
                    .li(.a(.attr("href", SitePath.supervision.path), .text("\(row.name): "
                        + [row.visits > 0 ? DutchFormat.count(row.visits, "bezoek", "bezoeken") + " te laat" : nil,
                           row.contacts > 0 ? DutchFormat.count(row.contacts, "contactmoment", "contactmomenten") + " gemist" : nil]
                        .compactMap { $0 }.joined(separator: ", "))))
                }))),
            .unwrap(context.period) { period in
                .group(
                    .h2(.text("Stageplaatsen in \(period.name)")),
                    .if(a.levels.isEmpty, .p(.text("Er zijn nog geen leerlingen vanaf leerjaar \(CoordinatorAttention.firstStageYear)."))),
                    .div(.class("cards"), .forEach(a.levels) { row in
                        .a(.class("card link-card"),
                           .attr("href", SitePath.students.with([("leerjaar", String(row.level)), ("stage", "zonder")])),
                           .div(.class("number"), .text("\(row.placed) van \(row.students)")),
                           .div(.text("leerjaar \(row.level) heeft een stage")),
                           .if(row.open > 0, .div(.class("muted"), .text(DutchFormat.count(row.open, "leerling zoekt", "leerlingen zoeken") + " nog →"))))
                    }),
                    .if(open == 0 && !a.levels.isEmpty, .p(.class("notice ok"), .text("Alle leerlingen vanaf leerjaar 3 hebben een stage in deze periode."))))
            }
        ))
    }
}
