import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// Outflow and dropout figures without names, counted by the database — for the quality dashboard (issue 13).
enum OutflowFigures {
    /// The leavers of `schoolYear` at the three peildata (1 November after leaving, one and two years later): the
    /// destination of each leaver is the latest observation on or before the peildatum. A peildatum still to come
    /// gives an empty share (`rate == nil`).
    static func load(school: UUID, schoolYear: SchoolYear, today: LocalDate, on db: any Database) async throws -> OutflowNorms.Figures {
        guard let sql = db as? any SQLDatabase else { return OutflowNorms.figures([]) }
        struct Count: Decodable { let n: Int }
        let leavers = try await sql.raw("""
            SELECT CAST(COUNT(*) AS BIGINT) AS n FROM outflows WHERE school_id = \(bind: school) AND school_year = \(bind: schoolYear.name)
            """).first(decoding: Count.self)?.n ?? 0
        var perPeildatum: [[OutflowDestination: Int]] = []
        for years in 0...2 {
            let day = LocalDate(year: schoolYear.startYear + 1 + years, month: 11, day: 1) ?? today
            perPeildatum.append(day <= today ? try await counts(school: school, schoolYear: schoolYear, on: day, leavers: leavers, sql: sql) : [:])
        }
        return OutflowNorms.figures(leavers: leavers, atStart: perPeildatum[0], afterOneYear: perPeildatum[1], afterTwoYears: perPeildatum[2])
    }

    private static func counts(school: UUID, schoolYear: SchoolYear, on day: LocalDate, leavers: Int,
                               sql: any SQLDatabase) async throws -> [OutflowDestination: Int] {
        struct Row: Decodable { let destination: String; let n: Int }
        let rows = try await sql.raw("""
            SELECT ob.destination AS destination, CAST(COUNT(*) AS BIGINT) AS n
            FROM outflows o JOIN outflow_observations ob ON ob.outflow_id = o.id
            WHERE o.school_id = \(bind: school) AND o.school_year = \(bind: schoolYear.name)
              AND ob.observed_on = (SELECT MAX(x.observed_on) FROM outflow_observations x
                                    WHERE x.outflow_id = o.id AND x.observed_on <= \(bind: day.iso))
            GROUP BY ob.destination
            """).all(decoding: Row.self)
        var result: [OutflowDestination: Int] = [:]
        for row in rows { result[OutflowDestination(rawValue: row.destination) ?? .unknown, default: 0] += row.n }
        // A leaver without any observation before the peildatum counts as unknown (not placed).
        let seen = result.values.reduce(0, +)
        if leavers > seen { result[.unknown, default: 0] += leavers - seen }
        return result
    }

    /// Dropouts of `schoolYear`: total, still without a next step, per cause (a cause not yet recorded is left out of
    /// `byCause`).
    static func dropouts(school: UUID, schoolYear: SchoolYear, on db: any Database) async throws -> DropoutFigures {
        guard let sql = db as? any SQLDatabase else { return DropoutFigures(total: 0, open: 0, byCause: [:]) }
        struct Row: Decodable { let cause: String?; let total: Int; let open: Int }
        let rows = try await sql.raw("""
            SELECT cause, CAST(COUNT(*) AS BIGINT) AS total,
                   CAST(SUM(CASE WHEN next_step IS NULL THEN 1 ELSE 0 END) AS BIGINT) AS open
            FROM dropouts WHERE school_id = \(bind: school) AND school_year = \(bind: schoolYear.name)
            GROUP BY cause
            """).all(decoding: Row.self)
        var byCause: [DropoutCause: Int] = [:]
        for row in rows { if let cause = row.cause.flatMap(DropoutCause.init(rawValue:)) { byCause[cause] = row.total } }
        return DropoutFigures(total: rows.reduce(0) { $0 + $1.total }, open: rows.reduce(0) { $0 + $1.open }, byCause: byCause)
    }
}
