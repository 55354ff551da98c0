import Fluent
import StagelijnCore
import Vapor

/// The praktijkbegeleider's answer to one week — confirm, or ask for a correction with a comment — shared by the
/// single-placement link (`/uren/…`, `CompanyHoursController`) and the weekly link for all their students
/// (`/uren-overzicht/…`, `WorkplaceMentorHoursController`), so both check and record a week the same way.
enum CompanyHoursReview {
    enum Outcome {
        /// Shown above the form again (status 400); nothing was saved.
        case invalid(String)
        /// Saved; the sentence for the flash message.
        case done(String)
    }

    /// `placement` must already be one the link may see: the week is looked up among its own entries, never by an
    /// id from the form. `via` says in the audit log which link was used.
    static func handle(_ req: Request, form: [String: String], placement: PlacementModel, by name: String,
                       via: String) async throws -> Outcome {
        let placementID = try placement.requireID()
        guard let monday = LocalDate(parsing: form["monday"] ?? ""), monday.isoWeekday == 1 else {
            throw Abort(.badRequest, reason: "Kies een week.")
        }
        let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let correcting = form["action"] == "corrigeren"
        let week = try await HoursService.entries(placement: placementID, on: req.db)
            .filter { LocalDate(iso: $0.date)?.isoWeekMonday == monday }
        guard !week.isEmpty else { throw Abort(.notFound, reason: "In deze week zijn geen uren geschreven.") }
        if comment.count > 1000 || !InputText.isMultiLine(comment) {
            return .invalid("Een opmerking is hoogstens 1000 tekens, zonder stuurtekens.")
        }
        if correcting && comment.count < 5 { return .invalid("Schrijf bij een correctie wat er niet klopt.") }
        if !correcting && week.contains(where: { !$0.violations.isEmpty }) && form["violationsSeen"] != "ja" {
            return .invalid("Deze week overtreedt de regels voor jeugdarbeid. Vink aan dat u dat gezien hebt, of vraag om een correctie.")
        }
        let actor = Actor(userID: nil, name: "\(name) (praktijkbegeleider, \(via))", schoolID: placement.$school.id)
        try await HoursService.review(week: week, monday: monday, correcting: correcting, comment: comment, by: name,
                                      actor: actor, placement: placement, at: req.now, on: req.db)
        return .done(correcting ? "Uw correctie is doorgegeven aan de leerling en de school. Na de aanpassing ziet u de week hier terug."
                     : "De week van \(monday.dutch) is bevestigd. Dank u wel.")
    }

    /// A placement with what the praktijkbegeleider's pages show of it (student, company, school, period).
    static func loadPlacements(_ ids: [UUID], on db: any Database) async throws -> [PlacementModel] {
        guard !ids.isEmpty else { return [] }
        return try await PlacementModel.query(on: db).filter(\.$id ~~ ids)
            .with(\.$school).with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).all()
    }
}
