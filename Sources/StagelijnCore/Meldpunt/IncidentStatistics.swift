/// One report as the statistics see it: categories and dates, never text, names or the company.
public struct IncidentFact: Sendable, Equatable {
    public var category: IncidentCategory
    public var grounds: [DiscriminationGround]
    public var phase: IncidentPhase
    public var mode: IncidentMode
    public var status: IncidentStatus
    public var sector: Sector?
    public var schoolType: SchoolType?
    public var receivedOn: LocalDate
    public var firstResponseOn: LocalDate?
    public var outcome: IncidentOutcome?

    public init(category: IncidentCategory, grounds: [DiscriminationGround] = [], phase: IncidentPhase, mode: IncidentMode,
                status: IncidentStatus, sector: Sector? = nil, schoolType: SchoolType? = nil, receivedOn: LocalDate,
                firstResponseOn: LocalDate? = nil, outcome: IncidentOutcome? = nil) {
        self.category = category
        self.grounds = grounds
        self.phase = phase
        self.mode = mode
        self.status = status
        self.sector = sector
        self.schoolType = schoolType
        self.receivedOn = receivedOn
        self.firstResponseOn = firstResponseOn
        self.outcome = outcome
    }
}

/// A table of counts, already suppressed: every cell and total is text ("12" or "< 5").
public struct StatisticsTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let label: String
        public let cells: [String]
        public let total: String
    }

    public let title: String
    public let columns: [String]
    public let rows: [Row]
}

/// Issue 12, item 6: counts by category, phase, sector, school type, ground and outcome over a period, and response
/// times — every cell below 5 shown as "< 5" (`SmallCellSuppression`).
public enum IncidentStatistics {
    public static func tables(_ facts: [IncidentFact], from: LocalDate, to: LocalDate, calendar: SchoolCalendar) -> [StatisticsTable] {
        let inPeriod = facts.filter { from <= $0.receivedOn && $0.receivedOn <= to }
        let phases = IncidentPhase.allCases
        func byPhase<Key>(_ title: String, _ keys: [(Key, String)], _ matches: (IncidentFact, Key) -> Bool) -> StatisticsTable {
            let rows = keys.map { key, label -> StatisticsTable.Row in
                let counts = phases.map { phase in inPeriod.filter { $0.phase == phase && matches($0, key) }.count }
                let (cells, total) = SmallCellSuppression.row(counts)
                return .init(label: label, cells: cells, total: total)
            }
            return StatisticsTable(title: title, columns: phases.map(\.dutchName), rows: rows)
        }
        let discrimination = inPeriod.filter { $0.category == .discrimination }
        let groundCounts = DiscriminationGround.allCases.map { ground in discrimination.filter { $0.grounds.contains(ground) }.count }
        let outcomes = inPeriod.filter { $0.status == .closed }
        let outcomeCounts = IncidentOutcome.allCases.map { outcome in outcomes.filter { $0.outcome == outcome }.count }
        return [
            byPhase("Meldingen per soort", IncidentCategory.allCases.map { ($0, $0.dutchName) }) { $0.category == $1 },
            byPhase("Per sector", Sector.allCases.map { Optional($0) }.map { ($0, $0?.dutchName ?? "") } + [(nil, "Onbekend")]) {
                $0.sector == $1
            },
            byPhase("Per opleiding", SchoolType.allCases.map { Optional($0) }.map { ($0, $0?.dutchName ?? "") } + [(nil, "Onbekend")]) {
                $0.schoolType == $1
            },
            byPhase("Wat de melder wilde", IncidentMode.allCases.map { ($0, $0 == .register ? "Alleen geteld" : "Opvolgen") }) {
                $0.mode == $1
            },
            singleColumn("Stagediscriminatie per grond (een melding kan meer gronden hebben)",
                         labels: DiscriminationGround.allCases.map(\.dutchName), counts: groundCounts),
            singleColumn("Uitkomst van afgeronde meldingen", labels: IncidentOutcome.allCases.map(\.dutchName), counts: outcomeCounts),
            responseTimes(inPeriod.filter { $0.mode == .followUp }, calendar: calendar),
        ]
    }

    static func singleColumn(_ title: String, labels: [String], counts: [Int]) -> StatisticsTable {
        let (cells, _) = SmallCellSuppression.row(counts)
        return StatisticsTable(title: title, columns: ["Aantal"],
                               rows: zip(labels, cells).map { .init(label: $0, cells: [$1], total: $1) })
    }

    /// Answered within 3 school days, later, or not yet — counts, suppressed like every other cell.
    static func responseTimes(_ followUps: [IncidentFact], calendar: SchoolCalendar) -> StatisticsTable {
        var onTime = 0, late = 0, waiting = 0
        for fact in followUps {
            guard let answered = fact.firstResponseOn else { waiting += 1; continue }
            if calendar.schoolDays(from: fact.receivedOn, to: answered) <= ResponseDeadline.schoolDays { onTime += 1 } else { late += 1 }
        }
        return singleColumn("Reactietijd bij opvolgen",
                            labels: ["Binnen 3 schooldagen", "Later dan 3 schooldagen", "Nog geen reactie"],
                            counts: [onTime, late, waiting])
    }

    /// CSV for the school's annual report: the same suppressed cells, `;`-separated (Dutch spreadsheets).
    public static func csv(_ tables: [StatisticsTable]) -> String {
        func field(_ text: String) -> String {
            let needsQuotes = text.contains(";") || text.contains("\"") || text.contains("\n")
            var safe = text.replacingOccurrences(of: "\"", with: "\"\"")
            // A cell starting with = + - @ would run as a formula in a spreadsheet.
            if let first = safe.first, "=+-@".contains(first) { safe = "'" + safe }
            return needsQuotes ? "\"\(safe)\"" : safe
        }
        var lines: [String] = []
        for table in tables {
            let withTotal = table.columns.count > 1
            lines.append(([table.title] + table.columns + (withTotal ? ["Totaal"] : [])).map(field).joined(separator: ";"))
            for row in table.rows {
                lines.append(([row.label] + row.cells + (withTotal ? [row.total] : [])).map(field).joined(separator: ";"))
            }
            lines.append("")
        }
        return lines.joined(separator: "\r\n")
    }
}
