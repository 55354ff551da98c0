import Fluent
import Foundation
import StagelijnCore

/// The agreement of a placement as the app uses it: stored form, rules-engine view and what is still missing.
struct AgreementState {
    let agreement: AgreementModel?
    let signatures: [AgreementSignatureModel]
    let content: AgreementContent
    let missing: [AgreementRequirement]
    /// The exact text people sign and its SHA-256 (hex).
    let text: String
    let textHash: String

    var missingContent: [AgreementRequirement] { missing.filter(\.isContent) }
    var isComplete: Bool { missing.isEmpty }
    var isSent: Bool { agreement?.sentAt != nil }
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
        let text = AgreementDocument.text(content, plan: plan, schoolName: placement.school.name,
                                          studentName: placement.student.fullName)
        return AgreementState(agreement: agreement, signatures: signatures, content: content,
                              missing: AgreementCompleteness.missing(content, today: today), text: text,
                              textHash: SecureToken.hash(text))
    }

    /// Form values for a new agreement: the school type's template, filled from the placement (student, company,
    /// period, schedule) and, while one is valid, the school's cooperation agreement with the company (art. 36).
    static func draftValues(for placement: PlacementModel, schedule: PlacementScheduleModel?,
                            cooperation: CooperationAgreementModel?) -> [String: String] {
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
            "planContent": "Werkzaamheden als \(position.title.lowercased()) in de sector \(position.sector.dutchName.lowercased()).",
            "planSize": "\(period.daysPerWeek) dagen per week, \(period.hoursPerDay) uur per dag, \(period.label).",
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
            model.sentAt = nil
        }
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "agreement", id: try model.requireID(),
                                  action: existing == nil ? .create : .update, before: before,
                                  after: Self.values(of: model).merging(voided ? ["handtekeningen": "vervallen"] : [:]) { a, _ in a },
                                  at: date)
        return voided
    }

    func markSent(_ agreement: AgreementModel, actor: Actor, at date: Date) async throws {
        agreement.sentAt = date
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
