import Fluent
import StagelijnCore
import Vapor

/// Signatures (in the app, on paper) and the personal invitations of an agreement.
extension AgreementsController {
    struct Invitation { let role: SignatoryRole; let name: String; let email: String }

    /// The parties that sign through a personal link and have not signed yet (the school signs in the app).
    func invitedRoles(_ state: AgreementState, today: LocalDate) -> [SignatoryRole] {
        let signed = Set(state.signatures.map(\.role))
        let parent = AgreementCompleteness.parentSignatureRequired(state.content, today: today)
        return ([.student, .company] + (parent ? [.parent] : [])).filter { !signed.contains($0.rawValue) }
    }

    /// Name and address per role: what the form says, else the stored contact. Every problem at once.
    static func recipients(_ roles: [SignatoryRole], form: [String: String], contacts: AgreementContacts,
                           studentName: String) -> Result<[Invitation], FieldErrors> {
        var errors: [FieldError] = []
        var list: [Invitation] = []
        for role in roles {
            let fields = AgreementSendSection.fields(role)
            // "companyName"/"companyEmail": the names of this form before issue 10.
            let legacy = role == .company ? (form["companyName"], form["companyEmail"]) : (nil, nil)
            func typed(_ field: String?, _ old: String?) -> String? {
                let value = (field.flatMap { form[$0] } ?? old ?? "").trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            let stored = contacts.person(for: role)
            let name = role == .student ? studentName : typed(fields.name, legacy.0) ?? stored?.name ?? ""
            let email = typed(fields.email, legacy.1) ?? stored?.email ?? ""
            let who = AgreementSendSection.label(role).lowercased()
            if let nameField = fields.name {
                if name.isEmpty {
                    errors.append(FieldError(field: nameField, label: "naam \(who)", message: "Vul de naam in."))
                } else if !InputText.isSingleLine(name) || name.count > 120 {
                    errors.append(FieldError(field: nameField, label: "naam \(who)", message: "Hoogstens 120 tekens, zonder regelovergang of stuurtekens."))
                }
            }
            if !FieldReader.isEmail(email, maxLength: 200) {
                errors.append(FieldError(field: fields.email, label: "e-mail \(who)",
                                         message: email.isEmpty ? "Er is nog geen e-mailadres bekend; vul het in." : "Vul een geldig e-mailadres in."))
            }
            list.append(Invitation(role: role, name: name, email: email.lowercased()))
        }
        return errors.isEmpty ? .success(list) : .failure(FieldErrors(errors))
    }

    /// New personal links for everyone who has not signed (a new one replaces the earlier, e.g. an expired link).
    func invite(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        guard state.isSent, !state.isFullySigned else {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: "Verstuur de overeenkomst eerst ter ondertekening; daarna gaan de uitnodigingen eruit.")
        }
        let form = try req.formValues()
        let contacts = try await AgreementContacts.load(for: placement, on: req.db)
        switch Self.recipients(invitedRoles(state, today: req.today), form: form, contacts: contacts, studentName: placement.student.fullName) {
        case let .failure(errors):
            return try await page(req, user: user, placement: placement, status: .badRequest, inviteValues: .init(form, errors: errors))
        case let .success(invitations):
            try await req.db.transaction { tx in
                for invitation in invitations {
                    try await AgreementContacts.remember(invitation.role, name: invitation.name, email: invitation.email, placement: placement,
                                                         known: contacts, actor: user.actor, at: req.now, on: tx)
                    try await AgreementMessages.invite(invitation.role, name: invitation.name, email: invitation.email, placement: placement,
                                                       createdBy: user.userID, actor: user.actor, at: req.now, on: tx)
                }
            }
            req.flash("\(DutchFormat.count(invitations.count, "uitnodiging staat", "uitnodigingen staan")) in de verzendrij.")
            return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
        }
    }

    /// The coordinator signs for the school, in the app, on exactly the text shown.
    func signForSchool(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let form = try req.formValues()
        guard let agreement = state.agreement, state.isSent else {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: "Verstuur de overeenkomst eerst ter ondertekening; pas dan kan er getekend worden.")
        }
        guard form["textHash"] == state.textHash else {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: "De tekst is gewijzigd sinds u de pagina opende; lees hem opnieuw en teken dan.")
        }
        let step = try await req.db.transaction { tx in
            try await AgreementRepository(db: tx).recordSignature(agreement, role: .school, name: user.name, on: req.today,
                                                                  method: "digitaal", textHash: state.textHash, actor: user.actor, at: req.now)
            return try await AgreementAutomation.afterSignature(placement: try placement.requireID(), today: req.today, now: req.now, on: tx)
        }
        req.flash("U hebt getekend namens de school." + Self.followUpMessage(step))
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    /// A signature given on paper, recorded by the school.
    func sign(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let form = try req.formValues()
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        let role = form["role"].flatMap(SignatoryRole.init(rawValue:))
        if role == nil { errors.append(FieldError(field: "role", label: "wie tekende", message: "Kies wie er tekende.")) }
        if name.isEmpty || name.count > 120 || !InputText.isSingleLine(name) {
            errors.append(FieldError(field: "name", label: "naam", message: "Vul de naam van de ondertekenaar in (één regel, hoogstens 120 tekens)."))
        }
        let day = LocalDate(parsing: form["signedOn"] ?? "")
        if day == nil || day.map({ $0 > req.today }) == true {
            errors.append(FieldError(field: "signedOn", label: "datum", message: "Vul de datum van ondertekening in; niet in de toekomst."))
        }
        guard let agreement = state.agreement, state.isSent, !state.isFullySigned else {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: state.isFullySigned ? "Iedereen heeft al getekend."
                                      : "Verstuur de overeenkomst eerst ter ondertekening; pas dan kan er getekend worden.")
        }
        guard errors.isEmpty, let role, let day else {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  signatureValues: .init(form, errors: FieldErrors(errors)))
        }
        let step = try await req.db.transaction { tx in
            try await AgreementRepository(db: tx).recordSignature(agreement, role: role, name: name, on: day, method: "papier",
                                                                  textHash: state.textHash, actor: user.actor, at: req.now)
            return try await AgreementAutomation.afterSignature(placement: try placement.requireID(), today: req.today, now: req.now, on: tx)
        }
        req.flash("De handtekening van \(role.dutchName) is vastgelegd." + Self.followUpMessage(step))
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    static func followUpMessage(_ step: AgreementFollowUp.PlacementStep) -> String {
        switch step {
        case .none: ""
        case .start: " Iedereen heeft getekend: de stage is nu lopend en de getekende tekst is naar iedereen gestuurd."
        case let .readyToStart(day): " Iedereen heeft getekend: de stage is klaar om te starten en wordt op \(day.dutch) lopend. "
            + "De getekende tekst is naar iedereen gestuurd."
        }
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

    /// The praktijkbegeleider of this stage, stored once for invitations (and later the hours link).
    func saveWorkplaceMentor(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        var reader = FieldReader(try req.formValues(), fields: [FieldSpec("mentorName", "naam praktijkbegeleider", required: true),
                                                                FieldSpec("mentorEmail", "e-mail praktijkbegeleider")])
        let name = reader.text("mentorName", maxLength: 120)
        let email = reader.email("mentorEmail")
        if let errors = reader.result {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: errors.errors.map { "\($0.label.capitalizedFirstLetter): \($0.message)" }.joined(separator: " "))
        }
        try await req.db.transaction { tx in
            try await AgreementContacts.saveWorkplaceMentor(placement: try placement.requireID(), name: name, email: email, phone: nil,
                                                            actor: user.actor, at: req.now, on: tx)
        }
        req.flash("De praktijkbegeleider van deze stage is opgeslagen.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }
}
