import Plot
import StagelijnCore
import Vapor

/// The lower sections of the trajectory page: decisions (with their forms), hours over the line, the interest test,
/// the group-stage days.
enum TrajectorySections {
    static func decisions(_ t: StageLineService.Trajectory, canRecord: Bool, form: Forms.Values, csrf: String,
                          family: Bool) -> Node<HTML.BodyContext> {
        let kinds = LineDecisionKind.allCases.filter { $0.applies(to: t.student.schoolType) }
        guard !kinds.isEmpty else { return .empty }
        return .group(
            .h2(.id("besluiten"), .text("Advies en besluiten")),
            t.decisions.isEmpty ? .p(.text("Nog geen advies of besluit vastgelegd.")) :
                .ul(.forEach(t.decisions.reversed()) { model in
                    let kind = LineDecisionKind(rawValue: model.kind)
                    let people = model.participants.split(separator: ",").compactMap { DecisionParticipant(rawValue: String($0))?.dutchName }
                    return .li(.strong(.text("\(kind?.dutchName ?? model.kind): \(kind?.dutchOutcome(model.outcome) ?? model.outcome)")),
                               .text(" — \(LocalDate(iso: model.decidedOn)?.dutch ?? model.decidedOn), door \(model.decidedByName)"),
                               .text(people.isEmpty ? "" : ", besproken met \(people.joined(separator: ", "))"),
                               .if(!family || true, .div(.class("prewrap"), .text("Waarom: \(model.reason)"))))
                }),
            .if(canRecord, .group(.forEach(kinds) { kind in decisionForm(kind, t, form: form, csrf: csrf) }))
        )
    }

    private static func decisionForm(_ kind: LineDecisionKind, _ t: StageLineService.Trajectory, form: Forms.Values,
                                     csrf: String) -> Node<HTML.BodyContext> {
        let mine = form["kind"] == kind.rawValue
        let values = mine ? form : Forms.Values()
        let options: [(String, String)] = switch kind {
        case .sectorChoice: Sector.allCases.map { ($0.rawValue, $0.dutchName) }
        case .profile: t.programme.profiles.map { ($0, $0) }
        default: (kind.outcomes ?? []).map { ($0, kind.dutchOutcome($0)) }
        }
        let defaults: Set<String> = switch kind {
        case .readyForIndividual: ["ouders", "mentor", "stagebegeleider"]
        case .stepUp: ["leerling", "jobcoach"]
        default: ["leerling", "ouders"]
        }
        let chosen = mine ? Set(values["participants"].split(separator: ",").map(String.init)) : defaults
        let prefix = kind.rawValue
        return .details(.class("decide"), .if(mine, .attr("open", "open")),
            .summary(.text("\(kind.dutchName) vastleggen")),
            .form(.method(.post), .attr("action", StageLinePath.decide(t.student.id ?? UUID()).path), Forms.csrf(csrf),
                  .input(.type(.hidden), .attr("name", "kind"), .attr("value", kind.rawValue)),
                  .if(mine, Forms.errorSummary(values)),
                  .div(.attr("class", values.error("outcome") == nil ? "field" : "field invalid"),
                       .label(.attr("for", "\(prefix)-outcome"), .text("Besluit")), fieldError(values, prefix, "outcome"),
                       .select(.attr("name", "outcome"), .attr("id", "\(prefix)-outcome"),
                               .forEach(options) { option in
                                   .element(named: "option", nodes: [.attr("value", option.0),
                                                                     .if(values["outcome"] == option.0, .attr("selected", "selected")),
                                                                     .text(option.1)])
                               })),
                  .fieldset(.attr("class", values.error("participants") == nil ? "field" : "field invalid"), .attr("id", "\(prefix)-participants"),
                            .element(named: "legend", text: "Besproken met"), fieldError(values, prefix, "participants"),
                            .div(.class("choices"), .forEach(DecisionParticipant.allCases) { person in
                                .label(.input(.type(.checkbox), .attr("name", "participants[]"), .attr("value", person.rawValue),
                                              .attr("checked", chosen.contains(person.rawValue) ? "checked" : nil)),
                                       .text(" \(person.dutchName) "))
                            })),
                  .div(.attr("class", values.error("reason") == nil ? "field" : "field invalid"),
                       .label(.attr("for", "\(prefix)-reason"), .text("Waarom")), fieldError(values, prefix, "reason"),
                       .textarea(.attr("name", "reason"), .attr("id", "\(prefix)-reason"), .rows(3), .attr("maxlength", "2000"),
                                 .text(values["reason"]))),
                  .button(.type(.submit), .text("\(kind.dutchName) vastleggen"))))
    }

    private static func fieldError<C: HTML.BodyContext>(_ values: Forms.Values, _ prefix: String, _ field: String) -> Node<C> {
        .unwrap(values.error(field)) { .p(.class("error"), .attr("id", "\(prefix)-\(field)-error"), .text($0)) }
    }

    static func hours(_ t: StageLineService.Trajectory, own: Bool) -> Node<HTML.BodyContext> {
        let h = t.hours
        guard h.doneHours > 0 || h.projectedHours > 0 else { return .empty }
        let share = percent(h.projectedHours, of: h.courseInstructionHours)
        return .group(
            .h2(.id("uren"), .text("Stage-uren over de hele stagelijn")),
            .p(.text("Gemaakt: \(DutchFormat.hours(minutes: Int(h.doneHours * 60))). "
                     + "Verwachting tot het eind van de stagelijn: \(DutchFormat.hours(minutes: Int(h.projectedHours * 60))), "
                     + "\(share) van de onderwijstijd over \(t.programme.courseYears) jaar.")),
            .if(t.student.schoolType == .praktijkonderwijs && h.projectedWarnings.isEmpty,
                .p(.class("notice ok"), .text("Binnen de grens van gemiddeld 50 % stage (\(ProStageHourLimit.source))."))),
            .forEach(h.projectedWarnings) { .p(.class("notice warn"), .text("Verwachting: " + $0.dutchMessage)) },
            .forEach(h.doneWarnings) { .p(.class("notice warn"), .text("Nu al: " + $0.dutchMessage)) },
            .unwrap(h.entree) { .p(.attr("class", $0.isOnTrack ? "notice ok" : "notice warn"), .text("Entree: " + $0.dutchSummary)) },
            .table(.class("stack-on-phone"),
                   .thead(.tr(.th("Stap"), .th("Gemaakt"), .th("Nog verwacht"))),
                   .tbody(.forEach(h.perStep.filter { $0.done > 0 || $0.expected > 0 }) { row in
                       .tr(.td(.strong(.text(t.programme.step(row.key)?.name ?? row.key))),
                           .td(.span(.class("phone-label"), .text("Gemaakt: ")),
                               .text(DutchFormat.hours(minutes: Int(row.done * 60)) + (t.estimated.contains(row.key) ? " (geschat)" : ""))),
                           .td(.span(.class("phone-label"), .text("Nog verwacht: ")), .text(DutchFormat.hours(minutes: Int(row.expected * 60)))))
                   })),
            .p(.class("hint"), .text("Geschat = volgens de gewone omvang van de stap, zolang het bedrijf geen uren heeft bevestigd."))
        )
    }

    static func interest(_ t: StageLineService.Trajectory, own: Bool) -> Node<HTML.BodyContext> {
        guard t.programme.steps.contains(where: { $0.kind == .interestTest }) else { return .empty }
        guard let test = t.interest else {
            return .group(.h2(.text("Interessetest")),
                          own ? .p(.a(.class("button"), .attr("href", StageLinePath.interestTest.path), .text("Interessetest doen")))
                              : .p(.text("Nog niet gedaan.")))
        }
        let scores = InterestTestService.scores(test)
        return .group(
            .h2(.id("interessetest"), .text("Interessetest")),
            .p(.text("Voorstel: "), .strong(.text(test.proposedSectors.map(\.dutchName).joined(separator: " en ")))),
            .ul(.class("checks"), .forEach(scores.prefix(5)) { sector, value in
                .li(.text("\(sector.dutchName): \(value) %"),
                    .div(.class("bar"), .attr("aria-hidden", "true"), .span(.attr("class", "w\(value / 10)"))))
            }),
            .if(own, .p(.a(.attr("href", StageLinePath.interestTest.path), .text("Test opnieuw doen"))))
        )
    }

    static func groupStage(_ t: StageLineService.Trajectory) -> Node<HTML.BodyContext> {
        guard !t.groupSlots.isEmpty else { return .empty }
        return .group(.h2(.text("Groepsstage")),
                      .ul(.forEach(t.groupSlots.sorted { $0.dagdeel < $1.dagdeel }) { slot in
                          .li(.text("\(Dagdeel(code: slot.dagdeel)?.dutch ?? slot.dagdeel) bij \(slot.location.name)"))
                      }))
    }
}
