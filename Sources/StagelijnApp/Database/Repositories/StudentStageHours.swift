import Fluent
import Foundation
import StagelijnCore

/// The stage-hour picture of one student from the work schedules of their placements: WVO art. 32 lid 2 for
/// praktijkonderwijs, the 650-hour target for Entree.
struct StudentStageHours {
    /// Instruction time (onderwijstijd) per school week, stage included: 1000 hours over about 38 weeks.
    /// A school-wide default until schools can set their own (noted in the issue 4 closing note).
    static let instructionHoursPerWeek = 26.0
    static let schoolWeeksPerYear = 38.0

    let proWarnings: [ProStageHourLimit.Warning]
    let plannedStageHours: Double
    let courseInstructionHours: Double
    let entree: EntreeHourTarget.Progress?
    /// True when Entree progress counts hours confirmed by the company in the stage-agenda (else: the schedule).
    let entreeFromConfirmedHours: Bool
    let hasSchedules: Bool

    static func load(student: StudentModel, placements: [PlacementModel], today: LocalDate,
                     on db: any Database) async throws -> StudentStageHours {
        let ids = placements.filter { $0.status != .terminated }.compactMap(\.id)
        let schedules = ids.isEmpty ? [] : try await PlacementScheduleModel.query(on: db).filter(\.$placement.$id ~~ ids).all()
        let byPlacement = Dictionary(schedules.map { ($0.$placement.id, $0) }, uniquingKeysWith: { a, _ in a })
        var weekly: [Int: Double] = [:]
        var doneByToday = 0.0
        var entreeSpan: (LocalDate, LocalDate)?
        for placement in placements where placement.status != .terminated {
            let span = (placement.period.start, placement.period.end)
            entreeSpan = entreeSpan.map { (min($0.0, span.0), max($0.1, span.1)) } ?? span
            guard let id = placement.id, let schedule = byPlacement[id] else { continue }
            for shift in schedule.weekly.shifts(from: placement.period.start, through: placement.period.end) {
                let hours = Double(shift.workedMinutes) / 60
                weekly[shift.date.isoWeekMonday.dayNumber, default: 0] += hours
                if shift.date <= today { doneByToday += hours }
            }
        }
        let weeks = weekly.map { WeekPlan(monday: LocalDate(dayNumber: $0.key), instructionHours: instructionHoursPerWeek, stageHours: $0.value) }
        let planned = weeks.reduce(0) { $0 + $1.stageHours }
        // The course so far: every school year up to the current one at full instruction time. The 80 % rule is
        // judged per planned week by the Core; the 50 % average against the whole course, not just the stage weeks.
        let courseHours = Double(max(1, student.schoolYearLevel)) * schoolWeeksPerYear * instructionHoursPerWeek
        var warnings: [ProStageHourLimit.Warning] = []
        if student.schoolType == .praktijkonderwijs, let birth = student.birth {
            warnings = ProStageHourLimit.warnings(birthDate: birth, weeks: weeks).filter {
                if case .courseAverage = $0 { return false }
                return true
            }
            if planned > ProStageHourLimit.courseAverageLimit * courseHours {
                warnings.insert(.courseAverage(stageHours: planned, instructionHours: courseHours), at: 0)
            }
        }
        // Entree counts the hours the company confirmed in the stage-agenda once there are any; before that the schedule.
        let entries = ids.isEmpty ? [] : try await HourEntryModel.query(on: db).filter(\.$placement.$id ~~ ids).all()
        let confirmed = Double(entries.filter { $0.confirmedAt != nil }.reduce(0) { $0 + $1.workedMinutes }) / 60
        let entree = student.schoolType == .entree ? entreeSpan.map {
            EntreeHourTarget.progress(doneHours: entries.isEmpty ? doneByToday : confirmed, start: $0.0, end: $0.1, today: today)
        } : nil
        return StudentStageHours(proWarnings: warnings, plannedStageHours: planned, courseInstructionHours: courseHours,
                                 entree: entree, entreeFromConfirmedHours: !entries.isEmpty, hasSchedules: !schedules.isEmpty)
    }
}
