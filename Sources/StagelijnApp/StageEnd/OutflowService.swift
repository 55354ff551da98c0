import Fluent
import Foundation
import StagelijnCore

/// Outflow at leaving and the aftercare that follows (seed 004 §5): the destination is stored as an observation on
/// the day of leaving, and every aftercare contact may add the destination seen that day, so the status at each
/// peildatum is simply the latest observation before it.
enum OutflowService {
    struct Leaving {
        var student: StudentModel
        var leftOn: LocalDate
        var profile: OutflowProfile
        var destination: OutflowDestination
        var note: String?
        var aftercareRequested: Bool
        var schoolChooses: Bool
        var supervisor: UUID?
    }

    static func record(_ leaving: Leaving, calendar: SchoolCalendar, actor: Actor, at date: Date,
                       on db: any Database) async throws -> OutflowModel {
        try await db.transaction { tx in
            let outflow = OutflowModel()
            outflow.$school.id = leaving.student.$school.id
            outflow.$student.id = try leaving.student.requireID()
            outflow.schoolType = leaving.student.schoolType
            outflow.leftOn = leaving.leftOn.iso
            outflow.schoolYear = SchoolYear(containing: leaving.leftOn).name
            outflow.profile = leaving.profile
            outflow.destination = leaving.destination
            outflow.destinationNote = leaving.note
            outflow.aftercareRequested = leaving.aftercareRequested
            outflow.aftercare = AftercarePolicy.rule(for: leaving.student.schoolType)
                .plansAftercare(requested: leaving.aftercareRequested, schoolChooses: leaving.schoolChooses)
            outflow.$supervisor.id = leaving.supervisor
            outflow.createdByName = actor.name
            try await outflow.create(on: tx)
            let id = try outflow.requireID()
            try await OutflowObservationModel(outflow: id, on: leaving.leftOn, destination: leaving.destination).create(on: tx)
            if outflow.aftercare { try await plan(outflow, calendar: calendar, on: tx) }
            // The student file's retention period (issue 17) runs from this day.
            try await StudentDepartureModel.record(student: outflow.$student.id, leftOn: leaving.leftOn, actor: actor, at: date, on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "outflow", id: id, action: .create, before: nil as [String: String]?,
                                      after: ["student": outflow.$student.id.uuidString, "leftOn": outflow.leftOn,
                                              "profile": outflow.profile.rawValue, "destination": outflow.destination.rawValue,
                                              "aftercare": outflow.aftercare ? "ja" : "nee",
                                              "aftercareRequested": outflow.aftercareRequested ? "ja" : "nee"], at: date)
            return outflow
        }
    }

    /// The six contacts of `AftercareSchedule`, planned around the school's holidays.
    private static func plan(_ outflow: OutflowModel, calendar: SchoolCalendar, on db: any Database) async throws {
        for planned in AftercareSchedule.plan(leftOn: outflow.left, calendar: calendar) {
            let contact = AftercareContactModel()
            contact.$outflow.id = try outflow.requireID()
            contact.$school.id = outflow.$school.id
            contact.year = planned.year
            contact.number = planned.number
            contact.windowStart = planned.window.lowerBound.iso
            contact.windowEnd = planned.window.upperBound.iso
            contact.plannedOn = planned.planned.iso
            try await contact.create(on: db)
        }
    }

    /// VSO (WEC art. 44): aftercare starts when parents or the student ask for it, also after leaving.
    static func startOnRequest(_ outflow: OutflowModel, calendar: SchoolCalendar, actor: Actor, at date: Date,
                               on db: any Database) async throws {
        guard !outflow.aftercare else { return }
        try await db.transaction { tx in
            outflow.aftercare = true
            outflow.aftercareRequested = true
            try await outflow.save(on: tx)
            try await plan(outflow, calendar: calendar, on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "outflow", id: try outflow.requireID(), action: .update,
                                      before: ["aftercare": "nee"], after: ["aftercare": "ja", "aftercareRequested": "ja"], at: date)
        }
    }

    struct ContactRecord {
        var day: LocalDate
        var party: AftercareParty
        var minute: String
        var destination: OutflowDestination?
    }

    static func recordContact(_ record: ContactRecord, contact: AftercareContactModel, actor: Actor, at date: Date,
                              on db: any Database) async throws {
        try await db.transaction { tx in
            let before = ["recordedOn": contact.recordedOn ?? "", "party": contact.party?.rawValue ?? "", "minute": contact.minute ?? "",
                          "destination": contact.destination?.rawValue ?? ""]
            contact.recordedOn = record.day.iso
            contact.party = record.party
            contact.minute = record.minute
            contact.destination = record.destination
            contact.recordedByName = actor.name
            try await contact.save(on: tx)
            if let destination = record.destination {
                let outflowID = contact.$outflow.id
                if let same = try await OutflowObservationModel.query(on: tx).filter(\.$outflow.$id == outflowID)
                    .filter(\.$observedOn == record.day.iso).first() {
                    same.destination = destination
                    try await same.save(on: tx)
                } else {
                    try await OutflowObservationModel(outflow: outflowID, on: record.day, destination: destination).create(on: tx)
                }
            }
            try await AuditLog.record(on: tx, actor: actor, entity: "aftercareContact", id: try contact.requireID(), action: .update,
                                      before: before,
                                      after: ["recordedOn": record.day.iso, "party": record.party.rawValue, "minute": record.minute,
                                              "destination": record.destination?.rawValue ?? ""], at: date)
        }
    }
}
