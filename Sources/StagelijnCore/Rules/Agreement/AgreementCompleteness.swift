/// WVO art. 35: is a stage agreement complete, and which parts are missing?
public enum AgreementCompleteness {
    /// Every missing requirement, in the order of `AgreementRequirement`.
    /// `today` is the reference date for a parent's signature when the other parties have not all signed yet.
    public static func missing(_ content: AgreementContent, today: LocalDate) -> [AgreementRequirement] {
        missingContent(content) + missingSignatures(content, today: today)
    }

    public static func isComplete(_ content: AgreementContent, today: LocalDate) -> Bool {
        missing(content, today: today).isEmpty
    }

    public static func missingContent(_ content: AgreementContent) -> [AgreementRequirement] {
        var missing: [AgreementRequirement] = []
        if content.learningActivities.filter(\.isFilled).isEmpty { missing.append(.learningActivities) }
        if !content.company.isFilled || content.positionLocations.filter(\.isFilled).isEmpty { missing.append(.company) }
        if !datesAreValid(content) { missing.append(.dates) }
        if !content.schedule.isFilled { missing.append(.schedule) }
        if !content.schoolSupervisionShare.isFilled || !content.companySupervisionShare.isFilled { missing.append(.supervision) }
        if !content.assessmentByCompany.isFilled { missing.append(.assessment) }
        if !content.inspectionArrangement.isFilled { missing.append(.inspection) }
        if content.accidentAndLiabilityBy == nil || content.premiumPaidBy == nil { missing.append(.insurance) }
        return missing
    }

    static func datesAreValid(_ content: AgreementContent) -> Bool {
        guard let start = content.startDate, let end = content.endDate else { return false }
        return end >= start
    }

    public static func missingSignatures(_ content: AgreementContent, today: LocalDate) -> [AgreementRequirement] {
        let signed = Set(content.signatures.filter { $0.name.isFilled }.map(\.role))
        var missing: [AgreementRequirement] = [.signatureSchool, .signatureStudent, .signatureCompany]
            .filter { !signed.contains($0.signatoryRole!) }
        if parentSignatureRequired(content, today: today), !signed.contains(.parent) {
            missing.append(.signatureParent)
        }
        return missing
    }

    /// A parent or guardian signs when the student is under 18 on the day the last of the other parties signs.
    /// While those have not all signed, the latest of their signatures (or `today`, when none) stands in for that day:
    /// the last signature can only come later. Without a birth date the student is treated as a minor.
    public static func parentSignatureRequired(_ content: AgreementContent, today: LocalDate) -> Bool {
        guard let birthDate = content.studentBirthDate else { return true }
        let others = content.signatures.filter { $0.role != .parent && $0.name.isFilled }.map(\.signedAt)
        let reference = others.max() ?? today
        return birthDate.age(on: reference) < 18
    }
}

extension String {
    var isFilled: Bool { !trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
