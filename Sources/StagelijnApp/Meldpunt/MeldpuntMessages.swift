import Foundation
import StagelijnCore

/// E-mails of the meldpunt. None carries the text of a report or the follow-up code: the outbox is readable by staff,
/// and a mailbox can be shared. They only say that there is something to read, and where.
enum MeldpuntMessages {
    static func newReport(_ report: IncidentReportModel, baseURL: String) -> String {
        let due = LocalDate(iso: report.responseDue)?.dutch ?? report.responseDue
        let ask = report.mode == .followUp
            ? "De melder vraagt om opvolging. Reageer binnen 3 schooldagen, uiterlijk op \(due)."
            : "De melder wil dat de melding alleen wordt geteld; doe niets zonder toestemming van de melder."
        return """
        Er is een nieuwe melding binnengekomen bij het meldpunt (\(report.category.dutchName.lowercased())).
        \(ask)

        Lees de melding in Stagelijn: \(baseURL)\(MeldpuntPath.reports.path)
        """
    }

    static func receipt(_ report: IncidentReportModel, school: String, baseURL: String) -> String {
        """
        Je melding bij \(school) is ontvangen. Dank je wel dat je het hebt gemeld.

        Wil je de reactie van school lezen? Ga naar \(baseURL)\(MeldpuntPath.followUp.path) en vul je volgcode in.
        Je hebt de volgcode gekregen toen je de melding verstuurde. Deze mail bevat de code niet, zodat niemand anders je melding kan lezen.
        """
    }

    static func update(baseURL: String) -> String {
        """
        Er is nieuws over je melding.

        Lees het op \(baseURL)\(MeldpuntPath.followUp.path) met je volgcode.
        """
    }
}
