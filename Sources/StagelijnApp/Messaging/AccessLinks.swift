import Fluent
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

    /// Creates a link and returns the token (shown once, in the message; never stored).
    static func create(placement: UUID, role: String, purpose: AccessLinkModel.Purpose, name: String, email: String,
                       createdBy: UUID?, at date: Date, expires: Date? = nil,
                       on db: any Database) async throws -> (link: AccessLinkModel, token: String) {
        let token = SecureToken.make()
        let link = AccessLinkModel()
        link.tokenHash = SecureToken.hash(token)
        link.purpose = purpose.rawValue
        link.$placement.id = placement
        link.role = role
        link.recipientName = name
        link.recipientEmail = email
        link.expiresAt = expires ?? date.addingTimeInterval(lifetime)
        link.$createdBy.id = createdBy
        try await link.create(on: db)
        return (link, token)
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
