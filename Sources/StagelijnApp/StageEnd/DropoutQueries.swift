import Fluent
import Foundation
import StagelijnCore

/// Reads of dropouts, always narrowed to the school and the user's scope (a mentor: their class).
enum DropoutQueries {
    /// The school's dropouts; narrower scopes (a mentor's class) through the students' one visibility rule.
    static func visibleQuery(_ visibility: Visibility, on db: any Database) async throws -> QueryBuilder<DropoutModel> {
        let query = DropoutModel.query(on: db).filter(\.$school.$id == visibility.schoolID)
        if visibility.scope != .school {
            query.filter(\.$student.$id ~~ (try await StudentModel.query(on: db).visible(to: visibility).all(\.$id) + [UUID()]))
        }
        return query
    }

    static func visible(_ visibility: Visibility, on db: any Database) async throws -> [DropoutModel] {
        try await visibleQuery(visibility, on: db).with(\.$student)
            .with(\.$placement) { $0.with(\.$position) { $0.with(\.$company) }.with(\.$period) }
            .sort(\.$endedOn, .descending).range(0..<500).all()
    }

    static func find(_ id: UUID, _ visibility: Visibility, on db: any Database) async throws -> DropoutModel? {
        try await visibleQuery(visibility, on: db).filter(\.$id == id).with(\.$student)
            .with(\.$placement) { $0.with(\.$position) { $0.with(\.$company) }.with(\.$period).with(\.$student) }.first()
    }

    /// Meldpunt reports that may belong to this dropout: the school's reports about the stage's company from the
    /// year before the dropout. Only the meldpunt's handlers get this list (the reports are theirs to read).
    static func reportCandidates(_ dropout: DropoutModel, user: CurrentUser, on db: any Database) async throws -> [IncidentReportModel] {
        let since = (LocalDate(iso: dropout.endedOn) ?? LocalDate(year: 2000, month: 1, day: 1)!).adding(days: -365).iso
        return try await IncidentReportModel.query(on: db).filter(\.$school.$id == user.schoolID)
            .filter(\.$company.$id == dropout.placement.position.$company.id).filter(\.$receivedOn >= since)
            .sort(\.$receivedOn, .descending).range(0..<20).all()
    }

    /// Open dropouts (no next step yet) the user should see on the home page.
    static func open(_ visibility: Visibility, supervisor: UUID?, on db: any Database) async throws -> [DropoutModel] {
        let query = try await visibleQuery(visibility, on: db).filter(\.$nextStep == nil).with(\.$student)
            .with(\.$placement) { $0.with(\.$position) { $0.with(\.$company) } }
        if let supervisor {
            query.join(PlacementModel.self, on: \DropoutModel.$placement.$id == \PlacementModel.$id)
                .filter(PlacementModel.self, \.$supervisorID == supervisor)
        }
        return try await query.sort(\.$endedOn).range(0..<50).all()
    }
}
