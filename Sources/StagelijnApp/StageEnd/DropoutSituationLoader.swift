import Fluent
import Foundation
import StagelijnCore

/// Gathers the plain values the Core's next-step rules need: room in the group stage, the Entree hours.
enum DropoutSituationLoader {
    /// Whether the group stage has room for the student from `date` on. THE ONE PLACE where the dropout asks the
    /// stage line (issue 14) for group-stage capacity. nil when the school keeps no group stage in Stagelijn: then the
    /// person recording the next step confirms the room themselves.
    static func groupStageRoom(school: UUID, from date: LocalDate, on db: any Database) async throws -> Bool? {
        let (locations, _) = try await GroupStageCapacity.load(school: school, on: date, db: db)
        guard !locations.isEmpty else { return nil }
        return try await GroupStageCapacity.hasFreeDagdeel(school: school, from: date, on: db)
    }

    /// For an Entree student: the hours the companies confirmed on all their stages (the dropped one included) and
    /// what the school weeks left in this school year can still hold at the stage's weekly hours.
    static func entreeOutlook(student: StudentModel, placement: PlacementModel, today: LocalDate, calendar: SchoolCalendar,
                              on db: any Database) async throws -> EntreeOutlook? {
        guard student.schoolType == .entree, let studentID = student.id else { return nil }
        let placements = try await PlacementModel.query(on: db).filter(\.$student.$id == studentID).all(\.$id)
        let entries = placements.isEmpty ? [] : try await HourEntryModel.query(on: db).filter(\.$placement.$id ~~ placements)
            .filter(\.$confirmedAt != nil).all()
        let done = Double(entries.reduce(0) { $0 + $1.workedMinutes }) / 60
        let yearEnd = LocalDate(year: SchoolYear(containing: today).startYear + 1, month: 7, day: 31) ?? today
        let weeks = calendar.schoolDays(from: today, to: yearEnd) / 5
        let perWeek = Double(placement.period.daysPerWeek * placement.period.hoursPerDay)
        return EntreeOutlook(doneHours: done, remainingWeeks: weeks, hoursPerWeek: perWeek)
    }

    static func situation(student: StudentModel, placement: PlacementModel, groupStageRoom: Bool, supportTeamConsulted: Bool,
                          today: LocalDate, calendar: SchoolCalendar, on db: any Database) async throws -> DropoutSituation {
        DropoutSituation(schoolType: student.schoolType, groupStageHasRoom: groupStageRoom, supportTeamConsulted: supportTeamConsulted,
                         entree: try await entreeOutlook(student: student, placement: placement, today: today, calendar: calendar, on: db))
    }
}
