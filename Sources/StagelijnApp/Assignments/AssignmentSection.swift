import Foundation
import Plot
import StagelijnCore

/// The assignments of one placement at a glance, for the placement dossier and the stagemap (the lead places
/// `AssignmentSection.node`); the full list with actions is `AssignmentsListPage`.
enum AssignmentSection {
    static func node(_ summaries: [AssignmentSummary], placementID: UUID, today: LocalDate) -> Node<HTML.BodyContext> {
        .section(.class("assignments"),
            .h2(.text("Praktijkopdrachten")),
            .if(summaries.isEmpty, .p(.class("muted"), .text("Nog geen opdrachten gegeven."))),
            .if(!summaries.isEmpty, .p(.text(headline(summaries, today: today)))),
            list(summaries, placementID: placementID, today: today),
            .p(.a(.attr("href", AssignmentPath.placement(placementID).path), .text("Alle opdrachten")))
        )
    }

    /// "2 van 6 beoordeeld · 1 wacht op bevestiging · 1 te laat".
    static func headline(_ summaries: [AssignmentSummary], today: LocalDate) -> String {
        let assessed = summaries.filter { $0.status == .assessed }.count
        var parts = ["\(assessed) van \(DutchFormat.count(summaries.count, "opdracht", "opdrachten")) beoordeeld"]
        let waiting = summaries.filter { $0.status == .toConfirm }.count
        if waiting > 0 { parts.append("\(waiting) wacht op bevestiging van het bedrijf") }
        let toAssess = summaries.filter { $0.status == .toAssess }.count
        if toAssess > 0 { parts.append("\(toAssess) te beoordelen") }
        let late = summaries.filter { $0.isOverdue(today: today) }.count
        if late > 0 { parts.append("\(late) te laat") }
        return parts.joined(separator: " · ")
    }

    /// One line per assignment: title (link), kind, due date, status and, once assessed, the score.
    static func list(_ summaries: [AssignmentSummary], placementID: UUID, today: LocalDate) -> Node<HTML.BodyContext> {
        .if(!summaries.isEmpty, .ul(.class("plain"), .forEach(summaries) { s in
            .li(.a(.attr("href", AssignmentPath.item(placement: placementID, s.id).path), .text(s.title)),
                .text(" — \(s.kind.dutchName.lowercased())"),
                .unwrap(s.due) { .text(", inleveren uiterlijk \($0.dutch)") },
                .text(" "),
                .span(.attr("class", "badge \(s.status.rawValue)"), .text(statusText(s, today: today))))
        }))
    }

    static func statusText(_ s: AssignmentSummary, today: LocalDate) -> String {
        if s.isOverdue(today: today) { return "te laat" }
        if s.status == .assessed, let score = s.score { return "beoordeeld: \(score.dutch)" }
        return s.status.dutchName
    }
}
