import Fluent
import Foundation
import StagelijnCore

/// The messages about a stage agreement, all through the outbox: the invitation to sign (a personal link, made at
/// delivery), its reminder (the same link, a new token: the earlier message's link stops working), and the signed copy.
/// Students read "je", parents and companies "u".
enum AgreementMessages {
    /// A new personal signing link for `role` (revoking that role's earlier open one) and its invitation.
    @discardableResult
    static func invite(_ role: SignatoryRole, name: String, email: String, placement: PlacementModel, createdBy: UUID?,
                       actor: Actor, at date: Date, on db: any Database) async throws -> AccessLinkModel {
        let placementID = try placement.requireID()
        try await AccessLinks.revokeOpen(placement: placementID, role: role.rawValue, purpose: .signAgreement, at: date, on: db)
        let link = try await AccessLinks.create(placement: placementID, role: role.rawValue, purpose: .signAgreement,
                                                name: name, email: email, createdBy: createdBy, at: date, on: db)
        let school = placement.school.name, student = placement.student.fullName
        let until = DutchFormat.dateTime(link.expiresAt)
        let body = role == .student
            ? "Beste \(name),\n\n\(school) vraagt je je stageovereenkomst te lezen en te tekenen.\n\n"
                + "Open deze persoonlijke link (geldig tot \(until)):\n\(Outbox.linkPlaceholder)\n\n"
                + "Deze link is alleen voor jou. Vragen? Stel ze aan je stagecoördinator.\n"
            : "Beste \(name),\n\n\(school) vraagt u de stageovereenkomst van \(student) te lezen en te tekenen als \(role.dutchName).\n\n"
                + "Open deze persoonlijke link (geldig tot \(until)):\n\(Outbox.linkPlaceholder)\n\n"
                + "Deze link is alleen voor u. Vragen? Neem contact op met de stagecoördinator.\n"
        try await Outbox.enqueue(school: placement.$school.id, to: email, subject: "Stageovereenkomst \(student) tekenen",
                                 body: body, link: link, at: date, on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "agreement", id: try link.requireID(), action: .create,
                                  before: nil as [String: String]?,
                                  after: ["uitnodiging": role.dutchName, "aan": email, "geldig tot": until], at: date)
        return link
    }

    /// A reminder for an open invitation. It carries the same link: delivery makes a new token for it, so only the
    /// newest message works — the body says so.
    static func remind(_ link: AccessLinkModel, placement: PlacementModel, at date: Date, on db: any Database) async throws {
        let student = placement.student.fullName, school = placement.school.name
        let until = DutchFormat.dateTime(link.expiresAt)
        let isStudent = link.role == SignatoryRole.student.rawValue
        let body = isStudent
            ? "Beste \(link.recipientName),\n\nJe stageovereenkomst is nog niet getekend. \(school) vraagt je hem te lezen en te tekenen.\n\n"
                + "Open deze persoonlijke link (geldig tot \(until)):\n\(Outbox.linkPlaceholder)\n\n"
                + "Deze link vervangt die uit het eerdere bericht; die werkt niet meer.\n"
            : "Beste \(link.recipientName),\n\nDe stageovereenkomst van \(student) is nog niet door u getekend. "
                + "\(school) vraagt u hem te lezen en te tekenen.\n\n"
                + "Open deze persoonlijke link (geldig tot \(until)):\n\(Outbox.linkPlaceholder)\n\n"
                + "Deze link vervangt die uit het eerdere bericht; die werkt niet meer.\n"
        try await Outbox.enqueue(school: placement.$school.id, to: link.recipientEmail,
                                 subject: "Herinnering: stageovereenkomst \(student) tekenen", body: body, link: link, at: date, on: db)
        try await AuditLog.record(on: db, actor: .system("Stagelijn (automatisch)", schoolID: placement.$school.id), entity: "agreement",
                                  id: try link.requireID(), action: .create, before: nil as [String: String]?,
                                  after: ["herinnering": SignatoryRole(rawValue: link.role)?.dutchName ?? link.role, "aan": link.recipientEmail],
                                  at: date)
    }

    /// The fully signed text to every signer whose address is known. No link in it (nothing to open, nothing that
    /// expires); the controlecode lets anyone compare it with the school's copy. Returns how many went out.
    static func sendSignedCopy(placement: PlacementModel, state: AgreementState, at date: Date, on db: any Database) async throws -> Int {
        let recipients = try await signers(placement: placement, state: state, on: db)
        let student = placement.student.fullName, school = placement.school.name
        let signed = state.signatures.map { "- \(SignatoryRole(rawValue: $0.role)?.dutchName ?? $0.role): \($0.name), "
            + "\(LocalDate(iso: $0.signedOn)?.dutch ?? $0.signedOn) (\($0.method))" }.joined(separator: "\n")
        for recipient in recipients {
            let opening = recipient.role == .student
                ? "Beste \(recipient.name),\n\nJe stageovereenkomst is door iedereen getekend. Hieronder staat de tekst; bewaar dit bericht.\n"
                : "Beste \(recipient.name),\n\nDe stageovereenkomst van \(student) is door iedereen getekend. Hieronder staat de tekst; bewaar dit bericht.\n"
            let body = opening + "\nGetekend:\n\(signed)\n\nControlecode van de tekst: \(state.textHash)\n\n"
                + "----------------------------------------\n\(state.text)----------------------------------------\n\n\(school)\n"
            try await Outbox.enqueue(school: placement.$school.id, to: recipient.email,
                                     subject: "Getekende stageovereenkomst \(student)", body: body, at: date, on: db)
        }
        if let agreement = state.agreement {
            agreement.copySentAt = date
            try await agreement.save(on: db)
            try await AuditLog.record(on: db, actor: .system("Stagelijn (automatisch)", schoolID: placement.$school.id),
                                      entity: "agreement", id: try agreement.requireID(), action: .update,
                                      before: nil as [String: String]?,
                                      after: ["getekende tekst verstuurd aan": recipients.map(\.email).joined(separator: ", ")], at: date)
        }
        return recipients.count
    }

    struct Recipient: Equatable { let role: SignatoryRole; let name: String; let email: String }

    /// Who signed, with the address their invitation went to (a used link), else the stored contact; the school's
    /// signer through their account. Each address once.
    static func signers(placement: PlacementModel, state: AgreementState, on db: any Database) async throws -> [Recipient] {
        let links = try await AccessLinkModel.query(on: db).filter(\.$placement.$id == placement.requireID())
            .filter(\.$purpose == AccessLinkModel.Purpose.signAgreement.rawValue).filter(\.$usedAt != nil).all()
        let contacts = try await AgreementContacts.load(for: placement, on: db)
        var recipients: [Recipient] = []
        for signature in state.signatures {
            guard let role = SignatoryRole(rawValue: signature.role) else { continue }
            var email: String?
            if role == .school, let userID = signature.$recordedBy.id {
                email = try await UserModel.find(userID, on: db)?.email
            } else {
                email = links.first { $0.role == role.rawValue }?.recipientEmail ?? contacts.person(for: role)?.email
            }
            guard let email, FieldReader.isEmail(email), !recipients.contains(where: { $0.email == email }) else { continue }
            recipients.append(Recipient(role: role, name: signature.name, email: email))
        }
        return recipients
    }
}
