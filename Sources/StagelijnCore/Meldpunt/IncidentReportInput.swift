/// What a reporter sends through `/melden/{school}`: read and checked here, so the page, tests and any later API share
/// one rule. Anonymous is the default: name and e-mail are optional. The text is bounded (4,000 characters).
public struct IncidentReportInput: Sendable, Equatable {
    public var category: IncidentCategory
    public var grounds: [DiscriminationGround]
    public var phase: IncidentPhase
    public var mode: IncidentMode
    public var reporterKind: ReporterKind
    public var description: String
    public var companyName: String?
    public var happenedOn: LocalDate?
    public var sector: Sector?
    public var schoolType: SchoolType?
    public var reporterName: String?
    public var reporterEmail: String?

    public static let maxDescription = 4000

    public var isAnonymous: Bool { reporterName == nil && reporterEmail == nil }

    public static let fields: [FieldSpec] = [
        FieldSpec("category", "wat er gebeurde", required: true),
        FieldSpec("grounds", "waarom je anders behandeld werd"),
        FieldSpec("phase", "wanneer", required: true),
        FieldSpec("mode", "wat je wilt", required: true),
        FieldSpec("reporterKind", "wie je bent", required: true),
        FieldSpec("description", "wat er gebeurde, in je eigen woorden", required: true),
        FieldSpec("companyName", "naam van het bedrijf"),
        FieldSpec("happenedOn", "datum"),
        FieldSpec("sector", "sector"),
        FieldSpec("schoolType", "opleiding"),
        FieldSpec("reporterName", "naam"),
        FieldSpec("reporterEmail", "e-mailadres"),
    ]

    public static func read(_ values: [String: String], today: LocalDate) -> Result<IncidentReportInput, FieldErrors> {
        var reader = FieldReader(values, fields: fields)
        func choice<T: RawRepresentable>(_ field: String, _ type: T.Type, message: String) -> T? where T.RawValue == String {
            let raw = (values[field] ?? "").trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { reader.fail(field, message); return nil }
            guard let value = T(rawValue: raw) else { reader.fail(field, "Kies een van de mogelijkheden."); return nil }
            return value
        }
        let category = choice("category", IncidentCategory.self, message: "Kies wat er gebeurde.")
        let phase = choice("phase", IncidentPhase.self, message: "Kies of het bij het zoeken of tijdens de stage was.")
        let mode = choice("mode", IncidentMode.self, message: "Kies of de school alleen telt of ook iets doet.")
        let kind = choice("reporterKind", ReporterKind.self, message: "Kies wie je bent.")
        var grounds: [DiscriminationGround] = []
        for raw in (values["grounds"] ?? "").split(separator: ",") {
            if let ground = DiscriminationGround(rawValue: raw.trimmingCharacters(in: .whitespaces)) {
                if !grounds.contains(ground) { grounds.append(ground) }
            } else {
                reader.fail("grounds", "Kies een van de mogelijkheden.")
            }
        }
        let description = reader.multiLineText("description", maxLength: maxDescription)
        if !description.isEmpty && description.count < 10 {
            reader.fail("description", "Schrijf iets meer, zodat de school snapt wat er gebeurde (minstens 10 tekens).")
        }
        let companyName = reader.optionalText("companyName", maxLength: 200)
        let happenedOn = reader.date("happenedOn")
        if let happenedOn, happenedOn > today { reader.fail("happenedOn", "Deze datum ligt in de toekomst.") }
        let sector = reader.value("sector", as: Sector.self, named: "sector")
        let schoolType = reader.value("schoolType", as: SchoolType.self, named: "opleiding")
        let name = reader.optionalText("reporterName", maxLength: 120)
        let email = reader.email("reporterEmail")
        if let errors = reader.result { return .failure(errors) }
        guard let category, let phase, let mode, let kind else { return .failure(FieldErrors([])) }
        return .success(IncidentReportInput(
            category: category, grounds: category.hasGrounds ? grounds : [], phase: phase, mode: mode, reporterKind: kind,
            description: description, companyName: companyName, happenedOn: happenedOn, sector: sector,
            schoolType: schoolType, reporterName: name, reporterEmail: email))
    }
}
