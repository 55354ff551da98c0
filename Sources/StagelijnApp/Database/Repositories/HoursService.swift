import Fluent
import Foundation
import StagelijnCore

/// The stage-agenda of a placement: every recorded day is checked with the same schedule check as the CLI, over
/// all recorded days (so week and rest rules see the whole picture); the rule codes are kept per day.
enum HoursService {
    static func entries(placement: UUID, on db: any Database) async throws -> [HourEntryModel] {
        try await HourEntryModel.query(on: db).filter(\.$placement.$id == placement).sort(\.$date).all()
    }

    /// Re-checks every entry of the placement and stores the rule codes per day; returns today's entry's violations.
    @discardableResult
    static func recheck(placement: PlacementModel, on db: any Database) async throws -> [ScheduleViolation] {
        let placementID = try placement.requireID()
        let all = try await entries(placement: placementID, on: db)
        let stored = try await PlacementScheduleModel.query(on: db).filter(\.$placement.$id == placementID).first()
        let kind = stored.flatMap { StageKind(rawValue: $0.stageKind) } ?? .vocational
        guard let birth = placement.student.birth else { return [] }
        let violations = ScheduleCheck.check(WorkSchedule(birthDate: birth, stageKind: kind, shifts: all.compactMap(\.shift),
                                                          exceptions: stored?.exceptionSet ?? []))
        for entry in all {
            guard let day = LocalDate(iso: entry.date) else { continue }
            let codes = violations.filter { $0.date == day || $0.date == day.isoWeekMonday && isWeekRule($0.rule) }
                .map(\.rule.rawValue)
            let joined = Array(Set(codes)).sorted().joined(separator: ",")
            if entry.violations != joined {
                entry.violations = joined
                try await entry.save(on: db)
            }
        }
        return violations
    }

    static func isWeekRule(_ rule: ScheduleRule) -> Bool {
        rule == .maxHoursPerWeek || rule == .avgHoursPer4Weeks || rule == .maxDaysPerWeek
    }

    /// Entries grouped per ISO week (Monday), newest week first.
    static func weeks(_ entries: [HourEntryModel]) -> [(monday: LocalDate, entries: [HourEntryModel])] {
        let grouped = Dictionary(grouping: entries) { LocalDate(iso: $0.date)?.isoWeekMonday.dayNumber ?? 0 }
        return grouped.keys.sorted(by: >).map { (LocalDate(dayNumber: $0), grouped[$0] ?? []) }
    }
}
