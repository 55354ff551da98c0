import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// Reads the live schema (SQLite or PostgreSQL): every table, its columns and its foreign keys. The per-person
/// export and the anonymisation start from this, so tables other features add later are covered without a list.
struct SchemaIntrospection {
    let tables: [String: [String]]
    /// The columns holding text (where a name or e-mail address could be written), per table.
    let textColumns: [String: [String]]
    let declared: [ColumnReference]

    static func read(_ db: any Database) async throws -> SchemaIntrospection {
        guard let sql = db as? any SQLDatabase else { throw PrivacyError.unsupportedDatabase }
        var tables: [String: [String]] = [:]
        var text: [String: [String]] = [:]
        var declared: [ColumnReference] = []
        if sql.dialect.name == "sqlite" {
            struct Name: Decodable { let name: String }
            let names = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .all(decoding: Name.self).map(\.name)
            struct Column: Decodable { let name: String; let type: String }
            struct Key: Decodable { let table: String; let from: String }
            for name in names where SQLIdentifierCheck.isPlain(name) {
                let columns = try await sql.raw("SELECT name, type FROM pragma_table_info(\(bind: name))").all(decoding: Column.self)
                tables[name] = columns.map(\.name)
                text[name] = columns.filter { $0.type.uppercased().contains("TEXT") }.map(\.name)
                for key in try await sql.raw("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(\(bind: name))").all(decoding: Key.self) {
                    declared.append(ColumnReference(table: name, column: key.from, referencedTable: key.table))
                }
            }
        } else {
            struct Column: Decodable { let table_name: String; let column_name: String; let data_type: String }
            for column in try await sql.raw("""
                SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type
                FROM information_schema.columns WHERE table_schema = current_schema()
                """).all(decoding: Column.self) {
                tables[column.table_name, default: []].append(column.column_name)
                if column.data_type == "text" || column.data_type == "character varying" {
                    text[column.table_name, default: []].append(column.column_name)
                }
            }
            struct Key: Decodable { let child: String; let column_name: String; let parent: String }
            for key in try await sql.raw("""
                SELECT c.conrelid::regclass::text AS child, a.attname AS column_name, c.confrelid::regclass::text AS parent
                FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
                """).all(decoding: Key.self) {
                declared.append(ColumnReference(table: Self.bare(key.child), column: key.column_name, referencedTable: Self.bare(key.parent)))
            }
        }
        return SchemaIntrospection(tables: tables, textColumns: text, declared: declared)
    }

    /// `"public"."students"` or `students` → `students`.
    private static func bare(_ name: String) -> String {
        String(name.split(separator: ".").last ?? Substring(name)).replacingOccurrences(of: "\"", with: "")
    }

    /// Every column that refers to a student, declared or by its name.
    var studentReferences: [ColumnReference] {
        ReferenceGraph.references(to: StudentModel.schema, declared: declared, columnsByTable: tables)
            .filter { SQLIdentifierCheck.isPlain($0.table) && SQLIdentifierCheck.isPlain($0.column) }
    }
}

enum PrivacyError: Error { case unsupportedDatabase, notFound }

/// Table and column names from the schema go into SQL as identifiers; only plain names are used at all.
enum SQLIdentifierCheck {
    static func isPlain(_ name: String) -> Bool {
        !name.isEmpty && name.count < 64 && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
