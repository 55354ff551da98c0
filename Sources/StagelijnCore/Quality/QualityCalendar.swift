/// The kwaliteitszorgkalender (issue 13, Inspectie): quality activities that come back every school year, each with
/// an owner and a due date, a status and the evidence (notes, decisions). An open activity past its due date is
/// overdue and shows on its owner's home page.
public struct QualityActivityTemplate: Equatable, Sendable {
    public var key: String
    public var title: String
    public var purpose: String
    public var owner: Role
    /// Month and day of the due date; months August–December fall in the school year's first calendar year.
    public var dueMonth: Int
    public var dueDay: Int

    public init(key: String, title: String, purpose: String, owner: Role, dueMonth: Int, dueDay: Int) {
        self.key = key
        self.title = title
        self.purpose = purpose
        self.owner = owner
        self.dueMonth = dueMonth
        self.dueDay = dueDay
    }

    /// The due date in a school year; 29 February becomes 28 February in a year without it.
    public func dueDate(in year: SchoolYear) -> LocalDate {
        let calendarYear = dueMonth >= 8 ? year.startYear : year.startYear + 1
        return LocalDate(year: calendarYear, month: dueMonth, day: dueDay)
            ?? LocalDate(year: calendarYear, month: dueMonth, day: 28)!
    }
}

public enum QualityActivityStatus: String, CaseIterable, Codable, Sendable {
    case open = "open"
    case done = "afgerond"
    case skipped = "vervallen"

    public var dutchName: String {
        switch self {
        case .open: "open"
        case .done: "afgerond"
        case .skipped: "vervallen (met reden)"
        }
    }
}

public enum QualityCalendar {
    /// The default activities of a school year.
    public static let defaults: [QualityActivityTemplate] = [
        .init(key: "stageteam-najaar", title: "Stageteamoverleg najaar",
              purpose: "Het stageteam bespreekt de start van de stages: overeenkomsten, bezoeken, eerste signalen.",
              owner: .coordinator, dueMonth: 10, dueDay: 15),
        .init(key: "uitstroommonitor", title: "Uitstroommonitor: peildatum 1 november",
              purpose: "Vastleggen waar de schoolverlaters van vorig schooljaar op 1 november zijn (werk, opleiding, dagbesteding), en na 1 en 2 jaar.",
              owner: .coordinator, dueMonth: 11, dueDay: 1),
        .init(key: "jaarverslag-meldpunt", title: "Jaarverslag meldpunt",
              purpose: "Aantallen meldingen, soorten, reactietijden en maatregelen van het vorige schooljaar, zonder namen.",
              owner: .leadership, dueMonth: 12, dueDay: 1),
        .init(key: "evaluatieronde-1", title: "Evaluatieronde stageperiode 1",
              purpose: "De evaluaties van de eerste stageperiode bespreken: respons per perspectief, uitkomsten, acties.",
              owner: .coordinator, dueMonth: 2, dueDay: 15),
        .init(key: "stageteam-voorjaar", title: "Stageteamoverleg voorjaar",
              purpose: "Het stageteam bespreekt de kwaliteitseisen halverwege het jaar en stuurt bij.",
              owner: .coordinator, dueMonth: 3, dueDay: 15),
        .init(key: "curriculum", title: "Evaluatie stagecurriculum en bedrijvenkeuze",
              purpose: "De uitkomsten van evaluaties, meldingen en beoordelingen terugleggen in het curriculum en de keuze van bedrijven.",
              owner: .leadership, dueMonth: 6, dueDay: 15),
        .init(key: "evaluatieronde-2", title: "Evaluatieronde stageperiode 2 en jaarrapport",
              purpose: "De evaluaties van de tweede periode bespreken en het jaarrapport stagekwaliteit vaststellen.",
              owner: .leadership, dueMonth: 7, dueDay: 10),
    ]

    /// Overdue: still open and its due date is before today.
    public static func isOverdue(status: QualityActivityStatus, dueOn: LocalDate, today: LocalDate) -> Bool {
        status == .open && dueOn < today
    }

    /// The school years a calendar page offers: the current one, the one before and the next.
    public static func years(around today: LocalDate) -> [SchoolYear] {
        let current = SchoolYear(containing: today)
        return [-1, 0, 1].compactMap { SchoolYear(parsing: "\(current.startYear + $0)-\(current.startYear + $0 + 1)") }
    }

    /// Reads a status change as typed: done needs evidence (notes or decisions), skipped needs a reason.
    public static func readUpdate(status: String, notes: String, decisions: String) -> Result<(QualityActivityStatus, String, String), QualityProblems> {
        guard let status = QualityActivityStatus(rawValue: status) else { return .failure(QualityProblems(["Status: kies open, afgerond of vervallen."])) }
        let notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        let decisions = decisions.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [String] = []
        if status == .done && notes.isEmpty && decisions.isEmpty {
            problems.append("Verslag: schrijf kort op wat er is gedaan of besloten; dat is het bewijs voor de kwaliteitszorg.")
        }
        if status == .skipped && notes.isEmpty { problems.append("Verslag: schrijf op waarom deze activiteit vervalt.") }
        if notes.count > 5000 { problems.append("Verslag: gebruik hoogstens 5000 tekens.") }
        if decisions.count > 5000 { problems.append("Besluiten: gebruik hoogstens 5000 tekens.") }
        return problems.isEmpty ? .success((status, notes, decisions)) : .failure(QualityProblems(problems))
    }
}
