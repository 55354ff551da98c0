import Plot
import StagelijnCore
import Vapor

/// The supervisor's caseload, the mentor's class and the care coordinator's students with a support need: one row
/// per student with the stage and what needs doing, the rows that need something first.
extension HomePage {
    struct Staff {
        enum Kind { case caseload, mentees, supportNeeds }
        let kind: Kind
        let period: StagePeriodModel?
        let lines: [StudentLine]
    }

    static func staff(_ req: Request, _ context: Staff) -> RenderedContent {
        let lines = context.lines.sorted { urgency($0) > urgency($1) }
        let needing = lines.filter { urgency($0) > 0 }.count
        let (title, empty): (String, String) = switch context.kind {
        case .caseload: ("Mijn leerlingen op stage", "U begeleidt nu geen lopende stages.")
        case .mentees: ("Mijn klas", "Er zijn geen leerlingen aan u als mentor gekoppeld.")
        case .supportNeeds: ("Leerlingen met extra ondersteuning", "Geen leerlingen met extra ondersteuning.")
        }
        return RenderedContent(title: "Overzicht", section: .home, .group(
            .h1(.text(title)),
            MeldpuntHome.block(req),
            EvaluationHome.block(req),
            StageLineHome.block(req),
            StageEndHome.block(req),
            QualityHome.block(req),
            .p(.class("muted"), .text(context.period.map { "Periode \($0.name) (\($0.start.dutch) – \($0.end.dutch)). " } ?? ""),
               .text(needing == 0 ? "Niets dat nu aandacht nodig heeft." : DutchFormat.count(needing, "leerling heeft", "leerlingen hebben") + " nu aandacht nodig.")),
            .if(lines.isEmpty, .p(.text(empty))),
            // On a phone each student becomes one block (no column of "what now" scrolled off-screen).
            .if(!lines.isEmpty, .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .thead(.tr(.th("Leerling"), .th("Stage"), .th("Wat nu"))),
                .tbody(.forEach(lines) { line in
                    .tr(.td(.a(.attr("href", SitePath.student(line.student.id).path), .text(line.student.fullName)),
                            .span(.class("muted"), .text(" \(line.student.class_name)")),
                            .if(line.student.needs_support && context.kind != .supportNeeds, .span(.class("badge"), .text("extra ondersteuning")))),
                        .td(stage(line)),
                        .td(.ul(.class("plain"), .forEach(signals(line)) { $0 })))
                })))),
            .if(context.kind == .caseload, .p(.a(.attr("href", SitePath.supervision.path), .text("Alle bezoeken en contactmomenten →"))))
        ))
    }

    /// Students below the first stage year are not expected to have a stage (pro year 2 prepares, DOMAIN.md).
    private static func needsStage(_ line: StudentLine) -> Bool {
        line.student.school_year_level >= CoordinatorAttention.firstStageYear
            && (line.placement == nil || line.placement?.placementStatus == .terminated)
    }

    private static func urgency(_ line: StudentLine) -> Int {
        (needsStage(line) ? 5 : 0) + line.overdue * 3 + line.violationDays * 2 + (line.openHourDays > 0 ? 1 : 0)
            + (line.assessment?.status == .overdue ? 2 : line.assessment == nil ? 0 : 1)
    }

    private static func stage(_ line: StudentLine) -> Node<HTML.BodyContext> {
        guard let placement = line.placement else {
            return line.student.school_year_level < CoordinatorAttention.firstStageYear
                ? .span(.class("muted"), .text("leerjaar \(line.student.school_year_level): nog geen stage (voorbereiding)"))
                : .span(.class("bad"), .text("nog geen stage"))
        }
        return .group(.a(.attr("href", SitePath.placement(placement.id).path), .text(placement.company_name)), .text(" "),
                      StatusBadge.node(placement.placementStatus))
    }

    private static func signals(_ line: StudentLine) -> [Node<HTML.ListContext>] {
        var result: [Node<HTML.ListContext>] = []
        let findStage: Node<HTML.ListContext> = .li(.a(.attr("href", SitePath.placementNew.with([("leerling", line.student.id.uuidString)])),
                                                      .text(line.placement == nil ? "stage zoeken" : "nieuwe stage zoeken")))
        guard let placement = line.placement else {
            return [needsStage(line) ? findStage : .li(.class("muted"), .text("–"))]
        }
        let id = placement.id
        if placement.placementStatus == .terminated { return [.li(.class("bad"), .text("stage afgebroken")), findStage] }
        if line.overdue > 0 {
            result.append(.li(.class("bad"), .text(DutchFormat.count(line.overdue, "bezoek of contactmoment", "bezoeken of contactmomenten") + " te laat")))
        }
        if let next = line.next, next.state != .overdue {
            result.append(.li(.a(.attr("href", "/stages/\(id)/bezoek"), .text("\(next.kind.dutchName): \(next.dueDate.dutch)"))))
        }
        if let due = line.assessment {
            result.append(.li(.attr("class", due.status == .overdue ? "bad" : nil),
                              .a(.attr("href", AssessmentPath.assessment(due.id).path),
                                 .text("\(due.kind.dutchName): \(due.status == .overdue ? "te laat, " : "")uiterlijk \(due.dueOn.dutch)"))))
        }
        if line.violationDays > 0 {
            result.append(.li(.class("bad"), .text(DutchFormat.count(line.violationDays, "urendag breekt", "urendagen breken") + " de regels")))
        }
        if line.openHourDays > 0 {
            result.append(.li(.a(.attr("href", "/stages/\(id)/uren"), .text(DutchFormat.count(line.openHourDays, "urendag", "urendagen") + " nog niet bevestigd"))))
        }
        if result.isEmpty { result.append(.li(.class("muted"), .text(placement.placementStatus == .active ? "loopt volgens plan" : "wordt geregeld"))) }
        return result
    }
}
