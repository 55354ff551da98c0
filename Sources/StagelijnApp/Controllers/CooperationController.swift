import Fluent
import StagelijnCore
import Vapor

/// The school's standing cooperation agreement with a company (WVO art. 36): its parts fill every new stage
/// agreement with that company while it is valid.
struct CooperationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("bedrijven", ":id", "samenwerking", use: save)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)     // the school (bevoegd gezag) signs it: the coordinator
        guard let companyID = req.parameters.get("id", as: UUID.self),
              let company = try await req.companies.find(companyID, board: user.boardID)
        else { throw Abort(.notFound, reason: "Dit bedrijf bestaat niet of hoort niet bij uw bestuur.") }
        let form = try req.formValues()
        var errors: [FieldError] = []
        let until = LocalDate(parsing: form["validUntil"] ?? "")
        if until == nil { errors.append(FieldError(field: "validUntil", label: "geldig tot", message: "Vul een geldige datum in.")) }
        for field in ["companyShare", "assessment", "inspection"] where (form[field] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError(field: field, label: field, message: "Vul dit onderdeel in."))
        }
        for field in ["accidentBy", "premiumBy"] where InsuranceParty(rawValue: form[field] ?? "") == nil {
            errors.append(FieldError(field: field, label: field, message: "Kies school, stagebedrijf of leerling."))
        }
        guard errors.isEmpty, let until else { throw Abort(.badRequest, reason: errors.map(\.message).joined(separator: " ")) }
        let existing = try await CooperationAgreementModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .filter(\.$company.$id == companyID).first()
        let model = existing ?? CooperationAgreementModel()
        model.$school.id = user.schoolID
        model.$company.id = companyID
        model.validUntil = until.iso
        model.companyShare = form["companyShare"] ?? ""
        model.assessment = form["assessment"] ?? ""
        model.inspection = form["inspection"] ?? ""
        model.accidentBy = form["accidentBy"] ?? ""
        model.premiumBy = form["premiumBy"] ?? ""
        try await req.db.transaction { tx in
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "cooperation", id: try model.requireID(),
                                      action: existing == nil ? .create : .update, before: nil as [String: String]?,
                                      after: ["bedrijf": company.name, "geldig tot": until.dutch], at: req.now)
        }
        req.flash("De samenwerkingsovereenkomst met \(company.name) is opgeslagen; nieuwe stageovereenkomsten nemen de afspraken over.")
        return req.redirect(to: SitePath.company(companyID).path, redirectType: .normal)
    }
}
