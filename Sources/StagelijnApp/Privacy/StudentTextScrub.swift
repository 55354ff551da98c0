import Foundation
import SQLKit
import StagelijnCore

/// Part of the anonymisation: the student's first name on its own ("Sem kwam op tijd") out of the free text about
/// the student. The full name, number and addresses are replaced everywhere; a first name alone is too common for
/// that (another Sem keeps his reports, "Semester" stays), so it is replaced only as a whole word, in any case, in
/// the rows about this student — every row reachable from the student's record in the live schema, and the audit
/// entries about those rows. Inside stored JSON only string values change, so the structure stays readable.
enum StudentTextScrub {
    /// Replaces `name` in the text columns of every row about the student (`replacement` is the record every
    /// reference points at by now; `formerID` the id the audit entries were written with). Returns the cells changed.
    static func firstName(_ name: String, replacement: UUID, formerID: UUID, placeholder: String,
                          schema: SchemaIntrospection, on sql: any SQLDatabase) async throws -> Int {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, let pattern = wordPattern(trimmed) else { return 0 }
        var rowsAbout = try await reachableRows(from: replacement, schema: schema, on: sql)
        let subjects = [formerID, replacement] + rowsAbout.values.flatMap { $0 }
        rowsAbout[AuditEntryModel.schema] = try await ids(sql, AuditEntryModel.schema, "entity_id", subjects)
        var changed = 0
        for (table, rowIDs) in rowsAbout where table != StudentModel.schema && !rowIDs.isEmpty {
            let columns = (schema.textColumns[table] ?? []).filter { SQLIdentifierCheck.isPlain($0) && $0 != "id" }
            guard SQLIdentifierCheck.isPlain(table), !columns.isEmpty else { continue }
            for chunk in chunks(rowIDs) {
                let rows = try await sql.select().columns(["id"] + columns)
                    .from(SQLIdentifier(table)).where(SQLIdentifier("id"), .in, SQLBind.group(chunk)).all()
                for row in rows {
                    guard let id = try? row.decode(column: "id", as: UUID.self) else { continue }
                    for column in columns {
                        guard let text = try? row.decode(column: column, as: String.self),
                              let scrubbed = scrub(text, pattern, placeholder) else { continue }
                        try await sql.update(table).set(SQLIdentifier(column), to: SQLBind(scrubbed))
                            .where(SQLIdentifier("id"), .equal, SQLBind(id)).run()
                        changed += 1
                    }
                }
            }
        }
        return changed
    }

    /// The text with every whole-word occurrence replaced, or nil when nothing changes. A JSON object or array keeps
    /// its keys: only its string values are scrubbed.
    static func scrub(_ text: String, _ pattern: NSRegularExpression, _ placeholder: String) -> String? {
        if UUID(uuidString: text) != nil { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard pattern.firstMatch(in: text, range: range) != nil else { return nil }
        if let first = text.first(where: { !$0.isWhitespace }), first == "{" || first == "[",
           let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) {
            let cleaned = scrubJSON(object, pattern, placeholder)
            guard let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys, .withoutEscapingSlashes])
            else { return nil }
            let result = String(decoding: data, as: UTF8.self)
            return result == text ? nil : result
        }
        let template = NSRegularExpression.escapedTemplate(for: placeholder)
        return pattern.stringByReplacingMatches(in: text, range: range, withTemplate: template)
    }

    private static func scrubJSON(_ value: Any, _ pattern: NSRegularExpression, _ placeholder: String) -> Any {
        switch value {
        case let text as String:
            let range = NSRange(text.startIndex..., in: text)
            return pattern.stringByReplacingMatches(in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: placeholder))
        case let object as [String: Any]: return object.mapValues { scrubJSON($0, pattern, placeholder) }
        case let array as [Any]: return array.map { scrubJSON($0, pattern, placeholder) }
        default: return value
        }
    }

    /// The name as a whole word: no letter, digit or underscore directly before or after it.
    static func wordPattern(_ name: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}_])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\p{L}\\p{N}_])",
                                 options: [.caseInsensitive])
    }

    /// The ids of every row that hangs (directly or through other rows) from the student, per table.
    static func reachableRows(from student: UUID, schema: SchemaIntrospection, on sql: any SQLDatabase) async throws -> [String: [UUID]] {
        var found: [String: [UUID]] = [StudentModel.schema: [student]]
        let edges = Array(Set(schema.declared + schema.studentReferences))
        for (table, via) in ReferenceGraph.reachable(from: StudentModel.schema, declared: edges)
        where SQLIdentifierCheck.isPlain(table) && schema.tables[table]?.contains("id") == true {
            var rows = Set<UUID>()
            for reference in via where SQLIdentifierCheck.isPlain(reference.column) {
                guard let parents = found[reference.referencedTable], !parents.isEmpty else { continue }
                rows.formUnion(try await ids(sql, table, reference.column, parents))
            }
            if !rows.isEmpty { found[table] = Array(rows) }
        }
        return found
    }

    private static func ids(_ sql: any SQLDatabase, _ table: String, _ column: String, _ values: [UUID]) async throws -> [UUID] {
        var result: [UUID] = []
        for chunk in chunks(values) {
            result += try await sql.select().column(SQLIdentifier("id")).from(SQLIdentifier(table))
                .where(SQLIdentifier(column), .in, SQLBind.group(chunk)).all()
                .compactMap { try? $0.decode(column: "id", as: UUID.self) }
        }
        return result
    }

    private static func chunks(_ values: [UUID]) -> [[UUID]] {
        stride(from: 0, to: values.count, by: 500).map { Array(values[$0..<min(values.count, $0 + 500)]) }
    }
}
