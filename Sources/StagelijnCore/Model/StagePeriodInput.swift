/// A stage period of a school year: dates, and the days per week and hours per day of that phase.
public struct StagePeriodInput: FieldInput, Equatable, Codable {
    public var name: String
    public var schoolYear: String
    public var startDate: LocalDate
    public var endDate: LocalDate
    public var daysPerWeek: Int
    public var hoursPerDay: Int

    public init(name: String, schoolYear: String, startDate: LocalDate, endDate: LocalDate, daysPerWeek: Int, hoursPerDay: Int) {
        self.name = name
        self.schoolYear = schoolYear
        self.startDate = startDate
        self.endDate = endDate
        self.daysPerWeek = daysPerWeek
        self.hoursPerDay = hoursPerDay
    }

    public static let fields: [FieldSpec] = [
        FieldSpec("name", "naam", required: true),
        FieldSpec("schoolYear", "schooljaar", required: true),
        FieldSpec("startDate", "startdatum", required: true),
        FieldSpec("endDate", "einddatum", required: true),
        FieldSpec("daysPerWeek", "dagen per week", required: true),
        FieldSpec("hoursPerDay", "uren per dag", required: true),
    ]

    public static let maximumLengthInDays = 731

    public static func read(_ values: [String: String], today: LocalDate) -> Result<StagePeriodInput, FieldErrors> {
        var reader = FieldReader(values, fields: fields)
        let name = reader.text("name", maxLength: 80)
        let schoolYear = reader.text("schoolYear", maxLength: 9)
        if !schoolYear.isEmpty && SchoolYear(parsing: schoolYear) == nil {
            reader.fail("schoolYear", "Schrijf het schooljaar als 2026-2027.")
        }
        let start = reader.date("startDate")
        let end = reader.date("endDate")
        if let start, let end, end < start {
            reader.fail("endDate", "De einddatum ligt vóór de startdatum.")
        } else if let start, let end, start.days(until: end) > maximumLengthInDays {
            // A period is planned within a school year or two; a longer one is a typing error (and would make every
            // schedule check walk thousands of days).
            reader.fail("endDate", "Een stageperiode duurt hoogstens twee jaar.")
        }
        let days = reader.int("daysPerWeek", in: 1...5)
        let hours = reader.int("hoursPerDay", in: 1...9)
        if let errors = reader.result { return .failure(errors) }
        guard let start, let end, let days, let hours else { return .failure(FieldErrors([])) }
        return .success(StagePeriodInput(name: name, schoolYear: schoolYear, startDate: start, endDate: end,
                                         daysPerWeek: days, hoursPerDay: hours))
    }
}

/// A Dutch school year, 1 August to 31 July, written "2026-2027".
public struct SchoolYear: Hashable, Sendable {
    public let startYear: Int

    public init?(parsing text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]),
              parts[0].count == 4, second == first + 1 else { return nil }
        startYear = first
    }

    public init(containing date: LocalDate) {
        startYear = date.month >= 8 ? date.year : date.year - 1
    }

    public var name: String { "\(startYear)-\(startYear + 1)" }
}
