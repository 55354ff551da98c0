import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// What needs the coordinator's attention now, counted by the database (SwiftPackageIndex-style read model: only the
/// numbers the page shows). Each figure links to the place where it is fixed.
struct CoordinatorAttention {
    struct LevelRow: Equatable { let level: Int; let students: Int; let placed: Int; var open: Int { students - placed } }

    var levels: [LevelRow] = []
    var agreementsNotSent = 0
    var awaitingSignatures = 0
    var linksExpiringSoon = 0
    var runningWithoutSignedAgreement = 0
    var hourDaysUnconfirmed = 0
    var correctionsAsked = 0
    var daysWithViolations = 0
    var companyDeclines = 0

    /// Students from this year level on are expected to be on a stage (pro years 3–5, DOMAIN.md "The stage line").
    static let firstStageYear = 3
    /// A personal link that expires within this many days is worth a reminder.
    static let expiringWithinDays = 3
    /// The company confirms weekly; a day still open a week later needs a nudge.
    static let unconfirmedAfterDays = 7

    static func load(school: UUID, period: StagePeriodModel?, today: LocalDate, now: Date,
                     on db: any Database) async throws -> CoordinatorAttention {
        guard let sql = db as? any SQLDatabase else { return CoordinatorAttention() }
        var result = CoordinatorAttention()
        if let periodID = period?.id {
            result.levels = try await levels(school: school, period: periodID, today: today, on: sql)
            result.companyDeclines = try await CompanyDeclineModel.query(on: db).filter(\.$school.$id == school)
                .join(PlacementModel.self, on: \CompanyDeclineModel.$placement.$id == \PlacementModel.$id)
                .filter(PlacementModel.self, \.$period.$id == periodID).count()
        }
        result.agreementsNotSent = try await count(sql, """
            SELECT COUNT(*) AS n FROM placements p WHERE p.school_id = \(bind: school) AND p.status IN ('introduction', 'agreement')
            AND NOT EXISTS (SELECT 1 FROM agreements a WHERE a.placement_id = p.id AND a.sent_at IS NOT NULL)
            """)
        result.awaitingSignatures = try await count(sql, """
            SELECT COUNT(*) AS n FROM placements p WHERE p.school_id = \(bind: school) AND p.status = 'agreement'
            AND EXISTS (SELECT 1 FROM agreements a WHERE a.placement_id = p.id AND a.sent_at IS NOT NULL)
            """)
        result.linksExpiringSoon = try await count(sql, """
            SELECT COUNT(*) AS n FROM access_links l JOIN placements p ON p.id = l.placement_id
            WHERE p.school_id = \(bind: school) AND l.purpose = 'ondertekenen' AND l.used_at IS NULL AND l.revoked_at IS NULL
            AND l.expires_at > \(bind: now) AND l.expires_at <= \(bind: now.addingTimeInterval(Double(expiringWithinDays) * 86400))
            """)
        result.runningWithoutSignedAgreement = try await count(sql, """
            SELECT COUNT(*) AS n FROM placements p JOIN students s ON s.id = p.student_id
            WHERE p.school_id = \(bind: school) AND p.status = 'active' AND NOT \(unsafeRaw: AgreementSQL.fullySigned)
            """)
        let weekAgo = today.adding(days: -unconfirmedAfterDays).iso
        result.hourDaysUnconfirmed = try await count(sql, """
            SELECT COUNT(*) AS n FROM hour_entries h JOIN placements p ON p.id = h.placement_id
            WHERE p.school_id = \(bind: school) AND h.confirmed_at IS NULL AND h.company_comment IS NULL AND h.date <= \(bind: weekAgo)
            """)
        result.correctionsAsked = try await count(sql, """
            SELECT COUNT(*) AS n FROM hour_entries h JOIN placements p ON p.id = h.placement_id
            WHERE p.school_id = \(bind: school) AND h.confirmed_at IS NULL AND h.company_comment IS NOT NULL
            """)
        result.daysWithViolations = try await count(sql, """
            SELECT COUNT(*) AS n FROM hour_entries h JOIN placements p ON p.id = h.placement_id
            WHERE p.school_id = \(bind: school) AND p.status = 'active' AND h.violations <> ''
            """)
        return result
    }

    /// Students per year level (from the first stage year) against those with a stage in the period that was not
    /// ended early. Former students (left school by today) are not counted.
    private static func levels(school: UUID, period: UUID, today: LocalDate, on sql: any SQLDatabase) async throws -> [LevelRow] {
        struct Row: Decodable { let level: Int; let n: Int }
        let students = try await sql.raw("""
            SELECT s.school_year_level AS level, COUNT(*) AS n
            FROM students s WHERE s.school_id = \(bind: school) AND s.school_year_level >= \(bind: firstStageYear)
            AND \(StudentDepartureModel.stillAtSchoolSQL("s", on: today))
            GROUP BY s.school_year_level ORDER BY s.school_year_level
            """).all(decoding: Row.self)
        let placed = try await sql.raw("""
            SELECT s.school_year_level AS level, COUNT(DISTINCT s.id) AS n FROM students s
            JOIN placements p ON p.student_id = s.id
            WHERE s.school_id = \(bind: school) AND s.school_year_level >= \(bind: firstStageYear)
            AND p.period_id = \(bind: period) AND p.status <> 'terminated'
            AND \(StudentDepartureModel.stillAtSchoolSQL("s", on: today))
            GROUP BY s.school_year_level
            """).all(decoding: Row.self)
        let placedByLevel = Dictionary(placed.map { ($0.level, $0.n) }, uniquingKeysWith: +)
        return students.map { LevelRow(level: $0.level, students: $0.n, placed: placedByLevel[$0.level] ?? 0) }
    }

    static func count(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        struct Row: Decodable { let n: Int }
        return try await sql.raw(query).first(decoding: Row.self)?.n ?? 0
    }
}
