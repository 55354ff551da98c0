import Fluent
import SQLKit
import Foundation
import Vapor

/// Personal links for people without an account (a parent, the praktijkbegeleider): a 256-bit random token in
/// the URL, only its SHA-256 in the database; one purpose, one placement, one role; expiring and revocable.
enum AccessLinks {
    static let lifetime: TimeInterval = 14 * 24 * 3600

    enum Problem: Error, Equatable {
        case unknown, expired, revoked, used

        var status: HTTPStatus { self == .unknown ? .notFound : .gone }
        var dutchMessage: String {
            switch self {
            case .unknown: "Deze link bestaat niet. Controleer of u de hele link uit het bericht hebt gebruikt."
            case .expired: "Deze link is verlopen. Vraag de school om een nieuwe."
            case .revoked: "Deze link is ingetrokken door de school. Vraag de school om een nieuwe."
            case .used: "Deze link is al gebruikt; er is al getekend. Vraag de school als u opnieuw moet tekenen."
            }
        }
    }

    /// Creates a link that cannot be opened yet: its token is made when the message carrying it is delivered
    /// (`issueToken`), so no token is ever stored, not even in the outbox.
    static func create(placement: UUID, role: String, purpose: AccessLinkModel.Purpose, name: String, email: String,
                       createdBy: UUID?, at date: Date, expires: Date? = nil,
                       on db: any Database) async throws -> AccessLinkModel {
        let link = AccessLinkModel()
        // The hash of a token nobody ever sees: the link resolves to nothing until it is issued.
        link.tokenHash = SecureToken.hash(SecureToken.make())
        link.purpose = purpose.rawValue
        link.$placement.id = placement
        link.role = role
        link.recipientName = name
        link.recipientEmail = email
        link.expiresAt = expires ?? date.addingTimeInterval(lifetime)
        link.$createdBy.id = createdBy
        try await link.create(on: db)
        return link
    }

    /// A new token for the link, for the message about to be sent; an earlier token of the same link stops working.
    static func issueToken(_ link: AccessLinkModel, on db: any Database) async throws -> String {
        let token = SecureToken.make()
        link.tokenHash = SecureToken.hash(token)
        try await link.save(on: db)
        return token
    }

    /// The path a token opens: `/teken/…` to sign, `/uren/…` to confirm hours, `/uren-overzicht/…` for all students' hours.
    static func path(_ purpose: AccessLinkModel.Purpose, token: String) -> String {
        switch purpose {
        case .signAgreement: "/teken/\(token)"
        case .confirmHours: "/uren/\(token)"
        case .confirmHoursDigest: "/uren-overzicht/\(token)"
        }
    }

    /// Revokes the open links of a placement for one role and purpose (a new invitation replaces them). Signing and
    /// hours links are separate purposes: inviting the company to sign leaves its hours link alone.
    static func revokeOpen(placement: UUID, role: String, purpose: AccessLinkModel.Purpose, at date: Date,
                           on db: any Database) async throws {
        try await AccessLinkModel.query(on: db).filter(\.$placement.$id == placement).filter(\.$role == role)
            .filter(\.$purpose == purpose.rawValue).filter(\.$usedAt == nil).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: date).update()
    }

    /// Marks a signing link used, atomically: of several requests with the same link, exactly one gets true.
    /// One conditional update (`… WHERE used_at IS NULL`) whose returned rows say whether this request won; run it
    /// first in the transaction that records the signature.
    static func claim(_ link: AccessLinkModel, at date: Date, on db: any Database) async throws -> Bool {
        try await SQLClaim.setOnce(AccessLinkModel.schema, id: link.requireID(), column: "used_at", to: date,
                                   requiringNull: ["revoked_at"], on: db)
    }

    /// The link for a token and purpose, if it may still be used at `now`.
    static func resolve(_ token: String, purpose: AccessLinkModel.Purpose, now: Date,
                        on db: any Database) async throws -> Result<AccessLinkModel, Problem> {
        guard token.count >= 40, token.count <= 64,
              let link = try await AccessLinkModel.query(on: db).filter(\.$tokenHash == SecureToken.hash(token))
                .filter(\.$purpose == purpose.rawValue).first()
        else { return .failure(.unknown) }
        if link.revokedAt != nil { return .failure(.revoked) }
        if link.expiresAt <= now { return .failure(.expired) }
        if purpose == .signAgreement, link.usedAt != nil { return .failure(.used) }
        return .success(link)
    }
}
