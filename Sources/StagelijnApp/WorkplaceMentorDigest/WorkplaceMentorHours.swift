import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// Who a placement's praktijkbegeleider is, in SQL: the one stored on the placement (migration 021) or else the
/// company's contact person — the same rule as `AgreementContacts.workplaceMentor`. One praktijkbegeleider is one
/// e-mail address (case and spaces ignored) within one school; a school never sees another school's placements.
enum WorkplaceMentorHours {
    private static let fromSQL = """
        FROM placements p
        JOIN students s ON s.id = p.student_id
        JOIN positions pos ON pos.id = p.position_id
        JOIN companies c ON c.id = pos.company_id
        LEFT JOIN workplace_mentors wm ON wm.placement_id = p.id
        """
    private static let emailSQL = """
        LOWER(TRIM(CASE WHEN wm.id IS NOT NULL THEN wm.email
          WHEN TRIM(COALESCE(c.contact_name, '')) <> '' THEN c.contact_email END))
        """
    private static let nameSQL = "CASE WHEN wm.id IS NOT NULL THEN wm.name ELSE c.contact_name END"

    /// One day that waits for the company's confirmation, with whom it waits for.
    struct OpenDay: Decodable {
        let school_id: UUID
        let placement_id: UUID
        let first_name: String
        let last_name: String
        let mentor_name: String?
        let mentor_email: String?
        let date: String

        var studentName: String { "\(first_name) \(last_name)" }
    }

    /// Every unconfirmed day of every school with its praktijkbegeleider's address; only the columns the mail needs.
    static func openDays(on db: any Database) async throws -> [OpenDay] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.raw("""
            SELECT p.school_id, p.id AS placement_id, s.first_name, s.last_name, \(unsafeRaw: nameSQL) AS mentor_name,
              \(unsafeRaw: emailSQL) AS mentor_email, h.date
            \(unsafeRaw: fromSQL)
            JOIN hour_entries h ON h.placement_id = p.id
            WHERE h.confirmed_at IS NULL
            """).all(decoding: OpenDay.self)
    }

    /// The placements of one school whose praktijkbegeleider has this address: what a weekly link may show.
    static func placements(school: UUID, email: String, on db: any Database) async throws -> [UUID] {
        guard let sql = db as? any SQLDatabase else { return [] }
        struct Row: Decodable { let id: UUID }
        return try await sql.raw("""
            SELECT p.id \(unsafeRaw: fromSQL)
            WHERE p.school_id = \(bind: school) AND \(unsafeRaw: emailSQL) = \(bind: WorkplaceMentorDigestRules.normalizedEmail(email))
            """).all(decoding: Row.self).map(\.id)
    }
}
