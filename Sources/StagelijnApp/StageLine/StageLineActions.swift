import Fluent
import Foundation
import StagelijnCore
import Vapor

/// Writes on a student's line; each checks the Core rules again (the page may be old) and is audited.
extension StageLineService {
    enum ActionError: Error {
        case notOffered(String)
        case problems([FieldError])
    }

    /// Starts a step that is offered today; a step still running is closed as "moved on" (one step at a time).
    @discardableResult
    func start(_ stepKey: String, for student: StudentModel, placement: UUID? = nil, actor: Actor, today: LocalDate,
               at now: Date) async throws -> StageLineStepModel {
        let trajectory = try await trajectory(student, today: today)
        guard let step = trajectory.programme.step(stepKey), StageLineRules.isOffered(step, trajectory.state) else {
            throw ActionError.notOffered(trajectory.programme.step(stepKey)?.name ?? stepKey)
        }
        let model = StageLineStepModel()
        model.$school.id = student.$school.id
        model.$student.id = try student.requireID()
        model.stepKey = stepKey
        model.status = StepRecord.Status.inProgress.rawValue
        model.startedOn = today.iso
        model.note = ""
        model.$placement.id = placement
        model.recordedByName = actor.name
        try await db.transaction { tx in
            for running in trajectory.steps where running.status == StepRecord.Status.inProgress.rawValue {
                try await Self.close(running, status: .done, outcome: .movedOn, note: "Door naar \(step.name)",
                                     actor: actor, today: today, at: now, on: tx)
            }
            try await model.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "stage_line_step", id: try model.requireID(), action: .create,
                                      before: nil as [String: String]?,
                                      after: ["leerling": student.fullName, "stap": step.name, "begonnen": today.iso], at: now)
        }
        return model
    }

    /// Closes a running step as done (with an outcome) or stopped (dropout).
    func close(_ stepID: UUID, of student: StudentModel, status: StepRecord.Status, outcome: StepRecord.Outcome, note: String,
               actor: Actor, today: LocalDate, at now: Date) async throws {
        guard let step = try await StageLineStepModel.query(on: db).filter(\.$id == stepID)
            .filter(\.$student.$id == student.requireID()).first(),
            step.status == StepRecord.Status.inProgress.rawValue, status != .inProgress
        else { throw Abort(.notFound, reason: "Deze stap loopt niet (meer).") }
        try await db.transaction { tx in
            try await Self.close(step, status: status, outcome: outcome, note: note, actor: actor, today: today, at: now, on: tx)
        }
    }

    static func close(_ step: StageLineStepModel, status: StepRecord.Status, outcome: StepRecord.Outcome, note: String,
                      actor: Actor, today: LocalDate, at now: Date, on tx: any Database) async throws {
        let before = ["status": step.status]
        step.status = status.rawValue
        step.outcome = outcome.rawValue
        step.endedOn = today.iso
        step.note = String(note.prefix(1000))
        try await step.save(on: tx)
        try await AuditLog.record(on: tx, actor: actor, entity: "stage_line_step", id: try step.requireID(), action: .update,
                                  before: before, after: ["status": status.rawValue, "uitkomst": outcome.dutchName,
                                                          "afgerond": today.iso, "toelichting": step.note], at: now)
    }

    /// Records a decision after the Core's checks. A VSO step up starts the next step at once (BIS → BES → ZES); a
    /// "ready for an individual stage" ends the student's group-stage days; a sector choice leads the student's
    /// sector interests (used by the matching).
    func decide(_ kind: LineDecisionKind, outcome: String, reason: String, participants: [DecisionParticipant],
                for student: StudentModel, actor: Actor, today: LocalDate, at now: Date) async throws -> StageLineDecisionModel {
        let trajectory = try await trajectory(student, today: today)
        let problems = LineDecisionRules.problems(kind: kind, outcome: outcome, reason: reason, participants: participants,
                                                  schoolType: student.schoolType, profiles: trajectory.programme.profiles,
                                                  state: trajectory.state)
        guard problems.isEmpty else { throw ActionError.problems(problems) }
        let model = StageLineDecisionModel()
        model.$school.id = student.$school.id
        model.$student.id = try student.requireID()
        model.kind = kind.rawValue
        model.outcome = outcome
        model.decidedOn = today.iso
        model.$decidedBy.id = actor.userID
        model.decidedByName = actor.name
        model.participants = participants.map(\.rawValue).joined(separator: ",")
        model.reason = String(reason.trimmingCharacters(in: .whitespacesAndNewlines).prefix(2000))
        try await db.transaction { tx in
            try await model.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "stage_line_decision", id: try model.requireID(), action: .create,
                                      before: nil as [String: String]?,
                                      after: ["leerling": student.fullName, "besluit": kind.dutchName, "uitkomst": kind.dutchOutcome(outcome),
                                              "besproken met": participants.map(\.dutchName).joined(separator: ", "),
                                              "waarom": model.reason], at: now)
            if kind == .sectorChoice, let sector = Sector(rawValue: outcome) {
                try await Self.leadInterests(student, with: [sector], actor: actor, at: now, on: tx)
            }
            if kind == .readyForIndividual, outcome == "ja" {
                try await GroupStageService.endSlots(of: student, today: today, actor: actor, at: now, on: tx)
            }
            // VSO: the step the student leaves (BIS for BES, BES for ZES) is done, moved on.
            if kind == .stepUp, let from = ["bes": "bis", "zes": "bes"][outcome] {
                for running in trajectory.steps where running.stepKey == from && running.status == StepRecord.Status.inProgress.rawValue {
                    try await Self.close(running, status: .done, outcome: .movedOn, note: "Doorstroom: \(model.reason)",
                                         actor: actor, today: today, at: now, on: tx)
                }
            }
        }
        if kind == .stepUp, outcome == "bes" || outcome == "zes" {
            try await start(outcome, for: student, actor: actor, today: today, at: now)
        }
        return model
    }

    /// Puts `sectors` first in the student's sector interests (the field the matching reads), audited.
    static func leadInterests(_ student: StudentModel, with sectors: [Sector], actor: Actor, at now: Date,
                              on tx: any Database) async throws {
        let existing = student.sectorInterests.split(separator: ",").compactMap { Sector(rawValue: String($0)) }
        let merged = InterestTest.mergedInterests(existing: existing, proposed: sectors).map(\.rawValue).joined(separator: ",")
        guard merged != student.sectorInterests else { return }
        let before = student.sectorInterests
        student.sectorInterests = merged
        try await student.save(on: tx)
        try await AuditLog.record(on: tx, actor: actor, entity: "student", id: try student.requireID(), action: .update,
                                  before: ["sectoren": before], after: ["sectoren": merged], at: now)
    }
}
