import Fluent
import StagelijnCore
import Vapor

/// Reads a CSV file completely, reports every problem with line and column, and stores it only when it is clean,
/// in one transaction: nothing of a file is ever half-imported. Used by the web pages and the command line.
struct ImportService {
    let db: any Database
    let schoolID: UUID
    let boardID: UUID
    let actor: Actor
    let now: Date

    struct Preview {
        var problems: [ImportProblem]
        var ignoredColumns: [String]
        /// Up to 25 rows as they will be stored, for the preview table.
        var sample: [(line: Int, cells: [String])]
        var header: [String]
        var newCount: Int
        var updateCount: Int
        var isClean: Bool { problems.isEmpty }
    }

    struct Rejected: Error { let problems: [ImportProblem] }

    /// Rows per file (besides the header).
    static let maximumRows = 5000

    func preview(_ kind: ImportKind, text: String) async throws -> Preview {
        try await plan(kind, text: text).preview
    }

    /// Imports the file, or throws `Rejected` with every problem and stores nothing.
    @discardableResult
    func commit(_ kind: ImportKind, text: String) async throws -> Preview {
        let plan = try await plan(kind, text: text)
        guard plan.preview.isClean else { throw Rejected(problems: plan.preview.problems) }
        try await db.transaction { tx in try await plan.store(Repositories(tx)) }
        return plan.preview
    }

    private struct Plan {
        var preview: Preview
        var store: @Sendable (Repositories) async throws -> Void
    }

    private func plan(_ kind: ImportKind, text: String) async throws -> Plan {
        let records: [[String]]
        switch CSVRecords.parse(text) {
        case let .success(parsed): records = parsed
        case let .failure(problem): return Plan(preview: .failed([problem]), store: { _ in })
        }
        // A school imports hundreds of rows; a file of tens of thousands is a mistake (and would take a minute).
        guard records.count <= Self.maximumRows + 1 else {
            return Plan(preview: .failed([ImportProblem(line: Self.maximumRows + 2, column: "",
                message: "Het bestand heeft \(records.count - 1) regels; importeer hoogstens \(Self.maximumRows) regels per keer. Splits het bestand.")]),
                        store: { _ in })
        }
        let today = LocalDate(now)
        switch kind {
        case .students: return try await planStudents(TabularImport.read(StudentInput.self, records: records, today: today))
        case .companies: return try await planCompanies(TabularImport.read(CompanyInput.self, records: records, today: today))
        case .positions: return try await planPositions(TabularImport.read(PositionInput.self, records: records, today: today))
        }
    }

    private func planStudents(_ reading: ImportReading<StudentInput>) async throws -> Plan {
        var problems = reading.problems
        problems += TabularImport.duplicateProblems(in: reading.rows, column: "leerlingnummer") { $0.studentNumber }
        let mentors = try await MentorDirectory.load(school: schoolID, on: db)
        var rows: [(input: StudentInput, mentorID: UUID?, existing: StudentModel?)] = []
        for row in reading.rows {
            switch mentors.resolve(row.input.mentorEmail) {
            case let .failure(error): problems.append(ImportProblem(line: row.line, column: error.label, message: error.message))
            case let .success(mentorID):
                let existing = try await FluentStudentRepository(db: db).find(number: row.input.studentNumber, school: schoolID)
                rows.append((row.input, mentorID, existing))
            }
        }
        let preview = Preview(
            problems: problems.sorted { $0.line < $1.line }, ignoredColumns: reading.ignoredColumns,
            sample: rows.prefix(25).enumerated().map { index, row in
                (reading.rows[index].line, [row.input.studentNumber, row.input.fullName, row.input.birthDate.dutch,
                                            row.input.className, row.existing == nil ? "nieuw" : "bijwerken"])
            },
            header: ["leerlingnummer", "naam", "geboortedatum", "klas", "actie"],
            newCount: rows.filter { $0.existing == nil }.count, updateCount: rows.filter { $0.existing != nil }.count)
        let (school, actor, now) = (schoolID, actor, now)
        let existingIDs = rows.map { $0.existing?.id }
        let inputs = rows.map { ($0.input, $0.mentorID) }
        return Plan(preview: preview) { repos in
            for (index, (input, mentorID)) in inputs.enumerated() {
                // Re-read inside the transaction so the update is based on the current row.
                let existing = try await existingIDs[index].asyncFlatMap {
                    try await repos.students.find($0, .wholeSchool(school, boardID: UUID()))
                }
                try await repos.students.save(input, mentorID: mentorID, existing: existing, school: school, actor: actor, at: now)
            }
        }
    }

    private func planCompanies(_ reading: ImportReading<CompanyInput>) async throws -> Plan {
        var problems = reading.problems
        problems += TabularImport.duplicateProblems(in: reading.rows, column: "naam") { "\($0.name) \($0.postcode)" }
        let known = try await FluentCompanyRepository(db: db).all(board: boardID)
        let matches = reading.rows.map { row in
            known.first { $0.name.lowercased() == row.input.name.lowercased() && $0.postcode == row.input.postcode }?.id
        }
        let preview = Preview(
            problems: problems.sorted { $0.line < $1.line }, ignoredColumns: reading.ignoredColumns,
            sample: reading.rows.prefix(25).enumerated().map { index, row in
                (row.line, [row.input.name, row.input.city, row.input.sectors.map(\.dutchName).joined(separator: ", "),
                            row.input.sbbStatus.dutchName, matches[index] == nil ? "nieuw" : "bijwerken"])
            },
            header: ["naam", "plaats", "sectoren", "SBB", "actie"],
            newCount: matches.filter { $0 == nil }.count, updateCount: matches.filter { $0 != nil }.count)
        let (board, actor, now) = (boardID, actor, now)
        let inputs = reading.rows.map(\.input)
        return Plan(preview: preview) { repos in
            for (index, input) in inputs.enumerated() {
                let existing = try await matches[index].asyncFlatMap { try await repos.companies.find($0, board: board) }
                try await repos.companies.save(input, existing: existing, board: board, actor: actor, at: now)
            }
        }
    }

    private func planPositions(_ reading: ImportReading<PositionInput>) async throws -> Plan {
        var problems = reading.problems
        var resolved: [(input: PositionInput, companyID: UUID)] = []
        var sample: [(line: Int, cells: [String])] = []
        let companies = FluentCompanyRepository(db: db)
        for row in reading.rows {
            guard let reference = row.input.companyReference else {
                problems.append(ImportProblem(line: row.line, column: "bedrijf",
                                              message: "Vul de naam of het SBB-nummer van het bedrijf in."))
                continue
            }
            guard let company = try await companies.find(reference: reference, board: boardID), let id = company.id else {
                problems.append(ImportProblem(line: row.line, column: "bedrijf", message:
                    "Bedrijf ‘\(reference)’ bestaat niet in Stagelijn. Importeer of voeg eerst het bedrijf toe."))
                continue
            }
            resolved.append((row.input, id))
            if sample.count < 25 {
                sample.append((row.line, [company.name, row.input.title, row.input.sector.dutchName, String(row.input.capacity), "nieuw"]))
            }
        }
        let preview = Preview(problems: problems.sorted { $0.line < $1.line }, ignoredColumns: reading.ignoredColumns,
                              sample: sample, header: ["bedrijf", "functie", "sector", "plaatsen", "actie"],
                              newCount: resolved.count, updateCount: 0)
        let (actor, now) = (actor, now)
        let rows = resolved
        return Plan(preview: preview) { repos in
            for row in rows {
                try await repos.positions.save(row.input, company: row.companyID, existing: nil, actor: actor, at: now)
            }
        }
    }
}

extension ImportService.Preview {
    static func failed(_ problems: [ImportProblem]) -> Self {
        .init(problems: problems, ignoredColumns: [], sample: [], header: [], newCount: 0, updateCount: 0)
    }
}
