import Foundation

/// The JSON form of `stagelijn check schedule` (see README): reading the input and writing the result.
public enum ScheduleJSON {
    public static func read(_ data: Data) throws(FieldErrors) -> WorkSchedule {
        let root = try JSONReader(data: data)
        _ = try root.object()
        let birthDate = try root["birthDate"].date()
        let kind = try root["stageKind"].oneOf(StageKind.self)
        var shifts: [Shift] = []
        for item in try root["shifts"].array() {
            _ = try item.object()
            var breaks: [Int] = []
            for part in try item["breaks"].optionalArray() {
                breaks.append(try part.int())
            }
            shifts.append(Shift(date: try item["date"].date(), start: try item["start"].time(),
                                end: try item["end"].time(), breaks: breaks,
                                schoolDay: try item["schoolDay"].bool(default: false)))
        }
        var exceptions: Set<ScheduleException> = []
        for item in try root["exceptions"].optionalArray() {
            exceptions.insert(try item.oneOf(ScheduleException.self))
        }
        let schedule = WorkSchedule(birthDate: birthDate, stageKind: kind, shifts: shifts, exceptions: exceptions)
        let problems = schedule.structuralProblems()
        if !problems.isEmpty { throw FieldErrors(problems) }
        return schedule
    }

    public struct Result: Encodable, Equatable {
        public struct Violation: Encodable, Equatable {
            public let rule: String
            public let date: String
            public let message: String
            public let source: String
        }
        public let compliant: Bool
        public let violations: [Violation]
    }

    public static func result(_ violations: [ScheduleViolation]) -> Result {
        Result(compliant: violations.isEmpty,
               violations: violations.map { .init(rule: $0.rule.rawValue, date: $0.date.iso, message: $0.message, source: $0.source) })
    }
}

/// The JSON form of `stagelijn check agreement`.
public enum AgreementJSON {
    public static func read(_ data: Data) throws(FieldErrors) -> AgreementContent {
        let root = try JSONReader(data: data)
        _ = try root.object()
        var content = AgreementContent()
        content.learningActivities = try strings(root["learningActivities"])
        content.company = try text(root["company"])
        content.positionLocations = try strings(root["positionLocations"])
        content.startDate = root["startDate"].isMissing ? nil : try root["startDate"].date()
        content.endDate = root["endDate"].isMissing ? nil : try root["endDate"].date()
        content.schedule = try scheduleText(root["schedule"])
        let supervision = root["supervision"]
        if !supervision.isMissing { _ = try supervision.object() }
        content.schoolSupervisionShare = try supervision["schoolShare"].optionalString() ?? ""
        content.companySupervisionShare = try supervision["companyShare"].optionalString() ?? ""
        content.assessmentByCompany = try root["assessmentByCompany"].optionalString() ?? ""
        content.inspectionArrangement = try root["inspectionArrangement"].optionalString() ?? ""
        let insurance = root["insurance"]
        if !insurance.isMissing { _ = try insurance.object() }
        content.accidentAndLiabilityBy = try party(insurance["accidentAndLiabilityBy"])
        content.premiumPaidBy = try party(insurance["premiumPaidBy"])
        content.studentBirthDate = try root["student"]["birthDate"].date()
        for item in try root["signatures"].optionalArray() {
            _ = try item.object()
            content.signatures.append(AgreementSignature(role: try item["role"].oneOf(SignatoryRole.self),
                                                         name: try item["name"].optionalString() ?? "",
                                                         signedAt: try signedAt(item["signedAt"])))
        }
        return content
    }

    static func strings(_ reader: JSONReader) throws(FieldErrors) -> [String] {
        var result: [String] = []
        for item in try reader.optionalArray() { result.append(try item.string()) }
        return result
    }

    /// The company as a name, or as an object with a `name`.
    static func text(_ reader: JSONReader) throws(FieldErrors) -> String {
        if reader.value is [String: Any] { return try reader["name"].optionalString() ?? "" }
        return try reader.optionalString() ?? ""
    }

    /// The schedule in words, as a list of lines, or as an object (days and times): filled when it says anything.
    static func scheduleText(_ reader: JSONReader) throws(FieldErrors) -> String {
        switch reader.value {
        case nil, is NSNull: return ""
        case let text as String: return text
        case let list as [Any]: return list.isEmpty ? "" : String(describing: list)
        case let object as [String: Any]:
            let filled = object.values.contains { value in
                if let text = value as? String { return text.isFilled }
                if let list = value as? [Any] { return !list.isEmpty }
                return !(value is NSNull)
            }
            return filled ? String(describing: object) : ""
        default: throw reader.fail("Hier hoort het rooster: tekst, een lijst of een object met dagen en tijden.")
        }
    }

    static func party(_ reader: JSONReader) throws(FieldErrors) -> InsuranceParty? {
        reader.isMissing || (reader.value as? String)?.isFilled == false ? nil : try reader.oneOf(InsuranceParty.self)
    }

    /// A date, or a date-time whose first ten characters are the date (`2026-03-01T10:15:00+01:00`).
    static func signedAt(_ reader: JSONReader) throws(FieldErrors) -> LocalDate {
        let text = try reader.string()
        guard let date = LocalDate(iso: String(text.prefix(10))), text.count == 10 || text.dropFirst(10).first == "T" else {
            throw reader.fail("\"\(text)\" is geen geldige datum; schrijf JJJJ-MM-DD of JJJJ-MM-DDTUU:MM:SS.")
        }
        return date
    }

    public struct Result: Encodable, Equatable {
        public let complete: Bool
        public let missing: [String]
    }

    public static func result(_ missing: [AgreementRequirement]) -> Result {
        Result(complete: missing.isEmpty, missing: missing.map(\.rawValue))
    }
}
