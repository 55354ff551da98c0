import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Vapor

/// One row of a stage list (`/stages`, a student's page): the columns the table shows, read by SQL into a plain
/// value (issue 16) instead of a placement with its student, position, company and period loaded as models.
struct PlacementRow: Decodable, Sendable {
    let id: UUID
    let status: String
    let first_name: String
    let last_name: String
    let company_name: String
    let position_title: String
    let period_name: String

    var studentName: String { "\(first_name) \(last_name)" }
    var placementStatus: PlacementStatus { PlacementStatus(rawValue: status) ?? .proposed }
}

extension PlacementRow {
    /// The same row from a placement loaded with its student, position (with company) and period.
    init(_ placement: PlacementModel) {
        self.init(id: placement.id ?? UUID(), status: placement.status.rawValue,
                  first_name: placement.$student.value?.firstName ?? "", last_name: placement.$student.value?.lastName ?? "",
                  company_name: placement.$position.value?.$company.value?.name ?? "",
                  position_title: placement.$position.value?.title ?? "", period_name: placement.$period.value?.name ?? "")
    }
}

/// The stage list of a school as the visibility allows, filtered and paged by the database.
enum PlacementRows {
    static let perPage = 100

    static func page(_ visibility: Visibility, filter: PlacementFilter, page: Int, perPage: Int = perPage,
                     on db: any Database) async throws -> Page<PlacementRow> {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        var conditions: [SQLQueryString] = ["p.school_id = \(bind: visibility.schoolID)"]
        switch visibility.scope {
        case .school: break
        case .mentees: conditions.append("s.mentor_id = \(bind: visibility.userID ?? UUID())")
        case .linkedStudents:
            conditions.append(visibility.linkedStudentIDs.isEmpty ? "1 = 0" : "p.student_id IN (\(binds: visibility.linkedStudentIDs))")
        case .none: conditions.append("1 = 0")
        }
        if let status = filter.status { conditions.append("p.status = \(bind: status.rawValue)") }
        if let period = filter.periodID { conditions.append("p.period_id = \(bind: period)") }
        if let student = filter.studentID { conditions.append("p.student_id = \(bind: student)") }
        var whereClause: SQLQueryString = "WHERE "
        for (index, condition) in conditions.enumerated() {
            if index > 0 { whereClause = whereClause + " AND " }
            whereClause = whereClause + condition
        }
        let from: SQLQueryString = "FROM placements p JOIN students s ON s.id = p.student_id "
        struct Count: Decodable { let n: Int }
        let total = try await sql.raw("SELECT COUNT(*) AS n " + from + " " + whereClause).first(decoding: Count.self)?.n ?? 0
        let pageCount = max(1, (total + perPage - 1) / perPage)
        let current = min(max(1, page), pageCount)
        let select: SQLQueryString = """
            SELECT p.id, p.status, s.first_name, s.last_name, c.name AS company_name, po.title AS position_title,
              sp.name AS period_name
            """
        let joins: SQLQueryString = """
            JOIN positions po ON po.id = p.position_id JOIN companies c ON c.id = po.company_id
            JOIN stage_periods sp ON sp.id = p.period_id
            """
        let order: SQLQueryString = """
            ORDER BY s.last_name, s.first_name, sp.start_date DESC, p.id
            LIMIT \(literal: perPage) OFFSET \(literal: (current - 1) * perPage)
            """
        let rows = try await sql.raw(select + " " + from + " " + joins + " " + whereClause + " " + order)
            .all(decoding: PlacementRow.self)
        return Page(items: rows, total: total, page: current, perPage: perPage)
    }
}
