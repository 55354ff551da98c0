import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// Everything Stagelijn holds about one student (AVG art. 15 and 20): the student's record and every row that hangs
/// from it in the live schema — placements, agreements with signatures, hours, visits, assessments, reports, whatever
/// tables exist today — plus the audit entries about the student and every one of those rows. Read in one pass over the
/// schema; binary files are listed with their size.
enum PersonalExport {
    struct Section: Sendable {
        let table: String
        let rows: [[String: JSONValue]]
    }

    struct Result: Sendable {
        let student: StudentModel
        let generatedAt: Date
        let sections: [Section]

        var json: JSONValue {
            [
                "soort": "Inzage- en overdrachtsexport (AVG art. 15 en 20)",
                "gemaakt": .string(generatedAt.formatted(.iso8601)),
                "leerling": .string(student.fullName),
                "tabellen": .object(Dictionary(uniqueKeysWithValues: sections.map { section in
                    (section.table, JSONValue.array(section.rows.map { .object($0) }))
                })),
            ]
        }
    }

    /// Tables that hold secrets of the system rather than data about the person.
    static let skippedColumns: Set<String> = ["password_hash", "token_hash", "search_text"]

    static func gather(_ studentID: UUID, school: UUID, now: Date, on db: any Database) async throws -> Result {
        guard let sql = db as? any SQLDatabase,
              let student = try await StudentModel.query(on: db).filter(\.$id == studentID).filter(\.$school.$id == school).first()
        else { throw PrivacyError.notFound }
        let schema = try await SchemaIntrospection.read(db)
        var ids: [String: [UUID]] = ["students": [studentID]]
        var sections = [Section(table: "students", rows: try await rows(sql, "students", "id", [studentID]))]
        // References by name (no declared key) count as edges too.
        let edges = Array(Set(schema.declared + schema.studentReferences))
        for (table, via) in ReferenceGraph.reachable(from: "students", declared: edges)
        where SQLIdentifierCheck.isPlain(table) && schema.tables[table]?.contains("id") == true {
            var found: [[String: JSONValue]] = []
            var seen = Set<String>()
            for reference in via where SQLIdentifierCheck.isPlain(reference.column) {
                guard let parents = ids[reference.referencedTable], !parents.isEmpty else { continue }
                for row in try await rows(sql, table, reference.column, parents) {
                    let key = row["id"]?.stringValue ?? UUID().uuidString
                    if seen.insert(key).inserted { found.append(row) }
                }
            }
            guard !found.isEmpty else { continue }
            ids[table] = found.compactMap { $0["id"]?.stringValue.flatMap(UUID.init(uuidString:)) }
            sections.append(Section(table: table, rows: found))
        }
        // Audit entries about the student or any row about them (a placement, its agreement, a visit, …).
        let subjects = ids.values.flatMap { $0 }
        let audit = try await rows(sql, "audit_entries", "entity_id", subjects)
        if !audit.isEmpty { sections.append(Section(table: "audit_entries", rows: audit)) }
        return Result(student: student, generatedAt: now, sections: sections)
    }

    private static func rows(_ sql: any SQLDatabase, _ table: String, _ column: String, _ values: [UUID]) async throws -> [[String: JSONValue]] {
        var result: [[String: JSONValue]] = []
        for chunk in stride(from: 0, to: values.count, by: 500).map({ Array(values[$0..<min(values.count, $0 + 500)]) }) {
            let found = try await sql.select().column(SQLLiteral.all).from(SQLIdentifier(table))
                .where(SQLIdentifier(column), .in, SQLBind.group(chunk)).all()
            result += found.map(value)
        }
        return result
    }

    /// A row as JSON, whatever its columns' types.
    private static func value(_ row: any SQLRow) -> [String: JSONValue] {
        var object: [String: JSONValue] = [:]
        for column in row.allColumns where !skippedColumns.contains(column) {
            if (try? row.decodeNil(column: column)) == true { object[column] = .null; continue }
            if let uuid = try? row.decode(column: column, as: UUID.self) { object[column] = .string(uuid.uuidString) }
            else if let text = try? row.decode(column: column, as: String.self) { object[column] = .string(text) }
            else if let number = try? row.decode(column: column, as: Int.self) { object[column] = .number(Double(number)) }
            else if let number = try? row.decode(column: column, as: Double.self) { object[column] = .number(number) }
            else if let flag = try? row.decode(column: column, as: Bool.self) { object[column] = .bool(flag) }
            else if let date = try? row.decode(column: column, as: Date.self) { object[column] = .string(date.formatted(.iso8601)) }
            else if let data = try? row.decode(column: column, as: Data.self) { object[column] = .string("[bestand, \(data.count) bytes]") }
            else { object[column] = .string("[niet leesbaar]") }
        }
        return object
    }
}
