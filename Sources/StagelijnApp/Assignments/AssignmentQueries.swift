import Fluent
import Foundation
import StagelijnCore

/// One assignment as lists, the dossier and the stagemap show it: no hand-in text, no photo bytes.
struct AssignmentSummary: Sendable, Equatable {
    let id: UUID
    let placementID: UUID
    let title: String
    let kind: AssignmentKind
    let part: Int
    let due: LocalDate?
    let status: AssignmentStatus
    let handedInAt: Date?
    let confirmedAt: Date?
    let confirmedBy: String?
    let assessedAt: Date?
    let score: Score?
    let assessmentComment: String?
    let hasPhoto: Bool

    init(_ model: PlacementAssignmentModel) {
        id = model.id ?? UUID()
        placementID = model.$placement.id
        title = model.title
        kind = model.kind
        part = model.part
        due = model.due
        status = model.progress.status
        handedInAt = model.handedInAt
        confirmedAt = model.confirmedAt
        confirmedBy = model.confirmedBy
        assessedAt = model.assessedAt
        score = model.scoreValue
        assessmentComment = model.assessmentComment
        hasPhoto = model.hasPhoto
    }

    func isOverdue(today: LocalDate) -> Bool { due.map { AssignmentProgress(handedInAt: handedInAt).isOverdue(due: $0, today: today) } ?? false }
}

enum AssignmentQueries {
    /// The assignments of these placements, by part and due date. The caller has already narrowed `ids` to what the
    /// user may see (the lead's stagemap, the dossier); only the columns a summary shows are read.
    static func forPlacements(_ ids: [UUID], on db: any Database) async throws -> [UUID: [AssignmentSummary]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await PlacementAssignmentModel.query(on: db).filter(\.$placement.$id ~~ ids)
            .field(\.$id).field(\.$placement.$id).field(\.$title).field(\.$kind).field(\.$part).field(\.$dueDate)
            .field(\.$handedInAt).field(\.$confirmedAt).field(\.$confirmedBy).field(\.$assessedAt).field(\.$score)
            .field(\.$assessmentComment).field(\.$hasPhoto)
            .sort(\.$part).sort(\.$dueDate).sort(\.$title).all()
        return Dictionary(grouping: rows.map(AssignmentSummary.init), by: \.placementID)
    }

    /// One open assignment on the supervisor's to-do list, with the student it belongs to.
    struct OpenItem: Sendable {
        let summary: AssignmentSummary
        let studentName: String
        let className: String
        let companyName: String
    }

    /// Open assignments (not yet assessed) of running placements of the school; only the supervisor's own caseload
    /// when `supervisor` is given.
    static func open(school: UUID, supervisor: UUID?, on db: any Database) async throws -> [OpenItem] {
        let placements = try await SupervisionService.caseload(school: school, supervisor: supervisor, on: db)
        let byID = Dictionary(placements.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let summaries = try await forPlacements(Array(byID.keys), on: db)
        return summaries.flatMap { id, list in
            list.filter { $0.status != .assessed }.compactMap { summary in
                byID[id].map { OpenItem(summary: summary, studentName: $0.student.fullName, className: $0.student.className,
                                        companyName: $0.position.company.name) }
            }
        }.sorted { ($0.summary.due?.iso ?? "", $0.studentName) < ($1.summary.due?.iso ?? "", $1.studentName) }
    }

    /// The school's library, optionally one sector (with the assignments for every sector).
    static func library(school: UUID, sector: Sector? = nil, includeArchived: Bool = false,
                        on db: any Database) async throws -> [AssignmentTemplateModel] {
        let query = AssignmentTemplateModel.query(on: db).filter(\.$school.$id == school)
        if !includeArchived { query.filter(\.$archived == false) }
        if let sector { query.group(.or) { $0.filter(\.$sector == sector.rawValue).filter(\.$sector == nil) } }
        return try await query.sort(\.$archived).sort(\.$sector).sort(\.$phase).sort(\.$suggestedPart).sort(\.$title).all()
    }
}
