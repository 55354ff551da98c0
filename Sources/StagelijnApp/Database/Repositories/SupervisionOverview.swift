import Fluent
import Foundation
import StagelijnCore

/// The coordinator's figures for a period (and later the quality dashboard's): stages started without a complete,
/// signed agreement, visits planned against done per supervisor, contact moments missed, hours confirmed or open.
struct SupervisionOverview {
    struct Exception { let student: String; let reason: String; let by: String; let at: Date }
    struct SupervisorRow { let name: String; let placements: Int; let visitsDue: Int; let visitsDone: Int; let contactsMissed: Int }

    let started: Int
    let exceptions: [Exception]
    let supervisors: [SupervisorRow]
    let hoursConfirmed: Int
    let hoursOpen: Int
    let entriesWithViolations: Int

    static func load(school: SchoolModel, period: StagePeriodModel, today: LocalDate, on db: any Database) async throws -> SupervisionOverview {
        let placements = try await PlacementModel.query(on: db).filter(\.$school.$id == school.requireID())
            .filter(\.$period.$id == period.requireID()).filter(\.$status ~~ [.active, .completed, .terminated])
            .with(\.$student).with(\.$period).all()
        let ids = placements.compactMap(\.id)
        let starts = ids.isEmpty ? [] : try await PlacementStatusChangeModel.query(on: db).filter(\.$placement.$id ~~ ids)
            .filter(\.$toStatus == .active).with(\.$changedBy).all()
        let names = Dictionary(placements.compactMap { p in p.id.map { ($0, p.student.fullName) } }, uniquingKeysWith: { a, _ in a })
        let exceptions = starts.filter(\.agreementException).map {
            Exception(student: names[$0.$placement.id] ?? "", reason: $0.reason, by: $0.$changedBy.value??.name ?? "systeem", at: $0.changedAt)
        }
        let running = placements.filter { $0.status != .terminated }
        let items = try await SupervisionService.items(for: running, school: school, today: today, on: db)
        let supervisorNames = try await SupervisionService.supervisorNames(school: school.requireID(), on: db)
        let grouped = Dictionary(grouping: running) { $0.supervisorID }
        let rows = grouped.map { supervisor, list -> SupervisorRow in
            let all = list.flatMap { items[$0.id ?? UUID()] ?? [] }
            let visits = all.filter { $0.kind == .visit && $0.dueDate <= today }
            return SupervisorRow(name: supervisor.flatMap { supervisorNames[$0] } ?? "zonder begeleider", placements: list.count,
                                 visitsDue: visits.count, visitsDone: visits.filter { $0.state == .done }.count,
                                 contactsMissed: all.filter { $0.kind != .visit && $0.state == .overdue }.count)
        }.sorted { $0.name < $1.name }
        let entries = ids.isEmpty ? [] : try await HourEntryModel.query(on: db).filter(\.$placement.$id ~~ ids).all()
        return SupervisionOverview(
            started: starts.count, exceptions: exceptions, supervisors: rows,
            hoursConfirmed: entries.filter { $0.confirmedAt != nil }.reduce(0) { $0 + $1.workedMinutes },
            hoursOpen: entries.filter { $0.confirmedAt == nil }.reduce(0) { $0 + $1.workedMinutes },
            entriesWithViolations: entries.filter { !$0.violations.isEmpty }.count)
    }
}
