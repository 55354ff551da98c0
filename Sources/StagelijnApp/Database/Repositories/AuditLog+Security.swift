import Fluent
import Foundation

/// Sign-ins, sign-outs, refused sign-ins and reads of sensitive records, in the same audit log as changes
/// (SECURITY.md: audit every read of sensitive data). A failed sign-in of an unknown account keeps no typed e-mail
/// address (it may be a typo or even a password); for a known account it is written to that user's school.
extension AuditLog {
    static let unknownEntity = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!

    static func recordLoginEvent(on db: any Database, event: String, email: String, address: String?,
                                 at date: Date) async throws {
        let user = try await UserModel.query(on: db).filter(\.$email == email).first()
        let school = try await user.flatMap { $0.id }.asyncMap { id in
            try await MembershipModel.query(on: db).filter(\.$user.$id == id).first()?.$school.id
        } ?? nil
        try await record(on: db, actor: Actor(userID: user?.id, name: user?.name ?? "onbekend account", schoolID: school),
                         entity: "inloggen", id: user?.id ?? unknownEntity, action: .create,
                         before: nil as [String: String]?, after: ["gebeurtenis": event, "adres": address ?? "onbekend"], at: date)
    }

    static func recordSignIn(on db: any Database, event: String, userID: UUID, name: String, schoolID: UUID,
                             address: String?, at date: Date) async throws {
        try await record(on: db, actor: Actor(userID: userID, name: name, schoolID: schoolID), entity: "inloggen", id: userID,
                         action: .create, before: nil as [String: String]?,
                         after: ["gebeurtenis": event, "adres": address ?? "onbekend"], at: date)
    }

    /// A read of a sensitive record (a student's file, an agreement with signatures, hours): who looked, when.
    static func recordRead(on db: any Database, actor: Actor, entity: String, id: UUID, at date: Date) async throws {
        try await record(on: db, actor: actor, entity: entity, id: id, action: .read,
                         before: nil as [String: String]?, after: ["bekeken": "ja"], at: date)
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
