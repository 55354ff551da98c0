import Fluent
import StagelijnCore
import Vapor

/// The stage agreement of a placement (WVO art. 35): fill it (pre-filled from the placement), see what is missing,
/// send it for signing in one step when the content is complete, record signatures given on paper. Once everyone has
/// signed it is read-only; only a deliberate new version (coordinator, confirmed) voids the signatures.
struct AgreementsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let agreement = routes.grouped("stages", ":id", "overeenkomst")
        agreement.get(use: show)
        agreement.post(use: save)
        agreement.post("versturen", use: send)
        agreement.post("nieuwe-versie", use: newVersion)
        agreement.post("handtekening", use: sign)
        agreement.post("school", use: signForSchool)
        agreement.post("uitnodigen", use: invite)
        agreement.post("praktijkbegeleider", use: saveWorkplaceMentor)
        agreement.post("links", ":link", "intrekken", use: revoke)
        agreement.get("afdruk", use: printable)
        agreement.get("pdf", use: pdf)
        routes.get("assets", "overeenkomst.css", use: stylesheet)
        try routes.register(collection: AgreementRemindersController())
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "agreement", id: try placement.requireID(), at: req.now)
        return try await page(req, user: user, placement: placement, status: .ok)
    }

    /// Saves the content. A fully signed agreement is not changed here (see `newVersion`); a change that would void
    /// signatures is shown first and saved only when the coordinator confirms it.
    func save(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let form = try req.formValues()
        let repository = AgreementRepository(db: req.db)
        if try await repository.state(for: placement, today: req.today).isFullySigned {
            return try await page(req, user: user, placement: placement, status: .conflict,
                                  error: "Iedereen heeft deze overeenkomst getekend; de tekst kan niet meer worden gewijzigd. "
                                      + "Moet er iets veranderen, maak dan een nieuwe versie.")
        }
        switch AgreementRepository.read(form) {
        case let .failure(errors):
            return try await page(req, user: user, placement: placement, values: .init(form, errors: errors), status: .badRequest)
        case let .success(values):
            let voidable = try await repository.signaturesVoided(by: values, placement: placement)
            if !voidable.isEmpty && form["confirmVoid"] != "ja" {
                return try await page(req, user: user, placement: placement, values: .init(form), status: .conflict,
                                      confirmVoid: voidable.map { SignatoryRole(rawValue: $0.role)?.dutchName ?? $0.role })
            }
            let wasSent = try await repository.state(for: placement, today: req.today).isSent
            let voided = try await req.db.transaction { tx in
                try await AgreementRepository(db: tx).save(values, placement: placement, actor: user.actor, at: req.now)
            }
            let back = try await repository.state(for: placement, today: req.today).isSent == false && wasSent
            req.flash(voided ? "De overeenkomst is gewijzigd en de handtekeningen zijn vervallen. Verstuur haar opnieuw ter ondertekening."
                      : back ? "De overeenkomst is gewijzigd en weer een concept; de open uitnodigingen zijn ingetrokken. Verstuur haar opnieuw."
                      : "De overeenkomst is opgeslagen.")
            return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
        }
    }

    /// A new version of a fully signed agreement: the coordinator only, with an explicit confirmation.
    func newVersion(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        guard let agreement = state.agreement, state.isFullySigned else {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: "Alleen van een volledig ondertekende overeenkomst maakt u een nieuwe versie; deze kunt u gewoon wijzigen.")
        }
        guard try req.formValues()["confirm"] == "ja" else {
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: "Vink aan dat u begrijpt dat alle handtekeningen vervallen; er is niets veranderd.")
        }
        try await req.db.transaction { tx in
            try await AgreementRepository(db: tx).startNewVersion(agreement, placement: placement, actor: user.actor, at: req.now)
        }
        req.flash("Er is een nieuwe versie gemaakt. De handtekeningen zijn vervallen; pas de tekst aan en verstuur haar opnieuw.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    /// Out for signing in one step: the text is fixed and every party that signs by link gets an invitation, to the
    /// contacts stored on the student and the stage. Only a contact that is missing is asked for (and then stored).
    func send(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        guard let agreement = state.agreement, state.missingContent.isEmpty, !state.isFullySigned else {
            let missing = state.agreement == nil ? "de hele overeenkomst" : state.missingContent.map(\.dutchDescription).joined(separator: "; ")
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: state.isFullySigned ? "Deze overeenkomst is al door iedereen getekend."
                                      : "De overeenkomst kan nog niet ter ondertekening: ontbreekt \(missing).")
        }
        let form = try req.formValues()
        let contacts = try await AgreementContacts.load(for: placement, on: req.db)
        let roles = invitedRoles(state, today: req.today)
        let invitations: [Invitation]
        switch Self.recipients(roles, form: form, contacts: contacts, studentName: placement.student.fullName) {
        case let .failure(errors):
            return try await page(req, user: user, placement: placement, status: .badRequest,
                                  error: "Vul de ontbrekende contactgegevens in; ze worden bewaard voor de volgende keer.",
                                  sendValues: .init(form, errors: errors))
        case let .success(list): invitations = list
        }
        try await req.db.transaction { tx in
            for invitation in invitations {
                try await AgreementContacts.remember(invitation.role, name: invitation.name, email: invitation.email, placement: placement,
                                                     known: contacts, actor: user.actor, at: req.now, on: tx)
            }
            // The text as sent includes the parties just stored (praktijkbegeleider, parent).
            let text = try await AgreementRepository(db: tx).state(for: placement, today: req.today).text
            try await AgreementRepository(db: tx).markSent(agreement, text: text, actor: user.actor, at: req.now)
            for invitation in invitations {
                try await AgreementMessages.invite(invitation.role, name: invitation.name, email: invitation.email, placement: placement,
                                                   createdBy: user.userID, actor: user.actor, at: req.now, on: tx)
            }
        }
        let count = DutchFormat.count(invitations.count, "uitnodiging staat", "uitnodigingen staan")
        req.flash("De overeenkomst is verstuurd ter ondertekening: \(count) in de verzendrij. Teken hieronder namens de school.")
        return req.redirect(to: SitePath.agreement(try placement.requireID()).path, redirectType: .normal)
    }

    func page(_ req: Request, user: CurrentUser, placement: PlacementModel, values: Forms.Values? = nil,
              status: HTTPStatus, error: String? = nil, signatureValues: Forms.Values? = nil,
              inviteValues: Forms.Values? = nil, confirmVoid: [String] = [], sendValues: Forms.Values? = nil) async throws -> Response {
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let schedule = try await PlacementScheduleModel.query(on: req.db)
            .filter(\.$placement.$id == placement.requireID()).first()
        let cooperation = try await CooperationAgreementModel.query(on: req.db).filter(\.$school.$id == placement.$school.id)
            .filter(\.$company.$id == placement.position.$company.id).first()
        let goals = state.agreement == nil ? try await GoalService(db: req.db).goals(of: placement).map(\.text) : []
        let formValues = values ?? .init(state.agreement.map(AgreementRepository.values(of:))
                                         ?? AgreementRepository.draftValues(for: placement, schedule: schedule, cooperation: cooperation, goals: goals))
        let links = try await AccessLinkModel.query(on: req.db).filter(\.$placement.$id == placement.requireID())
            .filter(\.$purpose == AccessLinkModel.Purpose.signAgreement.rawValue).sort(\.$createdAt, .descending).all()
        let contacts = try await AgreementContacts.load(for: placement, on: req.db)
        let canEdit = AccessPolicy.allows(user.role, .update, .agreement)
        return AgreementPage.render(req, .init(
            placement: placement, state: state, values: formValues, isDraft: state.agreement == nil,
            canEdit: canEdit, error: error,
            signatureValues: signatureValues ?? .init(["signedOn": req.today.iso]), today: req.today,
            canSignForSchool: AccessPolicy.allows(user.role, .create, .schoolSignature), links: links, now: req.now,
            inviteValues: inviteValues ?? .init(["studentEmail": contacts.student.email ?? "",
                                                 "workplaceMentorName": contacts.workplaceMentor?.name ?? "",
                                                 "workplaceMentorEmail": contacts.workplaceMentor?.email ?? "",
                                                 "parentName": contacts.parent?.name ?? "", "parentEmail": contacts.parent?.email ?? ""]),
            contacts: canEdit ? contacts : nil, confirmVoid: confirmVoid, sendValues: sendValues ?? .init(),
            reminderDays: try await MessageSettingsModel.reminderDays(school: placement.$school.id, on: req.db)), status: status)
    }

    func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> PlacementModel {
        try await req.placement(user: user, action, .agreement)
    }
}
