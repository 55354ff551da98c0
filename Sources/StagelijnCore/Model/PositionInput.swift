/// A stage place offered by a company: sector, capacity, days and hours, minimum age and certificates.
public struct PositionInput: FieldInput, Equatable, Codable {
    /// How the company is named in a CSV file (its name or SBB number); forms pass the id instead.
    public var companyReference: String?
    public var title: String
    public var sector: Sector
    public var capacity: Int
    public var daysPerWeek: Int
    public var hoursPerDay: Int
    public var minimumAge: Int
    public var requiredCertificates: [Certificate]
    public var description: String?

    public init(companyReference: String?, title: String, sector: Sector, capacity: Int, daysPerWeek: Int, hoursPerDay: Int, minimumAge: Int, requiredCertificates: [Certificate], description: String?) {
        self.companyReference = companyReference
        self.title = title
        self.sector = sector
        self.capacity = capacity
        self.daysPerWeek = daysPerWeek
        self.hoursPerDay = hoursPerDay
        self.minimumAge = minimumAge
        self.requiredCertificates = requiredCertificates
        self.description = description
    }

    public static let fields: [FieldSpec] = [
        FieldSpec("companyReference", "bedrijf", aliases: ["bedrijfsnaam", "stagegever", "sbb-nummer"]),
        FieldSpec("title", "functie", aliases: ["titel", "stageplaats", "omschrijving kort"], required: true),
        FieldSpec("sector", "sector", required: true),
        FieldSpec("capacity", "plaatsen", aliases: ["capaciteit", "aantal plaatsen"], required: true),
        FieldSpec("daysPerWeek", "dagen per week", aliases: ["dagen"]),
        FieldSpec("hoursPerDay", "uren per dag", aliases: ["uren"]),
        FieldSpec("minimumAge", "minimumleeftijd", aliases: ["min leeftijd", "leeftijd"]),
        FieldSpec("requiredCertificates", "certificaten", aliases: ["vereiste certificaten"]),
        FieldSpec("description", "omschrijving", aliases: ["werkzaamheden"]),
    ]

    public static func read(_ values: [String: String], today: LocalDate) -> Result<PositionInput, FieldErrors> {
        var reader = FieldReader(values, fields: fields)
        let companyReference = reader.optionalText("companyReference", maxLength: 120)
        let title = reader.text("title", maxLength: 120)
        let sector = reader.value("sector", as: Sector.self, named: "sector")
        let capacity = reader.int("capacity", in: 1...50)
        let days = reader.int("daysPerWeek", in: 1...5, default: 2)
        // 9 hours is the legal daily maximum for 16–17-year-olds (Arbeidstijdenbesluit, DOMAIN.md table).
        let hours = reader.int("hoursPerDay", in: 1...9, default: 6)
        let minimumAge = reader.int("minimumAge", in: 13...18, default: 14)
        let certificates = reader.list("requiredCertificates", of: Certificate.self, named: "certificaat")
        let description = reader.optionalMultiLineText("%s", maxLength: 2000)
        if let errors = reader.result { return .failure(errors) }
        guard let sector, let capacity, let days, let hours, let minimumAge else { return .failure(FieldErrors([])) }
        return .success(PositionInput(
            companyReference: companyReference, title: title, sector: sector, capacity: capacity,
            daysPerWeek: days, hoursPerDay: hours, minimumAge: minimumAge,
            requiredCertificates: certificates, description: description))
    }
}
