import Fluent
import Foundation

/// Who changed what, when, from what to what. Written in the same transaction as the change itself.
final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "school_id") var schoolID: UUID?
    /// nil for the system (demo loader, command-line import without a user).
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: UUID
    @Field(key: "action") var action: String
    /// JSON object: field → [old, new].
    @Field(key: "changes") var changes: String
    @Field(key: "at") var at: Date

    init() {}
}
