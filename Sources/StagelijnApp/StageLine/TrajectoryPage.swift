import Plot
import StagelijnCore
import Vapor

/// A student's stage line: where they are, what was done with its outcome, the next step with its conditions,
/// decisions, hours over the whole line with a projection, and the interest test. Students and parents read it in
/// their own words; staff who may record see the forms.
enum TrajectoryPage {
    static func render(_ req: Request, _ t: StageLineService.Trajectory, canRecord: Bool,
                       decisionForm: Forms.Values = .init(), status: HTTPStatus = .ok) -> Response {
        let user = req.currentUser
        let own = user?.role == .student
        let family = own || user?.role == .parent
        let id = t.student.id ?? UUID()
        let title = own ? "Jouw stagelijn" : "Stagelijn van \(t.student.fullName)"
        let chrome = PageChrome(req, title: title, section: family ? .home : .students)
        let profile = t.state.profile.map { " · profiel \($0)" } ?? ""
        let sector = t.state.sector.map { " · sector \($0.dutchName)" } ?? ""
        return Layout.page(chrome, status: status, .group(
            StageLinePath.styles(),
            .p(.a(.attr("href", family ? SitePath.home.path : SitePath.student(id).path),
                  .text(family ? "← Mijn stage" : "← \(t.student.fullName)"))),
            .h1(.text(title)),
            .p(.text("\(t.student.schoolType.dutchName.capitalizedFirstLetter), leerjaar \(t.student.schoolYearLevel)\(profile)\(sector)")),
            .div(.class("where"), .attr("role", "status"), .strong(.text(own ? "Waar je nu staat: " : "Waar de leerling nu staat: ")),
                 .text(t.position.dutch(in: t.programme))),
            line(t),
            .h2(.id("volgende"), .text("Volgende stap")),
            next(t, canRecord: canRecord, csrf: chrome.csrfToken),
            .if(canRecord, running(t, csrf: chrome.csrfToken)),
            TrajectorySections.decisions(t, canRecord: canRecord, form: decisionForm, csrf: chrome.csrfToken, family: family),
            TrajectorySections.hours(t, own: own),
            TrajectorySections.interest(t, own: own),
            TrajectorySections.groupStage(t)
        ))
    }

    private static func line(_ t: StageLineService.Trajectory) -> Node<HTML.BodyContext> {
        .ol(.class("line"), .attr("aria-label", "De stagelijn"), .forEach(Array(t.programme.phases.enumerated())) { index, phase in
            let steps = phase.steps.filter { step in step.inUse || t.steps.contains { $0.stepKey == step.key } }
            let done = steps.allSatisfy { t.state.isDone($0.key) || $0.optional } && steps.contains { t.state.isDone($0.key) }
            let now = t.position.phaseIndex == index
            return .li(.attr("class", now ? "now" : done ? "done" : "todo"),
                       .text(phase.name), .span(.class("when"), .text(" — \(phase.when)")),
                       .ul(.class("steps"), .forEach(steps) { step in stepLine(step, t) }))
        })
    }

    private static func stepLine(_ step: StageLineStep, _ t: StageLineService.Trajectory) -> Node<HTML.ListContext> {
        let records = t.steps.filter { $0.stepKey == step.key }
        guard !records.isEmpty else {
            return .li(.span(.class("state"), .text(step.optional ? "als nodig" : "nog niet")), .text(step.name))
        }
        return .group(.forEach(records) { record in
            let outcome = record.outcome.flatMap(StepRecord.Outcome.init(rawValue:))
            let dates = (LocalDate(iso: record.startedOn)?.dutch ?? "") + (record.endedOn.flatMap(LocalDate.init(iso:)).map { " – \($0.dutch)" } ?? "")
            return .li(.span(.attr("class", "state \(record.status)"), .text(StepRecord.Status(rawValue: record.status)?.dutchName ?? record.status)),
                       .text(step.name),
                       .span(.class("when"), .text(" (\(dates))")),
                       .unwrap(step.kind == .interestTest ? nil : outcome) { .text(" — uitkomst: \($0.dutchName)") },
                       .if(!record.note.isEmpty, .span(.class("when"), .text(" · \(record.note)"))))
        })
    }

    private static func next(_ t: StageLineService.Trajectory, canRecord: Bool, csrf: String) -> Node<HTML.BodyContext> {
        guard !t.next.isEmpty else { return .p(.text("Er is geen volgende stap meer op deze stagelijn.")) }
        let id = t.student.id ?? UUID()
        return .group(.forEach(t.next) { next in
            .div(.class("next"),
                 .h3(.text(next.step.name), .if(next.offered, .span(.class("state afgerond"), .text("kan nu")))),
                 .p(.text(next.step.description)),
                 .if(!next.conditions.isEmpty, .group(
                    .p(.text("Voorwaarden:")),
                    .ul(.class("checks"), .forEach(next.conditions) { check in
                        .li(.span(.attr("class", check.holds ? "yes" : "no"), .text(check.holds ? "✓ " : "✗ ")),
                            .text(check.text), .span(.class("sr-only"), .text(check.holds ? " (voldaan)" : " (nog niet)")))
                    }))),
                 .if(canRecord && next.offered,
                     .form(.method(.post), .attr("action", StageLinePath.startStep(id).path), Forms.csrf(csrf),
                           .input(.type(.hidden), .attr("name", "step"), .attr("value", next.step.key)),
                           .button(.type(.submit), .text("\(next.step.name) starten")))))
        })
    }

    private static func running(_ t: StageLineService.Trajectory, csrf: String) -> Node<HTML.BodyContext> {
        let running = t.steps.filter { $0.status == StepRecord.Status.inProgress.rawValue }
        guard !running.isEmpty, let student = t.student.id else { return .empty }
        return .group(.forEach(running) { step in
            let name = t.programme.step(step.stepKey)?.name ?? step.stepKey
            let field = "uitkomst-\(step.id?.uuidString ?? "")"
            return .form(.method(.post), .attr("action", StageLinePath.closeStep(student: student, step: step.id ?? UUID()).path),
                         .class("next"), Forms.csrf(csrf),
                         .h3(.text("\(name) afronden")),
                         .div(.class("field"), .label(.attr("for", field), .text("Uitkomst")),
                              .select(.attr("name", "outcome"), .attr("id", field),
                                      .forEach(StepRecord.Outcome.allCases.filter { $0 != .movedOn }) {
                                          .element(named: "option", nodes: [.attr("value", $0.rawValue), .text($0.dutchName)])
                                      })),
                         .div(.class("field"), .label(.attr("for", "\(field)-note"), .text("Toelichting")),
                              .textarea(.attr("name", "note"), .attr("id", "\(field)-note"), .rows(2), .attr("maxlength", "1000"))),
                         .button(.type(.submit), .text("Afronden")))
        })
    }
}
