import Plot
import StagelijnCore
import Vapor

/// Goals and assessments of one stage: what the student works on, what the company cannot offer, and every
/// assessment with its due date and approvals. "je" to the student, "u"/neutral to others.
enum PlacementAssessmentsPage {
    static func render(_ req: Request, _ o: PlacementAssessments, user: CurrentUser, typedGoal: String?, problem: String?,
                       status: HTTPStatus = .ok) -> Response {
        let student = user.role == .student
        let chrome = PageChrome(req, title: "Doelen en beoordelingen van \(o.student)", section: .placements)
        let staff = user.assessmentPart == .school
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", student || user.role == .parent ? SitePath.home.path : SitePath.placement(o.placementID).path),
                  .text(student || user.role == .parent ? "← Terug naar het overzicht" : "← Terug naar de stage"))),
            .h1(.text(student ? "Jouw doelen en beoordelingen" : "Doelen en beoordelingen van \(o.student)")),
            .p(.class("hint"), .text("\(o.company) · \(o.phase.dutchName)")),
            .unwrap(problem) { Forms.alert($0) },
            goals(o, user: user, staff: staff, typed: typedGoal, csrf: chrome.csrfToken),
            gaps(o),
            assessments(o, user: user, staff: staff, csrf: chrome.csrfToken),
            .p(.a(.attr("href", AssessmentPath.stagemap(student: o.studentID).path),
                  .text(student ? "Je stagemap: alles van al je stages" : "Stagemap van \(o.student)")))))
    }

    static func goals(_ o: PlacementAssessments, user: CurrentUser, staff: Bool, typed: String?, csrf: String) -> Node<HTML.BodyContext> {
        let student = user.role == .student
        let canAdd = AccessPolicy.allows(user.role, .create, .goals) && (student || staff)
        return .section(
            .h2(.text("Doelen")),
            .if(!o.goalsFixed, .p(.class("hint"), .text("Dit zijn de stagedoelen die de school voor deze fase gebruikt. Ze worden vastgelegd zodra de beoordelingen gepland zijn of er een persoonlijk doel bij komt."))),
            .ul(.class("goals"), .forEach(o.goals) { goal in
                .li(.text(goal.text), .span(.class("badge"), .text(goal.kind == .personal ? " persoonlijk doel" : " stagedoel")),
                    .if(staff && goal.id != nil, .unwrap(goal.id) { id in
                        .form(.method(.post), .attr("action", AssessmentPath.goalRemove(placement: o.placementID, goal: id).path), .class("inline"),
                              Forms.csrf(csrf), .button(.type(.submit), .class("link"), .text("schrappen")))
                    }))
            }),
            .if(canAdd, .form(.method(.post), .attr("action", AssessmentPath.goals(o.placementID).path),
                              Forms.csrf(csrf),
                              Forms.text(student ? "Jouw persoonlijk doel, in je eigen woorden" : "Nieuw doel", "goal",
                                         Forms.Values(["goal": typed ?? ""]),
                                         hint: student ? "Bijvoorbeeld: harder praten, initiatief nemen, omgaan met faalangst." : nil),
                              .if(staff, Forms.select("Soort doel", "kind", Forms.Values(["kind": "persoonlijk"]),
                                                      options: [("persoonlijk", "persoonlijk doel (woorden van de leerling)"), ("school", "stagedoel van de school")])),
                              .button(.type(.submit), .text("Doel toevoegen")))))
    }

    static func gaps(_ o: PlacementAssessments) -> Node<HTML.BodyContext> {
        .if(!o.gaps.isEmpty, .section(
            .h2(.text("Wat het bedrijf niet kan bieden")),
            .p(.class("hint"), .text("Voor deze onderdelen is een alternatief afgesproken; daarop wordt beoordeeld.")),
            .dl(.class("facts"), .forEach(o.gaps) { gap in .group(.dt(.text(gap.item)), .dd(.text(gap.alternative))) })))
    }

    static func assessments(_ o: PlacementAssessments, user: CurrentUser, staff: Bool, csrf: String) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text("Beoordelingen")),
            .if(o.assessments.isEmpty, .p(.class("muted"), .text(staff ? "Nog niet gepland." : "De school heeft de beoordelingen nog niet gepland."))),
            .if(o.assessments.isEmpty && staff, .form(.method(.post), .attr("action", AssessmentPath.plan(o.placementID).path),
                Forms.csrf(csrf),
                .p(.class("hint"), .text("Standaard: een tussentijdse beoordeling halverwege de stage en een eindbeoordeling in de laatste week.")),
                .button(.type(.submit), .class("primary"), .text("Beoordelingen plannen")))),
            .div(.class("cards single-on-phone"), .forEach(o.assessments) { item in
                .div(.class("card"),
                     .h3(.text(item.kind.dutchName.capitalizedFirstLetter)),
                     .p(.text("Uiterlijk \(item.dueOn.dutch) · "), .strong(.text(item.status.dutch))),
                     .ul(.forEach(AssessmentPerspective.allCases) { part in
                         .li(.text("\(AssessmentPage.shortName(part)): \(item.approved.contains(part) ? "goedgekeurd" : item.filled.contains(part) ? "ingevuld" : "open")"))
                     }),
                     .p(.a(.attr("href", AssessmentPath.assessment(item.id).path),
                           .text(openLabel(user, item)))),
                     .if(staff && item.status != .doneOnTime && item.status != .doneLate,
                         .form(.method(.post), .attr("action", AssessmentPath.dueDate(item.id).path), Forms.csrf(csrf),
                               Forms.text("Andere datum", "dueOn", Forms.Values(["dueOn": item.dueOn.iso]), type: .date),
                               .button(.type(.submit), .text("Datum aanpassen")))))
            }))
    }

    private static func openLabel(_ user: CurrentUser, _ item: PlacementAssessments.Item) -> String {
        switch user.assessmentPart {
        case .student: item.filled.contains(.student) ? "Je zelfbeoordeling bekijken" : "Je zelfbeoordeling invullen"
        case .school: "Naast elkaar bekijken en beoordelen"
        default: "Bekijken"
        }
    }
}
