import Plot
import StagelijnCore
import Vapor

/// The praktijkbegeleider's pages behind the personal link, in "u": the list of this student's assessments and the
/// start-of-stage question which parts of the form the company cannot offer.
enum LinkAssessmentPages {
    static func list(_ req: Request, _ o: PlacementAssessments, token: String, mentor: String) -> Response {
        let chrome = PageChrome(req, title: "Beoordelingen van \(o.student)")
        return Layout.page(chrome, .group(
            .p(.a(.attr("href", "/uren/\(token)"), .text("← Uren van \(o.student)"))),
            .h1(.text("Beoordelingen van \(o.student)")),
            .p(.text("Bij \(o.company). U vult het deel van de praktijkbegeleider in; de leerling vult een zelfbeoordeling in en de school beoordeelt daarna.")),
            .h2(.text("Doelen van deze stage")),
            .ul(.forEach(o.goals) { .li(.text($0.text), .text($0.kind == .personal ? " (persoonlijk doel)" : "")) }),
            .if(o.assessments.isEmpty, .p(.class("muted"), .text("De school heeft nog geen beoordeling gepland."))),
            .div(.class("cards"), .forEach(o.assessments) { item in
                .div(.class("card"),
                     .h3(.text(item.kind.dutchName.capitalizedFirstLetter)),
                     .p(.text("Uiterlijk \(item.dueOn.dutch) · \(item.status.dutch)")),
                     .p(.text(item.approved.contains(.workplaceMentor) ? "U hebt dit goedgekeurd."
                              : item.filled.contains(.workplaceMentor) ? "Ingevuld, nog niet goedgekeurd." : "Nog in te vullen.")),
                     .p(.a(.class("button"), .attr("href", AssessmentPath.linkAssessment(token: token, assessment: item.id).path),
                           .text(item.approved.contains(.workplaceMentor) ? "Bekijken" : "Invullen"))))
            }),
            .h2(.text("Wat kunt u niet bieden?")),
            .p(.text(o.gaps.isEmpty ? "Kan uw bedrijf een onderdeel van het formulier niet bieden (bijvoorbeeld geen klantencontact)? Geef het aan met een alternatief."
                     : "U hebt \(DutchFormat.count(o.gaps.count, "onderdeel", "onderdelen")) aangegeven met een alternatief.")),
            .p(.a(.attr("href", AssessmentPath.linkGaps(token: token).path), .text("Onderdelen aangeven die u niet kunt bieden")))))
    }

    static func gaps(_ req: Request, placement: PlacementModel, items: [FormItem], marked: [String: String],
                     problems: [String: String], token: String, status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Wat kunt u niet bieden?")
        let groups = AssessmentFormContent(title: "", items: items).items(withGoals: [])
        var next = 0
        let numbered = groups.map { group in (area: group.area, items: group.items.map { item -> (Int, FormItem) in next += 1; return (next, item) }) }
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", AssessmentPath.link(token: token).path), .text("← Beoordelingen van \(placement.student.fullName)"))),
            .h1(.text("Wat kunt u niet bieden?")),
            .p(.text("Vink aan wat de leerling bij \(placement.position.company.name) niet kan laten zien, en schrijf op wat de leerling in plaats daarvan doet. Daarop beoordeelt u later. \"N.v.t.\" staat niet op het formulier.")),
            .if(!problems.isEmpty, Forms.alert("Schrijf bij elk aangevinkt onderdeel een alternatief.")),
            .form(.method(.post), .attr("action", AssessmentPath.linkGaps(token: token).path), Forms.csrf(chrome.csrfToken),
                  .forEach(numbered) { group in
                      .fieldset(.element(named: "legend", text: group.area.dutchName),
                                .forEach(group.items) { number, item in
                                    .div(.attr("class", problems[item.key] == nil ? "field gap" : "field gap invalid"),
                                         .label(.input(.type(.checkbox), .attr("name", "gap.\(item.key)"), .value("ja"),
                                                       .attr("checked", marked[item.key] != nil ? "checked" : nil)),
                                                .text(" \(item.text)")),
                                         .unwrap(problems[item.key]) { .p(.class("error"), .attr("id", "alt\(number)-error"), .text($0)) },
                                         .label(.attr("for", "alt\(number)"), .class("hint"), .text("Alternatief")),
                                         .input(.type(.text), .attr("id", "alt\(number)"), .attr("name", "alt.\(item.key)"),
                                                .attr("value", marked[item.key] ?? "")))
                                })
                  },
                  .button(.type(.submit), .class("primary"), .text("Vastleggen")))))
    }
}
