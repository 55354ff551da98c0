import Plot
import StagelijnCore
import Vapor

/// Leadership and the inspector: the school's figures for the period, without names, until the quality dashboard
/// replaces this page.
extension HomePage {
    static func figures(_ req: Request, period: StagePeriodModel?, figures: SchoolFigures) -> RenderedContent {
        let f = figures
        return RenderedContent(title: "Kengetallen", section: .home, .group(
            .h1(.text("Kengetallen stages")),
            QualityHome.block(req),
            .p(.class("muted"), .text(period.map { "Periode \($0.name), \($0.start.dutch) – \($0.end.dutch). Alleen aantallen, geen namen." }
                                      ?? "Er is nog geen stageperiode.")),
            .div(.class("cards"),
                 figure(f.studentsPlaced, of: f.studentsExpected, "leerlingen vanaf leerjaar 3 hebben een stage"),
                 figure(f.started - f.startedWithoutSignedAgreement, of: f.started, "begonnen stages hadden een volledig getekende overeenkomst"),
                 figure(f.visitsDone, of: f.visitsDue, "geplande bezoeken zijn gedaan"),
                 .div(.class("card"), .div(.class("number"), .text(String(f.terminated))),
                      .div(.text(f.terminated == 1 ? "stage is voortijdig afgebroken" : "stages zijn voortijdig afgebroken")))),
            .p(.a(.attr("href", AssessmentPath.figures.path), .text("Beoordelingen: op tijd, scores per onderdeel en behaalde doelen →")))
        ))
    }

    private static func figure(_ part: Int, of whole: Int, _ label: String) -> Node<HTML.BodyContext> {
        .div(.class("card"),
             .div(.class("number"), .text(whole == 0 ? "–" : "\(Int((Double(part) / Double(whole) * 100).rounded())) %")),
             .div(.text("\(part) van \(whole) \(label)")))
    }
}
