/// A problem in an import file, pointing at the line and column a coordinator can find in their spreadsheet.
public struct ImportProblem: Error, Equatable, Sendable, Codable {
    /// 1-based line in the file; the header is line 1.
    public let line: Int
    /// The column header as the user knows it (Dutch label), or empty for a problem with the whole line.
    public let column: String
    public let message: String

    public init(line: Int, column: String, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// One good row of an import, with the line it came from.
public struct ImportRow<Input: FieldInput>: Sendable {
    public let line: Int
    public let input: Input
}

/// The outcome of reading a whole file: it may be imported only when `problems` is empty (all or nothing).
public struct ImportReading<Input: FieldInput>: Sendable {
    public var rows: [ImportRow<Input>]
    public var problems: [ImportProblem]
    public var ignoredColumns: [String]

    public var isClean: Bool { problems.isEmpty }
}

public enum TabularImport {
    /// Maps the header to fields, then reads every data row with the same validation the forms use.
    /// `records[0]` is the header; record *n* is reported as line *n + 1*.
    public static func read<Input: FieldInput>(
        _ type: Input.Type, records: [[String]], today: LocalDate
    ) -> ImportReading<Input> {
        guard let header = records.first, header.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else {
            return ImportReading(rows: [], problems: [ImportProblem(
                line: 1, column: "", message: "Het bestand is leeg of heeft geen kopregel.")], ignoredColumns: [])
        }
        var problems: [ImportProblem] = []
        var columnOfField: [String: Int] = [:]
        var ignored: [String] = []
        for (index, title) in header.enumerated() {
            let name = title.trimmingCharacters(in: .whitespaces)
            guard let spec = Input.fields.first(where: { $0.matches(header: name) }) else {
                if !name.isEmpty { ignored.append(name) }
                continue
            }
            if columnOfField[spec.code] != nil {
                problems.append(ImportProblem(line: 1, column: name,
                                              message: "De kolom ‘\(spec.label)’ staat twee keer in de kopregel."))
            }
            columnOfField[spec.code] = index
        }
        for spec in Input.fields where spec.required && columnOfField[spec.code] == nil {
            problems.append(ImportProblem(line: 1, column: spec.label,
                                          message: "De verplichte kolom ‘\(spec.label)’ ontbreekt in de kopregel."))
        }
        guard problems.isEmpty else { return ImportReading(rows: [], problems: problems, ignoredColumns: ignored) }

        var rows: [ImportRow<Input>] = []
        for (offset, record) in records.dropFirst().enumerated() {
            let line = offset + 2
            if record.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if record.count != header.count {
                problems.append(ImportProblem(line: line, column: "", message:
                    "Deze regel heeft \(record.count) velden, de kopregel \(header.count). Staat er een scheidingsteken te veel of te weinig?"))
                continue
            }
            let values = columnOfField.mapValues { record[$0] }
            switch Input.read(values, today: today) {
            case let .success(input):
                rows.append(ImportRow(line: line, input: input))
            case let .failure(errors):
                problems += errors.errors.map { ImportProblem(line: line, column: $0.label, message: $0.message) }
            }
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: 2, column: "", message: "Het bestand bevat geen gegevensregels."))
        }
        return ImportReading(rows: rows, problems: problems, ignoredColumns: ignored)
    }

    /// Reports every row whose key (e.g. a student number) already appeared earlier in the same file.
    public static func duplicateProblems<Input: FieldInput>(
        in rows: [ImportRow<Input>], column: String, key: (Input) -> String
    ) -> [ImportProblem] {
        var firstLine: [String: Int] = [:]
        var problems: [ImportProblem] = []
        for row in rows {
            let value = key(row.input).lowercased()
            if let earlier = firstLine[value] {
                problems.append(ImportProblem(line: row.line, column: column,
                                              message: "‘\(key(row.input))’ staat ook al op regel \(earlier)."))
            } else {
                firstLine[value] = row.line
            }
        }
        return problems
    }
}
