import Fluent
import Foundation
import StagelijnCore

/// The group stage's room, for the stage line (a step is offered only when there is room) and for other issues
/// (issue 15: after a dropout, "back to the group stage, if there is room").
enum GroupStageCapacity {
    /// The school's active locations and the slots of the weekly plan that still run on `date`.
    static func load(school: UUID, on date: LocalDate, db: any Database) async throws
        -> (locations: [GroupStageLocationModel], slots: [GroupStageSlotModel]) {
        let locations = try await GroupStageLocationModel.query(on: db).filter(\.$school.$id == school)
            .filter(\.$active == true).sort(\.$name).all()
        let slots = try await GroupStageSlotModel.query(on: db).filter(\.$school.$id == school).all()
            .filter { $0.startedOn <= date.iso && ($0.endedOn.map { $0 >= date.iso } ?? true) }
        return (locations, slots)
    }

    /// True when some active location has a free place on some dagdeel of the weekly plan running on `from`.
    static func hasFreeDagdeel(school: UUID, from: LocalDate, on db: any Database) async throws -> Bool {
        let (locations, slots) = try await load(school: school, on: from, db: db)
        return GroupStagePlanning.hasRoom(locations: locations.map(\.planningLocation), slots: slots.compactMap(\.planningSlot))
    }

    /// Free places per dagdeel over all locations (for the planning page and the trajectory page).
    static func freePlaces(school: UUID, on date: LocalDate, db: any Database) async throws -> Int {
        let (locations, slots) = try await load(school: school, on: date, db: db)
        return GroupStagePlanning.free(locations: locations.map(\.planningLocation), slots: slots.compactMap(\.planningSlot))
            .values.reduce(0) { $0 + $1.values.reduce(0, +) }
    }
}
