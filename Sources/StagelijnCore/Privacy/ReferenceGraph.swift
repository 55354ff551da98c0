/// A column of one table that refers to rows of another (a foreign key, or a `…_id` column named after a table
/// that the schema did not declare as one). Found by reading the database's own schema, so tables added later are
/// covered without a hand-kept list.
public struct ColumnReference: Hashable, Sendable, Codable {
    public let table: String
    public let column: String
    public let referencedTable: String

    public init(table: String, column: String, referencedTable: String) {
        self.table = table
        self.column = column
        self.referencedTable = referencedTable
    }
}

public enum ReferenceGraph {
    /// Every reference to `table`, declared or by name (`student_id` → `students`): the declared ones plus, for every
    /// column called `<singular>_id` in a table that has no declared reference on that column, a reference by name.
    public static func references(to table: String, declared: [ColumnReference],
                                  columnsByTable: [String: [String]]) -> [ColumnReference] {
        let singular = table.hasSuffix("s") ? String(table.dropLast()) : table
        var found = Set(declared.filter { $0.referencedTable == table })
        let declaredColumns = Set(declared.map { "\($0.table).\($0.column)" })
        for (other, columns) in columnsByTable where other != table {
            for column in columns where column == "\(singular)_id" && !declaredColumns.contains("\(other).\(column)") {
                found.insert(ColumnReference(table: other, column: column, referencedTable: table))
            }
        }
        return found.sorted { ($0.table, $0.column) < ($1.table, $1.column) }
    }

    /// The tables whose rows hang (directly or through other rows) from `root`, breadth first, each with the
    /// references that lead to it. Used to gather everything about one student for the per-person export.
    public static func reachable(from root: String, declared: [ColumnReference]) -> [(table: String, via: [ColumnReference])] {
        var order: [String] = []
        var via: [String: [ColumnReference]] = [:]
        var queue = [root]
        var seen: Set<String> = [root]
        while !queue.isEmpty {
            let parent = queue.removeFirst()
            for reference in declared where reference.referencedTable == parent && reference.table != root {
                via[reference.table, default: []].append(reference)
                if seen.insert(reference.table).inserted {
                    order.append(reference.table)
                    queue.append(reference.table)
                }
            }
        }
        return order.map { ($0, via[$0] ?? []) }
    }
}
