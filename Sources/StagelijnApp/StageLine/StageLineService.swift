import Fluent
import Foundation
import StagelijnCore
import Vapor

/// The business steps of the stage line: a school's programme, a student's trajectory, starting and closing steps,
/// recording decisions. Every write is audited in the same transaction.
struct StageLineService {
    let db: any Database

    /// Instruction time of a school year, stage included (the same default as `StudentStageHours`).
    static var instructionHoursPerYear: Double { StudentStageHours.instructionHoursPerWeek * StudentStageHours.schoolWeeksPerYear }

    // MARK: programme

    func programme(school: UUID, type: SchoolType) async throws -> StageLineProgramme {
        try await stored(school: school, type: type)?.programme ?? DefaultStageLines.programme(for: type)
    }

    func stored(school: UUID, type: SchoolType) async throws -> StageLineProgrammeModel? {
        try await StageLineProgrammeModel.query(on: db).filter(\.$school.$id == school)
            .filter(\.$schoolType == type.rawValue).first()
    }

    func saveProgramme(_ programme: StageLineProgramme, school: UUID, actor: Actor, at now: Date) async throws {
        let before = try await self.programme(school: school, type: programme.schoolType)
        let model = try await stored(school: school, type: programme.schoolType) ?? StageLineProgrammeModel()
        model.$school.id = school
        model.schoolType = programme.schoolType.rawValue
        model.content = String(decoding: try JSONEncoder().encode(programme), as: UTF8.self)
        model.updatedByName = actor.name
        try await db.transaction { tx in
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "stage_line_programme", id: try model.requireID(), action: .update,
                                      before: Self.auditView(before), after: Self.auditView(programme), at: now)
        }
    }

    static func auditView(_ programme: StageLineProgramme) -> [String: String] {
        var view: [String: String] = ["profielen": programme.profiles.joined(separator: ", ")]
        for phase in programme.phases { view["fase \(phase.key)"] = "\(phase.name) (\(phase.when))" }
        for step in programme.steps {
            view["stap \(step.key)"] = "\(step.name); \(step.daysPerWeek)×\(step.hoursPerDay) u, \(step.weeks) wk; "
                + (step.inUse ? "in gebruik" : "uit") + "; " + step.conditions.map { "\($0)" }.joined(separator: ", ")
        }
        return view
    }

    // MARK: trajectory

    struct Trajectory {
        let student: StudentModel
        let programme: StageLineProgramme
        let state: TrajectoryState
        let steps: [StageLineStepModel]
        let decisions: [StageLineDecisionModel]
        let position: LinePosition
        let next: [NextStep]
        let hours: LineHours.Summary
        /// Steps whose hours are estimated from the usual size (no confirmed stage-agenda).
        let estimated: Set<String>
        let interest: InterestTestModel?
        let groupSlots: [GroupStageSlotModel]
    }

    func trajectory(_ student: StudentModel, today: LocalDate) async throws -> Trajectory {
        let id = try student.requireID()
        let programme = try await programme(school: student.$school.id, type: student.schoolType)
        let steps = try await StageLineStepModel.query(on: db).filter(\.$student.$id == id)
            .sort(\.$startedOn).sort(\.$createdAt).all()
        let decisions = try await StageLineDecisionModel.query(on: db).filter(\.$student.$id == id)
            .sort(\.$decidedOn).sort(\.$createdAt).all()
        let readiness = try await ReadinessDecisionModel.query(on: db).filter(\.$student.$id == id).sort(\.$createdAt).all()
        let birth = student.birth ?? today
        let ready = Readiness.isReady(birthDate: birth, decisions: readiness.compactMap(\.decision), on: today)
        let room = try await GroupStageCapacity.hasFreeDagdeel(school: student.$school.id, from: today, on: db)
        let state = TrajectoryState(schoolYear: student.schoolYearLevel, birthDate: birth, today: today,
                                    records: steps.compactMap(\.record), decisions: decisions.compactMap(\.decision),
                                    readinessMet: ready, groupStageHasRoom: room)
        let (hours, estimated) = try await stepHours(programme, steps, today: today)
        let entree = steps.last { programme.step($0.stepKey)?.kind == .entree }.flatMap { step -> (LocalDate, LocalDate)? in
            guard let start = LocalDate(iso: step.startedOn) else { return nil }
            let weeks = programme.step(step.stepKey)?.weeks ?? 31
            return (start, step.endedOn.flatMap(LocalDate.init(iso:)) ?? start.adding(days: max(1, weeks) * 7 - 1))
        }
        let summary = LineHours.summary(programme: programme, state: state, hours: hours,
                                        instructionHoursPerYear: Self.instructionHoursPerYear, entreeSpan: entree)
        let interest = try await InterestTestModel.query(on: db).filter(\.$student.$id == id)
            .filter(\.$finishedAt != nil).sort(\.$finishedAt, .descending).first()
        let slots = try await GroupStageSlotModel.query(on: db).filter(\.$student.$id == id).filter(\.$endedOn == nil)
            .with(\.$location).all()
        return Trajectory(student: student, programme: programme, state: state, steps: steps, decisions: decisions,
                          position: StageLineRules.position(programme, state), next: StageLineRules.nextSteps(programme, state),
                          hours: summary, estimated: estimated, interest: interest, groupSlots: slots)
    }

    /// Hours per step: the company's confirmed stage-agenda of the step's placement; without one, the usual days and
    /// hours of the step over the weeks it ran (never more than its usual size), marked as estimated.
    private func stepHours(_ programme: StageLineProgramme, _ steps: [StageLineStepModel],
                           today: LocalDate) async throws -> ([LineHours.StepHours], Set<String>) {
        let placementIDs = steps.compactMap { $0.$placement.id }
        let entries = placementIDs.isEmpty ? [] : try await HourEntryModel.query(on: db)
            .filter(\.$placement.$id ~~ placementIDs).filter(\.$confirmedAt != nil).all()
        var result: [LineHours.StepHours] = []
        var estimated = Set<String>()
        for step in steps {
            guard let record = step.record, let definition = programme.step(step.stepKey) else { continue }
            let confirmed = entries.filter { $0.$placement.id == step.$placement.id && step.$placement.id != nil }
            if !confirmed.isEmpty {
                result.append(.init(stepKey: step.stepKey, doneHours: Double(confirmed.reduce(0) { $0 + $1.workedMinutes }) / 60))
                continue
            }
            let end = min(record.endedOn ?? today, today)
            let weeks = max(0, (record.startedOn.days(until: end) + 1) / 7)
            let hours = min(definition.plannedHours, Double(weeks * definition.daysPerWeek * definition.hoursPerDay))
            if hours > 0 { estimated.insert(step.stepKey) }
            result.append(.init(stepKey: step.stepKey, doneHours: hours))
        }
        return (result, estimated)
    }
}
