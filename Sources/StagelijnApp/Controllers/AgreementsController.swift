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
        agreement.post("school", use: signForSchool)
        agreement.post("uitnodigen", use: invite)
        agreement.post("links", ":link", "intrekken", use: revoke)
        agreement.get("afdruk", use: printable)
        agreement.get("pdf", use: pdf)
    }

    /// The coordinator signs for the school, in the app, on exactly the text shown.
    func signForSchool(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let form = try req.formValues()
        guard let agreement = state.agreement, state.isSent else {
            return try await page(req, user: user, placement: placement, values: nil, status: .badRequest,
                                  error: "Verstuur de overeenkomst eerst ter ondertekening; pas dan kan er getekend worden.")
        }
        guard form["textHash"] == state.textHash else {
            return try await page(req, user: user, placement: placement, values: nil, status: .badRequest,
                                  error: "De tekst is gewijzigd sinds u de pagina opende; lees hem opnieuw en teken dan.")
        }
        try await req.db.transaction { tx in
            try await AgreementRepository(db: tx).recordSignature(agreement, role: .school, name: user.name, on: req.today,
                                                                  method: "digitaal", textHash: state.textHash, actor: user.actor, at: req.now)
        }
        req.flash("U hebt getekend namens de school.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    /// Personal signing links for the student, the company and (for a minor) a parent, sent through the outbox.
    /// A new invitation for a role revokes that role's earlier unused link.
    func invite(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        guard state.isSent else {
            return try await page(req, user: user, placement: placement, values: nil, status: .badRequest,
                                  error: "Verstuur de overeenkomst eerst ter ondertekening; daarna gaan de uitnodigingen eruit.")
        }
        let form = try req.formValues()
        let signed = Set(state.signatures.map(\.role))
        var wanted: [(SignatoryRole, String, String)] = [
            (.student, placement.student.fullName, form["studentEmail"] ?? ""),
            (.company, form["companyName"] ?? "", form["companyEmail"] ?? ""),
        ]
        if AgreementCompleteness.parentSignatureRequired(state.content, today: req.today) {
            wanted.append((.parent, form["parentName"] ?? "", form["parentEmail"] ?? ""))
        }
        wanted = wanted.filter { !signed.contains($0.0.rawValue) }
        var errors: [FieldError] = []
        for (role, name, email) in wanted {
            let field = role == .student ? "studentEmail" : role == .company ? "companyEmail" : "parentEmail"
            let nameField = role == .company ? "companyName" : role == .parent ? "parentName" : field
            if name.trimmingCharacters(in: .whitespaces).isEmpty {
                errors.append(FieldError(field: nameField, label: "naam \(role.dutchName)", message: "Vul de naam in."))
            } else if !InputText.isSingleLine(name) || name.count > 120 {
                errors.append(FieldError(field: nameField, label: "naam \(role.dutchName)",
                                         message: "Hoogstens 120 tekens, zonder regelovergang of stuurtekens."))
            }
            if !Self.looksLikeEmail(email) {
                errors.append(FieldError(field: field, label: "e-mail \(role.dutchName)", message: "Vul een geldig e-mailadres in."))
            }
        }
        guard errors.isEmpty else {
            return try await page(req, user: user, placement: placement, values: nil, status: .badRequest,
                                  inviteValues: .init(form, errors: FieldErrors(errors)))
        }
        let placementID = try placement.requireID()
        let school = placement.school.name, student = placement.student.fullName
        let invitations = wanted
        try await req.db.transaction { tx in
            for (role, name, email) in invitations {
                try await AccessLinks.revokeOpen(placement: placementID, role: role.rawValue, purpose: .signAgreement, at: req.now, on: tx)
                let link = try await AccessLinks.create(placement: placementID, role: role.rawValue, purpose: .signAgreement,
                                                        name: name, email: email, createdBy: user.userID, at: req.now, on: tx)
                try await Outbox.enqueue(
                    school: placement.$school.id, to: email, subject: "Stageovereenkomst \(student) tekenen",
                    body: "Beste \(name),\n\n\(school) vraagt u de stageovereenkomst van \(student) te lezen en te tekenen als \(role.dutchName).\n\n"
                        + "Open deze persoonlijke link (geldig tot \(DutchFormat.dateTime(link.expiresAt))):\n\(Outbox.linkPlaceholder)\n\n"
                        + "Deze link is alleen voor u. Vragen? Neem contact op met de stagecoördinator.\n",
                    link: link, at: req.now, on: tx)
                try await AuditLog.record(on: tx, actor: user.actor, entity: "agreement", id: try link.requireID(), action: .create,
                                          before: nil as [String: String]?,
                                          after: ["uitnodiging": role.dutchName, "aan": email, "geldig tot": DutchFormat.dateTime(link.expiresAt)],
                                          at: req.now)
            }
        }
        req.flash("\(invitations.count) uitnodiging(en) staan in de verzendrij.")
        return req.redirect(to: SitePath.agreement(placementID).path, redirectType: .normal)
    }

    func revoke(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        guard let linkID = req.parameters.get("link", as: UUID.self),
              let link = try await AccessLinkModel.query(on: req.db).filter(\.$id == linkID)
                .filter(\.$placement.$id == placement.requireID()).first()
        else { throw Abort(.notFound, reason: "Deze link bestaat niet.") }
        link.revokedAt = req.now
        try await req.db.transaction { tx in
            try await link.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "agreement", id: linkID, action: .update,
                                      before: nil as [String: String]?, after: ["link ingetrokken": link.recipientEmail], at: req.now)
        }
        req.flash("De link voor \(link.recipientName) is ingetrokken.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    /// The agreement as a clean A4 document with its signatures and the fingerprint of the text (print from the browser).
    func printable(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "agreement", id: try placement.requireID(), at: req.now)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        return AgreementPage.printable(req, placement: placement, state: state)
    }

    /// The same document as PDF, where WeasyPrint is installed; otherwise a Dutch page pointing at the print view.
    func pdf(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "agreement", id: try placement.requireID(), at: req.now)
        guard let tool = PDFRenderer.executable else {
            throw Abort(.notFound, reason: "PDF maken kan niet op deze server (WeasyPrint ontbreekt). Gebruik de afdrukbare versie en kies Afdrukken → Opslaan als PDF.")
        }
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let html = PDFRenderer.agreementHTML(text: state.text, signatures: state.signatures, hash: state.textHash, complete: state.isComplete)
        let data = try await req.application.threadPool.runIfActive { try PDFRenderer.pdf(fromHTML: html, using: tool) }
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "application", subType: "pdf")
        headers.add(name: .contentDisposition, value: "attachment; filename=\"stageovereenkomst-\(placement.student.studentNumber).pdf\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// Recipients of personal links: the project's e-mail rule, at most 200 characters.
    static func looksLikeEmail(_ text: String) -> Bool { FieldReader.isEmail(text, maxLength: 200) }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "agreement", id: try placement.requireID(), at: req.now)
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
            try await AgreementRepository(db: tx).recordSignature(agreement, role: role, name: name, on: day, method: "papier",
                                                                  textHash: state.textHash, actor: user.actor, at: req.now)
        }
        req.flash("De handtekening van \(role.dutchName) is vastgelegd.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    private func page(_ req: Request, user: CurrentUser, placement: PlacementModel, values: Forms.Values?,
                      status: HTTPStatus, error: String? = nil, signatureValues: Forms.Values? = nil,
                      inviteValues: Forms.Values? = nil) async throws -> Response {
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let schedule = try await PlacementScheduleModel.query(on: req.db)
            .filter(\.$placement.$id == placement.requireID()).first()
        let cooperation = try await CooperationAgreementModel.query(on: req.db).filter(\.$school.$id == placement.$school.id)
            .filter(\.$company.$id == placement.position.$company.id).first()
        let formValues = values ?? .init(state.agreement.map(AgreementRepository.values(of:))
                                         ?? AgreementRepository.draftValues(for: placement, schedule: schedule, cooperation: cooperation))
        let links = try await AccessLinkModel.query(on: req.db).filter(\.$placement.$id == placement.requireID())
            .sort(\.$createdAt, .descending).all()
        let company = placement.position.company
        return AgreementPage.render(req, .init(
            placement: placement, state: state, values: formValues, isDraft: state.agreement == nil,
            canEdit: AccessPolicy.allows(user.role, .update, .agreement), error: error,
            signatureValues: signatureValues ?? .init(["signedOn": req.today.iso]), today: req.today,
            canSignForSchool: AccessPolicy.allows(user.role, .create, .schoolSignature), links: links, now: req.now,
            inviteValues: inviteValues ?? .init(["studentEmail": placement.student.email ?? "", "companyName": company.contactName ?? "",
                                                 "companyEmail": company.contactEmail ?? ""])), status: status)
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> PlacementModel {
        try await req.placement(user: user, action, .agreement)
    }
}
