import Fluent
import Foundation
import StagelijnCore
import Vapor

/// Group-stage locations, the standing weekly plan and attendance. The plan is made by the Core
/// (`GroupStagePlanning`), so a dagdeel never gets more students than its capacity.
struct GroupStageService {
    let db: any Database

    /// Students whose group-stage step is running, with their open slots.
    func participants(school: UUID) async throws -> [StudentModel] {
        let running = try await StageLineStepModel.query(on: db).filter(\.$school.$id == school)
            .filter(\.$status == StepRecord.Status.inProgress.rawValue).with(\.$student).all()
        var seen = Set<UUID>()
        var result: [StudentModel] = []
        for step in running {
            let programme = try await StageLineService(db: db).programme(school: school, type: step.student.schoolType)
            if programme.step(step.stepKey)?.kind == .groupStage, seen.insert(step.$student.id).inserted { result.append(step.student) }
        }
        return result.sorted { $0.lastName < $1.lastName }
    }

    func saveLocation(_ location: GroupStageLocationModel, actor: Actor, at now: Date) async throws {
        let isNew = location.id == nil
        try await db.transaction { tx in
            try await location.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "group_stage_location", id: try location.requireID(),
                                      action: isNew ? .create : .update, before: nil as [String: String]?,
                                      after: ["naam": location.name, "adres": location.address, "begeleider": location.supervisorName,
                                              "capaciteit": location.capacity, "actief": location.active ? "ja" : "nee"], at: now)
        }
    }

    /// Plans every participant that has fewer dagdelen than asked, keeping the running plan; returns the shortfall.
    func planWeek(school: UUID, dagdelenPerStudent: Int, actor: Actor, today: LocalDate, at now: Date) async throws -> [UUID: Int] {
        let (locations, slots) = try await GroupStageCapacity.load(school: school, on: today, db: db)
        let students = try await participants(school: school)
        let requests = students.compactMap { $0.id }.map {
            GroupStagePlanning.Request(student: $0.uuidString, dagdelen: dagdelenPerStudent)
        }
        let fixed = slots.compactMap(\.planningSlot)
        let plan = GroupStagePlanning.plan(locations: locations.map(\.planningLocation), requests: requests, fixed: fixed)
        let new = plan.slots.filter { !fixed.contains($0) }
        try await db.transaction { tx in
            for slot in new {
                guard let student = UUID(uuidString: slot.student), let location = UUID(uuidString: slot.location) else { continue }
                let model = GroupStageSlotModel()
                model.$school.id = school
                model.$location.id = location
                model.$student.id = student
                model.dagdeel = slot.dagdeel.code
                model.startedOn = today.iso
                try await model.create(on: tx)
                try await AuditLog.record(on: tx, actor: actor, entity: "group_stage_slot", id: try model.requireID(), action: .create,
                                          before: nil as [String: String]?, after: ["dagdeel": slot.dagdeel.dutch], at: now)
            }
        }
        return Dictionary(uniqueKeysWithValues: plan.shortfall.compactMap { key, value in UUID(uuidString: key).map { ($0, value) } })
    }

    /// Adds one student to one dagdeel of a location by hand, refused when the dagdeel is full or the student is
    /// already somewhere that dagdeel.
    func addSlot(school: UUID, location: GroupStageLocationModel, student: StudentModel, dagdeel: Dagdeel,
                 actor: Actor, today: LocalDate, at now: Date) async throws -> Bool {
        let (locations, slots) = try await GroupStageCapacity.load(school: school, on: today, db: db)
        let request = GroupStagePlanning.Request(student: try student.requireID().uuidString,
                                                 dagdelen: slots.filter { $0.$student.id == student.id }.count + 1, available: [dagdeel])
        let only = locations.filter { $0.id == location.id }.map(\.planningLocation)
        let fixed = slots.compactMap(\.planningSlot).filter { $0.location == location.id?.uuidString || $0.student == request.student }
        let plan = GroupStagePlanning.plan(locations: only, requests: [request], fixed: fixed)
        guard plan.slots.count > fixed.count else { return false }
        let model = GroupStageSlotModel()
        model.$school.id = school
        model.$location.id = try location.requireID()
        model.$student.id = try student.requireID()
        model.dagdeel = dagdeel.code
        model.startedOn = today.iso
        try await db.transaction { tx in
            try await model.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "group_stage_slot", id: try model.requireID(), action: .create,
                                      before: nil as [String: String]?,
                                      after: ["leerling": student.fullName, "locatie": location.name, "dagdeel": dagdeel.dutch], at: now)
        }
        return true
    }

    func endSlot(_ slot: GroupStageSlotModel, actor: Actor, today: LocalDate, at now: Date) async throws {
        try await db.transaction { tx in
            slot.endedOn = today.adding(days: -1).iso
            try await slot.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "group_stage_slot", id: try slot.requireID(), action: .update,
                                      before: ["tot": ""], after: ["tot": slot.endedOn ?? ""], at: now)
        }
    }

    /// Ends every running slot of a student (back to an individual stage), inside the caller's transaction.
    static func endSlots(of student: StudentModel, today: LocalDate, actor: Actor, at now: Date, on tx: any Database) async throws {
        let slots = try await GroupStageSlotModel.query(on: tx).filter(\.$student.$id == student.requireID())
            .filter(\.$endedOn == nil).all()
        for slot in slots {
            slot.endedOn = today.adding(days: -1).iso
            try await slot.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "group_stage_slot", id: try slot.requireID(), action: .update,
                                      before: ["tot": ""], after: ["tot": slot.endedOn ?? ""], at: now)
        }
    }

    /// Records presence of a student on a date and dagdeel (one record per student, date and dagdeel; a second
    /// overwrites the first).
    func recordAttendance(school: UUID, slot: GroupStageSlotModel, date: LocalDate, presence: String,
                          actor: Actor, at now: Date) async throws {
        let existing = try await GroupStageAttendanceModel.query(on: db).filter(\.$student.$id == slot.$student.id)
            .filter(\.$date == date.iso).filter(\.$dagdeel == slot.dagdeel).first()
        let model = existing ?? GroupStageAttendanceModel()
        let before = existing.map { ["aanwezigheid": $0.presence] }
        model.$school.id = school
        model.$location.id = slot.$location.id
        model.$student.id = slot.$student.id
        model.date = date.iso
        model.dagdeel = slot.dagdeel
        model.presence = presence
        model.recordedByName = actor.name
        try await db.transaction { tx in
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "group_stage_attendance", id: try model.requireID(),
                                      action: existing == nil ? .create : .update, before: before,
                                      after: ["datum": date.iso, "dagdeel": slot.dagdeel, "aanwezigheid": presence], at: now)
        }
    }
}
