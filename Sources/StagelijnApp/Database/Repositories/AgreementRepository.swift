import Fluent
import Foundation
import StagelijnCore

/// The agreement of a placement as the app uses it: stored form, rules-engine view and what is still missing.
struct AgreementState {
    let agreement: AgreementModel?
    let signatures: [AgreementSignatureModel]
    let content: AgreementContent
    let missing: [AgreementRequirement]
    /// The exact text people sign (as it went out for signing, once sent) and its SHA-256 (hex).
    let text: String
    let textHash: String
    /// The same text as a document (parties, articles, annex) for the printed page; nil when the stored text of an
    /// earlier layout differs from what the parts give now (then the plain text is shown).
    let parts: AgreementDocumentParts?

    var missingContent: [AgreementRequirement] { missing.filter(\.isContent) }
    var isComplete: Bool { missing.isEmpty }
    var isSent: Bool { agreement?.sentAt != nil }
    /// Complete and every required signature in: the text can no longer be edited, only replaced by a new version.
    var isFullySigned: Bool { agreement != nil && isComplete }
}

/// The editable fields of the agreement form; the same names are used in the form, the audit log and the tests.
enum AgreementField {
    static let all = ["learningActivities", "companyName", "positionLocations", "startDate", "endDate", "scheduleText",
                      "schoolShare", "companyShare", "assessment", "inspection", "accidentBy", "premiumBy",
                      "planAim", "planContent", "planSize", "planStructure", "planOrganisation"]
}

struct AgreementRepository {
    let db: any Database

    func state(for placement: PlacementModel, today: LocalDate) async throws -> AgreementState {
        let placementID = try placement.requireID()
        let agreement = try await AgreementModel.query(on: db).filter(\.$placement.$id == placementID).first()
        var signatures: [AgreementSignatureModel] = []
        if let agreementID = agreement?.id {
            signatures = try await AgreementSignatureModel.query(on: db).filter(\.$agreement.$id == agreementID)
                .sort(\.$recordedAt).all()
        }
        let content = agreement?.content(birthDate: placement.student.birth, signatures: signatures)
            ?? AgreementContent(studentBirthDate: placement.student.birth)
        let plan = agreement.map { StagePlan(aim: $0.planAim, content: $0.planContent, size: $0.planSize,
                                             structure: $0.planStructure, organisation: $0.planOrganisation) } ?? StagePlan()
        let contacts = try await AgreementContacts.load(for: placement, on: db)
        let parties = AgreementParties(
            schoolName: placement.school.name, schoolTown: placement.school.town, studentName: placement.student.fullName,
            workplaceMentor: contacts.workplaceMentor?.name ?? "",
            parent: AgreementCompleteness.parentSignatureRequired(content, today: today) ? contacts.parent?.name ?? "" : "")
        let generated = AgreementDocument.text(content, plan: plan, parties: parties)
        let text = agreement?.sentText ?? generated
        return AgreementState(agreement: agreement, signatures: signatures, content: content,
                              missing: AgreementCompleteness.missing(content, today: today), text: text,
                              textHash: SecureToken.hash(text),
                              parts: text == generated ? AgreementDocument.parts(content, plan: plan, parties: parties) : nil)
    }

    /// Form values for a new agreement: the school type's template, filled from the placement (student, company,
    /// period, schedule) and, while one is valid, the school's cooperation agreement with the company (art. 36).
    /// `goals` are the stage's goals (`GoalService`): the Inspectie asks that they are shared with the company, so they
    /// go into the stage plan's content, which everyone signs.
    static func draftValues(for placement: PlacementModel, schedule: PlacementScheduleModel?,
                            cooperation: CooperationAgreementModel?, goals: [String] = []) -> [String: String] {
        let company = placement.position.company, period = placement.period, position = placement.position
        let template = AgreementTemplate.texts(for: placement.student.schoolType)
        let scheduleText = schedule.map(\.weekly.dutchSummary).flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(period.daysPerWeek) dagen per week, \(period.hoursPerDay) uur per dag (inclusief pauze); dagen en tijden in overleg"
        var values = [
            "learningActivities": position.description ?? position.title,
            "companyName": company.name,
            "positionLocations": "\(company.street), \(company.postcode) \(company.city)",
            "startDate": period.startDate, "endDate": period.endDate, "scheduleText": scheduleText,
            "schoolShare": template.schoolShare, "companyShare": template.companyShare,
            "assessment": template.assessment, "inspection": template.inspection,
            "accidentBy": "school", "premiumBy": "school",
            "planAim": template.planAim,
            "planContent": "Werkzaamheden als \(position.title.lowercased()) in de sector \(position.sector.dutchName.lowercased())."
                + (goals.isEmpty ? "" : " Stagedoelen: " + goals.joined(separator: "; ") + "."),
            // The plan's period comes from the agreement's own dates (see AgreementDocument), never the school period's.
            "planSize": "\(period.daysPerWeek) dagen per week, \(period.hoursPerDay) uur per dag.",
            "planStructure": "Start met kennismaking en leerdoelen, halverwege een tussenevaluatie, aan het eind de eindbeoordeling.",
            "planOrganisation": "Stagebegeleider van de school, praktijkbegeleider van het bedrijf; stage-agenda wekelijks afgetekend.",
        ]
        if let cooperation, let until = LocalDate(iso: cooperation.validUntil), until >= period.start {
            values["companyShare"] = cooperation.companyShare
            values["assessment"] = cooperation.assessment
            values["inspection"] = cooperation.inspection
            values["accidentBy"] = cooperation.accidentBy
            values["premiumBy"] = cooperation.premiumBy
        }
        return values
    }

    private func nonEmpty(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }

    static func values(of agreement: AgreementModel) -> [String: String] {
        ["learningActivities": agreement.learningActivities, "companyName": agreement.companyName,
         "positionLocations": agreement.positionLocations, "startDate": agreement.startDate ?? "",
         "endDate": agreement.endDate ?? "", "scheduleText": agreement.scheduleText, "schoolShare": agreement.schoolShare,
         "companyShare": agreement.companyShare, "assessment": agreement.assessment, "inspection": agreement.inspection,
         "accidentBy": agreement.accidentBy ?? "", "premiumBy": agreement.premiumBy ?? "",
         "planAim": agreement.planAim, "planContent": agreement.planContent, "planSize": agreement.planSize,
         "planStructure": agreement.planStructure, "planOrganisation": agreement.planOrganisation]
    }

    /// Reads the form: dates must be real dates and insurance parties known values; empty fields are allowed (a draft)
    /// and show up as missing parts instead.
    static func read(_ form: [String: String]) -> Result<[String: String], FieldErrors> {
        var values: [String: String] = [:]
        var errors: [FieldError] = []
        for field in AgreementField.all {
            values[field] = (form[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        for (field, label) in [("startDate", "begindatum"), ("endDate", "einddatum")] {
            guard let text = values[field], !text.isEmpty else { continue }
            if let date = LocalDate(parsing: text) { values[field] = date.iso } else {
                errors.append(FieldError(field: field, label: label, message: "Vul een geldige datum in, bijvoorbeeld 02-03-2026."))
            }
        }
        for (field, label) in [("accidentBy", "verzekering"), ("premiumBy", "premie")] {
            if let text = values[field], !text.isEmpty, InsuranceParty(rawValue: text) == nil {
                errors.append(FieldError(field: field, label: label, message: "Kies school, stagebedrijf of leerling."))
            }
        }
        for (field, text) in values where text.count > 4000 {
            errors.append(FieldError(field: field, label: field, message: "Maximaal 4000 tekens."))
        }
        return errors.isEmpty ? .success(values) : .failure(FieldErrors(errors))
    }

    /// Saves the content. A change after the first signature voids every signature and takes the agreement back to
    /// draft: nobody may be bound to a text they did not sign. Returns whether signatures were voided.
    func save(_ values: [String: String], placement: PlacementModel, actor: Actor, at date: Date) async throws -> Bool {
        let placementID = try placement.requireID()
        let existing = try await AgreementModel.query(on: db).filter(\.$placement.$id == placementID).first()
        let before = existing.map(Self.values(of:))
        let model = existing ?? AgreementModel()
        if existing == nil {
            model.$placement.id = placementID
            model.$school.id = placement.$school.id
        }
        model.learningActivities = values["learningActivities"] ?? ""
        model.companyName = values["companyName"] ?? ""
        model.positionLocations = values["positionLocations"] ?? ""
        model.startDate = nonEmpty(values["startDate"])
        model.endDate = nonEmpty(values["endDate"])
        model.scheduleText = values["scheduleText"] ?? ""
        model.schoolShare = values["schoolShare"] ?? ""
        model.companyShare = values["companyShare"] ?? ""
        model.assessment = values["assessment"] ?? ""
        model.inspection = values["inspection"] ?? ""
        model.accidentBy = nonEmpty(values["accidentBy"])
        model.premiumBy = nonEmpty(values["premiumBy"])
        model.planAim = values["planAim"] ?? ""
        model.planContent = values["planContent"] ?? ""
        model.planSize = values["planSize"] ?? ""
        model.planStructure = values["planStructure"] ?? ""
        model.planOrganisation = values["planOrganisation"] ?? ""
        let changed = before != Self.values(of: model)
        var voided = false
        if changed, let id = existing?.id {
            let signatures = try await AgreementSignatureModel.query(on: db).filter(\.$agreement.$id == id).count()
            if signatures > 0 {
                try await AgreementSignatureModel.query(on: db).filter(\.$agreement.$id == id).delete()
                voided = true
            }
            try await resetToDraft(model, placement: placementID, at: date)
        }
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "agreement", id: try model.requireID(),
                                  action: existing == nil ? .create : .update, before: before,
                                  after: Self.values(of: model).merging(voided ? ["handtekeningen": "vervallen"] : [:]) { a, _ in a },
                                  at: date)
        return voided
    }

    /// The signatures a save of `values` would void: those on an agreement whose content changes. The controller asks
    /// before saving, so a coordinator never voids three signatures without seeing it first.
    func signaturesVoided(by values: [String: String], placement: PlacementModel) async throws -> [AgreementSignatureModel] {
        guard let existing = try await AgreementModel.query(on: db).filter(\.$placement.$id == placement.requireID()).first(),
              Self.values(of: existing) != values.filter({ AgreementField.all.contains($0.key) })
        else { return [] }
        return try await AgreementSignatureModel.query(on: db).filter(\.$agreement.$id == existing.requireID()).all()
    }

    /// A new version of a fully signed agreement (a deliberate step of the coordinator): every signature voided, the
    /// text back to draft, open invitations revoked. The old signatures stay readable in the audit log.
    func startNewVersion(_ agreement: AgreementModel, placement: PlacementModel, actor: Actor, at date: Date) async throws {
        let id = try agreement.requireID()
        let signatures = try await AgreementSignatureModel.query(on: db).filter(\.$agreement.$id == id).all()
        let before = Dictionary(signatures.map { ("handtekening \(SignatoryRole(rawValue: $0.role)?.dutchName ?? $0.role)",
                                                  "\($0.name), \(LocalDate(iso: $0.signedOn)?.dutch ?? $0.signedOn)") }) { a, _ in a }
        try await AgreementSignatureModel.query(on: db).filter(\.$agreement.$id == id).delete()
        try await resetToDraft(agreement, placement: try placement.requireID(), at: date)
        try await agreement.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "agreement", id: id, action: .statusChange,
                                  before: before.merging(["status": "volledig ondertekend"]) { a, _ in a },
                                  after: ["status": "nieuwe versie (concept)", "handtekeningen": "vervallen"], at: date)
    }

    /// Back to draft: not out for signing, no frozen text, no copy sent, and the open signing links revoked (a link
    /// to a text that no longer exists must not open the new one when it goes out again).
    private func resetToDraft(_ model: AgreementModel, placement: UUID, at date: Date) async throws {
        model.sentAt = nil
        model.sentText = nil
        model.copySentAt = nil
        for role in SignatoryRole.allCases {
            try await AccessLinks.revokeOpen(placement: placement, role: role.rawValue, purpose: .signAgreement, at: date, on: db)
        }
    }

    /// Out for signing. `text` is the text as sent (`AgreementState.text`); it is kept, so later layout changes of the
    /// document never change what people sign.
    func markSent(_ agreement: AgreementModel, text: String? = nil, actor: Actor, at date: Date) async throws {
        agreement.sentAt = date
        agreement.sentText = text
        try await agreement.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "agreement", id: try agreement.requireID(), action: .statusChange,
                                  before: ["status": "concept"], after: ["status": "ter ondertekening"], at: date)
    }

    /// A signature: on paper (recorded by the school) or digital (in the app or through a personal link).
    /// One signature per role: a new one replaces the old. `textHash` is the SHA-256 of the text that was signed.
    func recordSignature(_ agreement: AgreementModel, role: SignatoryRole, name: String, on day: LocalDate,
                         method: String, textHash: String, actor: Actor, at date: Date) async throws {
        let agreementID = try agreement.requireID()
        try await AgreementSignatureModel.query(on: db).filter(\.$agreement.$id == agreementID)
            .filter(\.$role == role.rawValue).delete()
        let signature = AgreementSignatureModel()
        signature.$agreement.id = agreementID
        signature.role = role.rawValue
        signature.name = name
        signature.signedOn = day.iso
        signature.method = method
        signature.textHash = textHash
        signature.$recordedBy.id = actor.userID
        signature.recordedAt = date
        try await signature.create(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "agreement", id: agreementID, action: .update,
                                  before: nil as [String: String]?,
                                  after: ["handtekening \(role.dutchName)": "\(name), \(day.dutch) (\(method))", "tekst-sha256": textHash],
                                  at: date)
    }
}
