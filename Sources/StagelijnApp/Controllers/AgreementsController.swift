import Fluent
import StagelijnCore
import Vapor

/// The stage agreement of a placement (WVO art. 35): fill it (pre-filled from the placement), see what is missing,
/// send it for signing only when the content is complete, record signatures given on paper.
struct AgreementsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let agreement = routes.grouped("stages", ":id", "overeenkomst")
        agreement.get(use: show)
        agreement.post(use: save)
        agreement.post("versturen", use: send)
        agreement.post("handtekening", use: sign)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        return try await page(req, user: user, placement: placement, values: nil, status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let form = try req.formValues()
        switch AgreementRepository.read(form) {
        case let .failure(errors):
            return try await page(req, user: user, placement: placement,
                                  values: .init(form, errors: errors), status: .badRequest)
        case let .success(values):
            let voided = try await req.db.transaction { tx in
                try await AgreementRepository(db: tx).save(values, placement: placement, actor: user.actor, at: req.now)
            }
            req.flash(voided ? "De overeenkomst is gewijzigd. De handtekeningen zijn daardoor vervallen: laat opnieuw tekenen."
                             : "De overeenkomst is opgeslagen.")
            return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
        }
    }

    func send(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        guard let agreement = state.agreement, state.missingContent.isEmpty else {
            let missing = state.agreement == nil ? "de hele overeenkomst" : state.missingContent.map(\.dutchDescription).joined(separator: "; ")
            return try await page(req, user: user, placement: placement, values: nil, status: .badRequest,
                                  error: "De overeenkomst kan nog niet ter ondertekening: ontbreekt \(missing).")
        }
        try await req.db.transaction { tx in
            try await AgreementRepository(db: tx).markSent(agreement, actor: user.actor, at: req.now)
        }
        req.flash("De overeenkomst staat klaar om te tekenen.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    func sign(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let form = try req.formValues()
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        let role = form["role"].flatMap(SignatoryRole.init(rawValue:))
        if role == nil { errors.append(FieldError(field: "role", label: "wie tekende", message: "Kies wie er tekende.")) }
        if name.isEmpty || name.count > 120 {
            errors.append(FieldError(field: "name", label: "naam", message: "Vul de naam van de ondertekenaar in."))
        }
        let day = LocalDate(parsing: form["signedOn"] ?? "")
        if day == nil || day.map({ $0 > req.today }) == true {
            errors.append(FieldError(field: "signedOn", label: "datum", message: "Vul de datum van ondertekening in; niet in de toekomst."))
        }
        guard let agreement = state.agreement, state.isSent else {
            return try await page(req, user: user, placement: placement, values: nil, status: .badRequest,
                                  error: "Verstuur de overeenkomst eerst ter ondertekening; pas dan kan er getekend worden.")
        }
        guard errors.isEmpty, let role, let day else {
            return try await page(req, user: user, placement: placement, values: nil, status: .badRequest,
                                  signatureValues: .init(form, errors: FieldErrors(errors)))
        }
        try await req.db.transaction { tx in
            try await AgreementRepository(db: tx).recordPaperSignature(agreement, role: role, name: name, on: day,
                                                                       actor: user.actor, at: req.now)
        }
        req.flash("De handtekening van \(role.dutchName) is vastgelegd.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    private func page(_ req: Request, user: CurrentUser, placement: PlacementModel, values: Forms.Values?,
                      status: HTTPStatus, error: String? = nil, signatureValues: Forms.Values? = nil) async throws -> Response {
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let schedule = try await PlacementScheduleModel.query(on: req.db)
            .filter(\.$placement.$id == placement.requireID()).first()
        let formValues = values ?? .init(state.agreement.map(AgreementRepository.values(of:))
                                         ?? AgreementRepository.draftValues(for: placement, schedule: schedule))
        return AgreementPage.render(req, .init(
            placement: placement, state: state, values: formValues, isDraft: state.agreement == nil,
            canEdit: AccessPolicy.allows(user.role, .update, .agreement), error: error,
            signatureValues: signatureValues ?? .init(["signedOn": req.today.iso]), today: req.today), status: status)
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> PlacementModel {
        try await req.placement(user: user, action, .agreement)
    }
}
