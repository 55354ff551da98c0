import Fluent
import Foundation

/// Who is making a change: a signed-in user, or the system (demo loader, command-line import).
struct Actor: Sendable {
    let userID: UUID?
    let name: String
    let schoolID: UUID?

    static func system(_ name: String, schoolID: UUID? = nil) -> Actor { Actor(userID: nil, name: name, schoolID: schoolID) }
}

extension CurrentUser {
    var actor: Actor { Actor(userID: userID, name: name, schoolID: schoolID) }
}

/// Writes audit entries. Always call it with the transaction's database, so the entry and the change commit together.
enum AuditLog {
    enum Action: String { case create, update, delete, statusChange = "status", read }

    static func record<Value: Encodable>(on db: any Database, actor: Actor, entity: String, id: UUID,
                                         action: Action, before: Value?, after: Value?, at date: Date) async throws {
        let changes = diff(flatten(before), flatten(after))
        guard action != .update || !changes.isEmpty else { return }
        let entry = AuditEntryModel()
        entry.schoolID = actor.schoolID
        entry.actorID = actor.userID
        entry.actorName = actor.name
        entry.entity = entity
        entry.entityID = id
        entry.action = action.rawValue
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        entry.changes = String(decoding: try encoder.encode(changes), as: UTF8.self)
        entry.at = date
        try await entry.create(on: db)
    }

    /// Field → [old, new] for every field that differs. Missing values are written as "".
    static func diff(_ before: [String: String], _ after: [String: String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
            result[key] = [before[key] ?? "", after[key] ?? ""]
        }
        return result
    }

    /// A value's top-level fields as text, via its Codable form.
    static func flatten<Value: Encodable>(_ value: Value?) -> [String: String] {
        guard let value, let data = try? JSONEncoder().encode(value),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object.mapValues { item in
            switch item {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            case let list as [Any]: list.map { "\($0)" }.joined(separator: ",")
            case is NSNull: ""
            default: (try? JSONSerialization.data(withJSONObject: item)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            }
        }
    }
}
