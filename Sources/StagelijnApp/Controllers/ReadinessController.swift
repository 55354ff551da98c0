import Fluent
import StagelijnCore
import Vapor

/// Records a decision on one readiness criterion of a student (who, when, outcome, note). The checklist itself is
/// shown on the student's page; age is computed, never ticked.
struct ReadinessController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("leerlingen", ":id", "gereedheid", use: decide)
    }

    func decide(req: Request) async throws -> Response {
        let user = try req.user()
        guard let id = req.parameters.get("id", as: UUID.self),
              let student = try await req.students.find(id, try user.visibility(.update, .readiness))
        else { throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij uw school.") }
        let form = try req.formValues()
        guard let criterion = form["criterion"].flatMap(ReadinessCriterion.init(rawValue:)), criterion != .ageAtLeast14 else {
            throw Abort(.badRequest, reason: "Kies een voorwaarde om over te beslissen.")
        }
        guard let outcome = form["met"], ["ja", "nee"].contains(outcome) else {
            throw Abort(.badRequest, reason: "Kies ‘voldoet’ of ‘voldoet niet’.")
        }
        let note = String((form["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(1000))
        let decision = ReadinessDecisionModel()
        decision.$student.id = try student.requireID()
        decision.criterion = criterion.rawValue
        decision.met = outcome == "ja"
        decision.note = note
        decision.$decidedBy.id = user.userID
        decision.decidedByName = user.name
        decision.decidedOn = req.today.iso
        try await req.db.transaction { tx in
            try await decision.create(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "readiness", id: try student.requireID(), action: .update,
                                      before: nil as [String: String]?,
                                      after: [criterion.dutchName: outcome == "ja" ? "voldoet" : "voldoet niet", "toelichting": note],
                                      at: req.now)
        }
        req.flash("Vastgelegd: \(criterion.dutchName) — \(outcome == "ja" ? "voldoet" : "voldoet niet").")
        return req.redirect(to: SitePath.student(try student.requireID()).path + "#gereedheid", redirectType: .normal)
    }
}
