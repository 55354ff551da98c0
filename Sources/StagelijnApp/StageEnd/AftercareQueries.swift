import Fluent
import Foundation
import StagelijnCore

/// Reads of leavers and their aftercare contacts, narrowed to one school.
enum AftercareQueries {
    /// Contacts whose window is open (or closed without a contact, still within the two years), for one supervisor.
    static func due(school: UUID, supervisor: UUID, today: LocalDate, on db: any Database) async throws -> [AftercareContactModel] {
        try await dueQuery(school: school, today: today, on: db)
            .join(OutflowModel.self, on: \AftercareContactModel.$outflow.$id == \OutflowModel.$id)
            .filter(OutflowModel.self, \.$supervisor.$id == supervisor)
            .with(\.$outflow) { $0.with(\.$student) }.sort(\.$plannedOn).range(0..<50).all()
    }

    static func dueCount(school: UUID, today: LocalDate, on db: any Database) async throws -> Int {
        try await dueQuery(school: school, today: today, on: db).count()
    }

    /// Not recorded, window opened; a missed contact stays on the list for the rest of the plan, so it is seen.
    private static func dueQuery(school: UUID, today: LocalDate, on db: any Database) -> QueryBuilder<AftercareContactModel> {
        AftercareContactModel.query(on: db).filter(\.$school.$id == school).filter(\.$recordedOn == nil)
            .filter(\.$windowStart <= today.iso)
    }

    static func leavers(school: UUID, on db: any Database) async throws -> [OutflowModel] {
        try await OutflowModel.query(on: db).filter(\.$school.$id == school).with(\.$student).with(\.$supervisor)
            .sort(\.$leftOn, .descending).range(0..<1000).all()
    }

    static func leaver(_ id: UUID, school: UUID, on db: any Database) async throws -> OutflowModel? {
        try await OutflowModel.query(on: db).filter(\.$id == id).filter(\.$school.$id == school)
            .with(\.$student).with(\.$supervisor).first()
    }

    static func contacts(outflow: UUID, on db: any Database) async throws -> [AftercareContactModel] {
        try await AftercareContactModel.query(on: db).filter(\.$outflow.$id == outflow).sort(\.$year).sort(\.$number).all()
    }

    static func observations(outflow: UUID, on db: any Database) async throws -> [OutflowObservationModel] {
        try await OutflowObservationModel.query(on: db).filter(\.$outflow.$id == outflow).sort(\.$observedOn).all()
    }
}
