import Fluent
import StagelijnCore
import Vapor

struct PlacementFilter {
    var status: PlacementStatus?
    var periodID: UUID?
    var studentID: UUID?
}

protocol PlacementRepository: Sendable {
    func list(_ visibility: Visibility, filter: PlacementFilter) async throws -> [PlacementModel]
    func find(_ id: UUID, _ visibility: Visibility) async throws -> PlacementModel?
    func countOpen(position: UUID, period: UUID) async throws -> Int
    func hasOpenPlacement(student: UUID, period: UUID) async throws -> Bool
    @discardableResult
    func create(student: UUID, position: UUID, period: UUID, school: UUID, reason: String,
                actor: Actor, at date: Date) async throws -> PlacementModel
    func changeStatus(_ placement: PlacementModel, to status: PlacementStatus, reason: String,
                      actor: Actor, at date: Date, agreementException: Bool) async throws
}

struct FluentPlacementRepository: PlacementRepository {
    let db: any Database

    func list(_ visibility: Visibility, filter: PlacementFilter) async throws -> [PlacementModel] {
        let query = visibleQuery(visibility)
        if let status = filter.status { query.filter(\.$status == status) }
        if let period = filter.periodID { query.filter(\.$period.$id == period) }
        if let student = filter.studentID { query.filter(\.$student.$id == student) }
        return try await query.with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period)
            .sort(StudentModel.self, \.$lastName).all()
    }

    func find(_ id: UUID, _ visibility: Visibility) async throws -> PlacementModel? {
        try await visibleQuery(visibility).filter(\.$id == id)
            .with(\.$school).with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period)
            .with(\.$history) { $0.with(\.$changedBy) }.first()
    }

    func countOpen(position: UUID, period: UUID) async throws -> Int {
        try await PlacementModel.query(on: db).filter(\.$position.$id == position).filter(\.$period.$id == period)
            .filter(\.$status !~ [.completed, .terminated]).count()
    }

    func hasOpenPlacement(student: UUID, period: UUID) async throws -> Bool {
        try await PlacementModel.query(on: db).filter(\.$student.$id == student).filter(\.$period.$id == period)
            .filter(\.$status !~ [.completed, .terminated]).count() > 0
    }

    func create(student: UUID, position: UUID, period: UUID, school: UUID, reason: String,
                actor: Actor, at date: Date) async throws -> PlacementModel {
        let placement = PlacementModel(schoolID: school, studentID: student, positionID: position, periodID: period,
                                       status: .proposed)
        try await placement.create(on: db)
        let id = try placement.requireID()
        try await PlacementStatusChangeModel(placementID: id, from: nil, to: .proposed, reason: reason,
                                             by: actor.userID, at: date).create(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "placement", id: id, action: .create,
                                  before: nil as [String: String]?,
                                  after: ["student": student.uuidString, "position": position.uuidString,
                                          "period": period.uuidString, "status": PlacementStatus.proposed.rawValue],
                                  at: date)
        return placement
    }

    func changeStatus(_ placement: PlacementModel, to status: PlacementStatus, reason: String,
                      actor: Actor, at date: Date, agreementException: Bool = false) async throws {
        let previous = placement.status
        placement.status = status
        try await placement.save(on: db)
        let id = try placement.requireID()
        try await PlacementStatusChangeModel(placementID: id, from: previous, to: status, reason: reason,
                                             by: actor.userID, at: date, agreementException: agreementException).create(on: db)
        var after = ["status": status.rawValue, "reason": reason]
        if agreementException { after["uitzondering"] = "gestart zonder complete, ondertekende overeenkomst" }
        try await AuditLog.record(on: db, actor: actor, entity: "placement", id: id, action: .statusChange,
                                  before: ["status": previous.rawValue], after: after, at: date)
    }

    /// Placements of the school, narrowed like students are: a mentor sees those of their class, a student or
    /// parent only their own.
    private func visibleQuery(_ visibility: Visibility) -> QueryBuilder<PlacementModel> {
        let query = PlacementModel.query(on: db).filter(\.$school.$id == visibility.schoolID)
            .join(StudentModel.self, on: \PlacementModel.$student.$id == \StudentModel.$id)
        switch visibility.scope {
        case .school: break
        case .mentees: query.filter(StudentModel.self, \.$mentor.$id == (visibility.userID ?? UUID()))
        case .linkedStudents: query.filter(\.$student.$id ~~ visibility.linkedStudentIDs)
        case .none: query.filter(\.$id == UUID())
        }
        return query
    }
}
