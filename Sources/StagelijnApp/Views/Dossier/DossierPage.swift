import Plot
import StagelijnCore
import Vapor

/// The stage dossier of one placement, readable on a phone: facts, agreement and signatures, schedule, visits and
/// contact moments as a timeline, hours per week, status history.
enum DossierPage {
    static func render(_ req: Request, _ dossier: Dossier, role: Role, reader: DossierReader) -> Response {
        let chrome = PageChrome(req, title: "Stagedossier van \(dossier.student)", section: .placements)
        let id = dossier.placementID
        return Layout.page(chrome, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← Terug naar de stage"))),
            .h1(.text("Stagedossier van \(dossier.student)")),
            .p(.class("hint"), .text(intro(role, student: dossier.student))),
            facts(dossier),
            agreement(dossier),
            .h2(.text("Werkrooster")),
            .p(.text(dossier.schedule ?? "Er is nog geen werkrooster vastgelegd.")),
            .p(.a(.attr("href", SitePath.schedule(id).path), .text("Rooster en controle van de jeugdarbeidsregels"))),
            timeline(dossier.timeline, reader: reader),
            hours(dossier),
            history(dossier.history)))
    }

    /// "je" to the student, "u" to parents; staff read who sees what.
    static func intro(_ role: Role, student: String) -> String {
        switch role {
        case .student: "Alles van je stage op één plek: je overeenkomst, je rooster, de bezoeken van je stagebegeleider en je uren."
        case .parent: "Alles van de stage van \(student) op één plek: de overeenkomst, het rooster, de bezoeken van de stagebegeleider en de uren."
        default: "Zorgen uit de bezoekverslagen ziet alleen de school; de leerling en de ouders lezen de voortgang en de volgende stap."
        }
    }

    static func facts(_ d: Dossier) -> Node<HTML.BodyContext> {
        .dl(.class("facts"),
            .dt("Bedrijf"), .dd(.text(d.company)),
            .dt("Stageplaats"), .dd(.text(d.position)),
            .dt("Periode"), .dd(.text(d.period)),
            .dt("Stagedata"), .dd(.text("\(d.start.dutch) tot en met \(d.end.dutch)")),
            .dt("Status"), .dd(StatusBadge.node(d.status)),
            .dt("Stagebegeleider"), .dd(.text(d.supervisor ?? "nog niet gekozen")),
            .dt("Praktijkbegeleider"), .dd(.text(d.workplaceMentor ?? "nog niet bekend")))
    }

    static func agreement(_ d: Dossier) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Stageovereenkomst")),
            .p(.text(d.agreementLabel.capitalizedFirstLetter + ".")),
            .if(!d.signatures.isEmpty, .ul(.forEach(d.signatures) { s in
                .li(.text("\(s.role.capitalizedFirstLetter): \(s.name), getekend op \(s.signedOn) (\(s.method))"))
            })),
            .if(!d.agreementMissing.isEmpty, .group(
                .p(.text("Nog nodig:")),
                .ul(.forEach(d.agreementMissing) { .li(.text($0)) }))),
            .p(.a(.attr("href", SitePath.agreement(d.placementID).path), .text("De overeenkomst bekijken"))))
    }

    static func timeline(_ entries: [SupervisionTimeline.Entry], reader: DossierReader) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Bezoeken en contactmomenten")),
            .if(entries.isEmpty, .p(.class("muted"), .text("Nog niets gepland of vastgelegd."))),
            .div(.class("cards"), .forEach(entries) { entry in
                .div(.class("card"),
                     .h3(.text("\(entry.date.dutch) · \(entry.kind.dutchName.capitalizedFirstLetter)")),
                     .p(.attr("class", entry.state == .overdue || entry.state == .missed ? "error" : "muted"),
                        .text(entry.report == nil ? SupervisionPages.stateLabel(entry.state) : "gedaan")),
                     .unwrap(entry.report) { report(_: $0, reader: reader) })
            }))
    }

    static func report(_ report: VisitReport, reader: DossierReader) -> Node<HTML.BodyContext> {
        let goals = report.goalProgress.map { "\($0.goal): \($0.score.dutch)" }.joined(separator: "; ")
        let lines: [(String, String)] = [("Aanwezig", report.present), ("Doelen", goals), ("Voortgang", report.progress),
                                         ("Zorgen (alleen school)", reader == .staff ? report.concerns : ""),
                                         ("Volgende stap", report.nextStep), ("Vastgelegd door", report.recordedBy)]
        return .dl(.class("facts"), .forEach(lines.filter { !$0.1.isEmpty }) { label, text in
            .group(.dt(.text(label)), .dd(.text(text)))
        })
    }

    static func hours(_ d: Dossier) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Stage-uren")),
            .p(.text("Geschreven: \(SupervisionPages.hours(d.writtenMinutes)); bevestigd door het bedrijf: \(SupervisionPages.hours(d.confirmedMinutes)).")),
            .p(.a(.attr("href", SitePath.hours(d.placementID).path), .text("Naar de stage-agenda"))),
            .forEach(d.weeks) { week in .group(HoursPages.weekHeading(week), HoursPages.dayList(week.entries, editPlacement: nil)) })
    }

    static func history(_ steps: [Dossier.StatusStep]) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Statusgeschiedenis")),
            .ul(.forEach(steps) { step in
                .li(.text("\(DutchFormat.dateTime(step.at)): \(step.from.map { "\($0) → " } ?? "")\(step.to). \(step.reason)"
                          + (step.exception ? " (uitzondering: gestart zonder complete, ondertekende overeenkomst)" : "")
                          + " — \(step.by)"))
            }))
    }
}
