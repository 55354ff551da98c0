import Plot
import StagelijnCore
import Vapor

/// "Mijn stage" for a student ("je") and "De stage van …" for a parent ("u"): where, with whom, when, what is next.
extension HomePage {
    static func family(_ req: Request, role: Role, stages: [MyStage]) -> RenderedContent {
        let student = role == .student
        return RenderedContent(title: student ? "Mijn stage" : "Stage van uw kind", section: .home, .group(
            .if(stages.isEmpty, .group(.h1(.text(student ? "Mijn stage" : "Stage")),
                                      .p(.text(student ? "Je account is nog niet aan je leerlinggegevens gekoppeld. Vraag het je mentor."
                                                       : "Uw account is nog niet aan een leerling gekoppeld. Neem contact op met de school.")))),
            EvaluationHome.block(req),
            StageLineHome.block(req),
            .forEach(stages) { stage in card(stage, student: student) },
            MeldpuntHome.block(req)
        ))
    }

    private static func card(_ stage: MyStage, student: Bool) -> Node<HTML.BodyContext> {
        .section(.class("my-stage"),
            .h1(.text(student ? "Mijn stage" : "De stage van \(stage.studentName)")),
            nextStep(stage, student: student),
            .unwrap(stage.placement) { placement in
                .group(
                    .dl(.class("facts"),
                        .dt("Bedrijf"), .dd(.text(placement.position.company.name), .br(),
                                            .span(.class("muted"), .text([placement.position.company.street, placement.position.company.city]
                                                .compactMap { $0 }.joined(separator: ", ")))),
                        .dt("Werk"), .dd(.text(placement.position.title)),
                        .dt(student ? "Je praktijkbegeleider" : "Praktijkbegeleider"), .dd(.text(stage.workplaceMentor ?? "nog niet bekend")),
                        .dt("Periode"), .dd(.text("\(placement.period.start.dutch) tot en met \(placement.period.end.dutch)")),
                        .dt("Status"), .dd(StatusBadge.node(placement.status)),
                        .dt("Dagen en tijden"), .dd(schedule(stage.weekly)),
                        .unwrap(stage.nextVisit) { .group(.dt("Volgend bezoek van school"), .dd(.text("rond \($0.dutch)"))) },
                        .if(placement.status == .active,
                            .group(.dt(student ? "Uren deze week" : "Uren deze week"), .dd(.text(DutchFormat.hours(minutes: stage.minutesThisWeek)))))),
                    .if(!stage.goals.isEmpty, .group(
                        .h2(.text(student ? "Wat je leert op deze stage" : "Wat uw kind leert op deze stage")),
                        .ul(.forEach(stage.goals) { .li(.text($0)) }))),
                    assessments(stage, placement: placement.id ?? UUID(), student: student),
                    .if(stage.agreementState?.agreement != nil,
                        .p(.a(.attr("href", SitePath.agreement(placement.id ?? UUID()).path + "/afdruk"),
                              .text(stage.agreementState?.isComplete == true ? "De getekende stageovereenkomst bekijken of afdrukken"
                                                                               : "De stageovereenkomst bekijken")))))
            })
    }

    /// The open assessments with the self-assessment to fill, and the way to goals, assessments and the stagemap.
    private static func assessments(_ stage: MyStage, placement: UUID, student: Bool) -> Node<HTML.BodyContext> {
        let mine = stage.openAssessments.filter { !$0.approved.contains(.student) }
        return .group(
            .if(student, .forEach(mine.prefix(1)) { row in
                .div(.attr("class", row.status == .overdue ? "notice warn" : "notice"),
                     .p(.strong("Beoordeling: "), .text("vul je zelfbeoordeling in voor de \(row.kind.dutchName), uiterlijk \(row.dueOn.dutch).")),
                     .a(.class("button"), .attr("href", AssessmentPath.assessment(row.id).path), .text("Zelfbeoordeling invullen")))
            }),
            .if(!student, .forEach(stage.openAssessments.prefix(1)) { row in
                .p(.text("Volgende beoordeling: \(row.kind.dutchName), uiterlijk \(row.dueOn.dutch)."))
            }),
            .p(.a(.attr("href", AssessmentPath.placement(placement).path), .text(student ? "Mijn doelen en beoordelingen" : "Doelen en beoordelingen")),
               .text(" · "),
               .a(.attr("href", AssignmentPath.placement(placement).path), .text(student ? "Mijn praktijkopdrachten" : "Praktijkopdrachten")),
               .text(" · "),
               .a(.attr("href", AssessmentPath.stagemap(student: stage.studentID).path), .text(student ? "Mijn stagemap" : "Stagemap"))))
    }

    private static func nextStep(_ stage: MyStage, student: Bool) -> Node<HTML.BodyContext> {
        switch stage.nextStep {
        case let .chooseWishes(id):
            return .div(.class("notice"), .p(.strong("Wat nu? "), .text("Kies welke stageplaatsen je het liefst wilt. ")),
                        .a(.class("button"), .attr("href", SitePath.preferences(id).path), .text("Mijn wensen kiezen")))
        case .waitForProposal:
            return .div(.class("notice"), .p(.strong("Wat nu? "),
                .text(student ? "De school zoekt een stageplaats voor je. Je krijgt bericht als er een voorstel is."
                              : "De school zoekt een stageplaats. U krijgt bericht als er een voorstel is.")))
        case .signAgreement:
            return .div(.class("notice warn"), .p(.strong("Wat nu? "),
                .text(student ? "Teken je stageovereenkomst. Je hebt een e-mail gekregen met een persoonlijke link. Niets gekregen? Vraag het je stagecoördinator."
                              : "Teken de stageovereenkomst van uw kind. U heeft een e-mail gekregen met een persoonlijke link. Niets ontvangen? Neem contact op met de stagecoördinator.")))
        case .waitForAgreement:
            return .div(.class("notice"), .p(.strong("Wat nu? "),
                .text(student ? "De school maakt de stageovereenkomst klaar. Je stage begint pas als iedereen heeft getekend."
                              : "De school maakt de stageovereenkomst klaar. De stage begint pas als iedereen heeft getekend.")))
        case let .writeHours(id):
            return .div(.class("notice"), .p(.strong("Wat nu? "), .text("Schrijf na elke stagedag je uren en wat je hebt gedaan. ")),
                        .a(.class("button"), .attr("href", "/stages/\(id)/uren"), .text("Mijn uren schrijven")))
        case .nothing:
            return .empty
        }
    }

    private static func schedule(_ weekly: WeeklySchedule?) -> Node<HTML.BodyContext> {
        guard let weekly, !weekly.days.isEmpty else { return .text("nog niet vastgelegd") }
        return .ul(.class("plain"), .forEach(weekly.days) { day in
            .li(.text("\(DutchFormat.weekdays[max(0, min(6, day.weekday - 1))]) \(day.start)–\(day.end)"))
        })
    }
}
