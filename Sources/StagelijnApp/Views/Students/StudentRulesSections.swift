import Plot
import StagelijnCore
import Vapor

/// The rules-engine sections of a student's page: stage hours against the legal limits, and readiness.
enum StudentRulesSections {
    static func hours(_ hours: StudentStageHours, schoolType: SchoolType) -> Node<HTML.BodyContext> {
        guard schoolType == .praktijkonderwijs || schoolType == .entree else { return .empty }
        return .section(.id("stage-uren"),
            .h2(.text("Stage-uren")),
            .if(!hours.hasSchedules, .p(.class("muted"), .text("Nog geen werkrooster vastgelegd; de uren worden berekend uit de roosters van de stages."))),
            .if(schoolType == .praktijkonderwijs && hours.hasSchedules, .group(
                .p(.text("Gepland: \(format(hours.plannedStageHours)) stage-uren, \(StagelijnCore.percent(hours.plannedStageHours, of: hours.courseInstructionHours)) van "
                         + "\(format(hours.courseInstructionHours)) onderwijstijd in de leerjaren tot nu toe (gemiddeld maximaal 50 %, WVO art. 32 lid 2).")),
                .if(hours.proWarnings.isEmpty, .p(.class("notice ok"), .text("Binnen de grenzen van WVO art. 32 lid 2."))),
                .if(!hours.proWarnings.isEmpty, .div(.class("notice warn"), .attr("role", "alert"),
                    .ul(.forEach(hours.proWarnings) { .li(.text($0.dutchMessage)) }))))),
            .unwrap(hours.entree) { progress in
                .div(.attr("class", progress.isOnTrack ? "notice ok" : "notice warn"),
                     .p(.text("Entree: \(progress.dutchSummary) ("
                              + (hours.entreeFromConfirmedHours ? "uren die het bedrijf in de stage-agenda bevestigde)."
                                                                : "nog geen stage-agenda: uren volgens het rooster tot en met vandaag)."))))
            })
    }

    static func readiness(_ context: StudentDetailPage.Context, csrf: String) -> Node<HTML.BodyContext> {
        guard let birth = context.student.birth, let id = context.student.id else { return .empty }
        let list = Readiness.checklist(birthDate: birth, decisions: context.readiness, on: context.today)
        let ready = list.allSatisfy { $0.state == .met }
        return .section(.id("gereedheid"),
            .h2(.text("Gereed voor een individuele stage?")),
            .p(.attr("class", ready ? "notice ok" : "notice warn"),
               .text(ready ? "Ja: aan alle voorwaarden is voldaan." : "Nog niet: niet alle voorwaarden zijn voldaan.")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Voorwaarde"), .th("Stand"), .th("Besloten door"), .th("Toelichting"))),
                .tbody(.forEach(list) { item in
                    .tr(.td(.text(item.criterion.dutchName)),
                        .td(.text(label(item.state))),
                        .td(.text(item.decision.map { "\($0.decidedBy), \($0.decidedOn.dutch)" } ?? (item.criterion == .ageAtLeast14 ? "berekend" : "–"))),
                        .td(.text(item.decision?.note ?? "")))
                }))),
            .if(context.canDecideReadiness, .form(.method(.post), .attr("action", SitePath.readiness(id).path), .class("stack"),
                .input(.type(.hidden), .attr("name", CSRFMiddleware.formField), .attr("value", csrf)),
                Forms.select("Voorwaarde", "criterion", .init(), options: ReadinessCriterion.judged.map { ($0.rawValue, $0.dutchName) }, required: true),
                Forms.select("Besluit", "met", .init(), options: [("ja", "voldoet"), ("nee", "voldoet niet")], required: true),
                Forms.textArea("Toelichting", "note", .init()),
                .button(.type(.submit), .text("Besluit vastleggen")))))
    }

    static func label(_ state: Readiness.State) -> String {
        switch state {
        case .met: "voldoet"
        case .notMet: "voldoet niet"
        case .open: "nog niet beoordeeld"
        }
    }

    static func format(_ hours: Double) -> String {
        let tenths = Int((hours * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }
}
