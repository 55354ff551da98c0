import Fluent
import Foundation
import StagelijnCore

/// The goals of a placement. Until someone fixes them (adds a personal goal, plans the assessments) a placement shows
/// the school's goals for the student's phase; fixing copies them onto the placement, so what was agreed with the
/// company does not change when the school later rewrites its list (issue 11, point 1).
struct GoalService {
    let db: any Database

    struct Goal: Equatable {
        let id: UUID?
        let kind: PlacementGoalModel.Kind
        let text: String
        let addedBy: String
        /// The item key in assessments and visit reports; nil while the goal is only the school's default.
        var itemKey: String? { id.map { "doel.\($0.uuidString)" } }
    }

    static let maxGoalLength = 200
    static let maxGoalsPerPlacement = 12

    func phase(of placement: PlacementModel) -> ProgrammePhase {
        ProgrammePhase.of(placement.student.schoolType, year: placement.student.schoolYearLevel)
    }

    /// The school's goals for a phase: its own list, or the standard goals while it has none.
    func templates(school: UUID, phase: ProgrammePhase) async throws -> [String] {
        let own = try await GoalTemplateModel.query(on: db).filter(\.$school.$id == school).filter(\.$phase == phase.rawValue)
            .sort(\.$position).all().map(\.text)
        return own.isEmpty ? phase.standardGoals : own
    }

    func goals(of placement: PlacementModel) async throws -> [Goal] {
        let stored = try await goalsByPlacement([placement.requireID()])[placement.requireID()] ?? []
        if stored.contains(where: { $0.kind == .school }) { return stored }
        let defaults = try await templates(school: placement.$school.id, phase: phase(of: placement))
            .map { Goal(id: nil, kind: .school, text: $0, addedBy: "school") }
        return defaults + stored
    }

    func goalsByPlacement(_ ids: [UUID]) async throws -> [UUID: [Goal]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await PlacementGoalModel.query(on: db).filter(\.$placement.$id ~~ ids).sort(\.$position).all()
        return Dictionary(grouping: rows, by: { $0.$placement.id }).mapValues { models in
            models.map { Goal(id: $0.id, kind: PlacementGoalModel.Kind(rawValue: $0.kind) ?? .school, text: $0.text, addedBy: $0.addedByName) }
        }
    }

    /// Copies the school's goals onto the placement if that has not happened yet; returns the stored goals.
    @discardableResult
    func fix(_ placement: PlacementModel, actor: Actor, at date: Date) async throws -> [Goal] {
        let id = try placement.requireID()
        let stored = try await goalsByPlacement([id])[id] ?? []
        if stored.contains(where: { $0.kind == .school }) { return stored }
        let texts = try await templates(school: placement.$school.id, phase: phase(of: placement))
        for (index, text) in texts.enumerated() {
            try await insert(placement: id, kind: .school, text: text, position: index - texts.count, by: "school")
        }
        try await AuditLog.record(on: db, actor: actor, entity: "placement", id: id, action: .update,
                                  before: [String: String]?.none, after: ["stagedoelen": texts.joined(separator: "; ")], at: date)
        return try await goalsByPlacement([id])[id] ?? []
    }

    /// Adds a goal; returns a Dutch problem instead when the text is empty, too long or the list is full.
    func add(_ text: String, kind: PlacementGoalModel.Kind, to placement: PlacementModel, actor: Actor, at date: Date) async throws -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count < 3 { return "Schrijf het doel in een paar woorden, bijvoorbeeld \"harder praten\"." }
        if trimmed.count > Self.maxGoalLength || !InputText.isSingleLine(trimmed) {
            return "Een doel is één regel van hoogstens \(Self.maxGoalLength) tekens."
        }
        let current = try await fix(placement, actor: actor, at: date)
        if current.count >= Self.maxGoalsPerPlacement { return "Een stage heeft hoogstens \(Self.maxGoalsPerPlacement) doelen; maak er één van twee." }
        let goal = try await insert(placement: placement.requireID(), kind: kind, text: trimmed, position: current.count, by: actor.name)
        try await AuditLog.record(on: db, actor: actor, entity: "placement_goal", id: goal.requireID(), action: .create,
                                  before: [String: String]?.none, after: ["doel": trimmed, "soort": kind.rawValue], at: date)
        return nil
    }

    /// Removes a goal of this placement (only one of its own; an id of another placement is ignored).
    func remove(_ goalID: UUID, from placement: PlacementModel, actor: Actor, at date: Date) async throws {
        guard let goal = try await PlacementGoalModel.query(on: db).filter(\.$id == goalID)
            .filter(\.$placement.$id == placement.requireID()).first() else { return }
        try await goal.delete(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "placement_goal", id: goalID, action: .delete,
                                  before: ["doel": goal.text], after: [String: String]?.none, at: date)
    }

    /// Replaces the school's goals for a phase (the coordinator's goals page).
    func replaceTemplates(school: UUID, phase: ProgrammePhase, with texts: [String], actor: Actor, at date: Date) async throws {
        let before = try await templates(school: school, phase: phase)
        try await GoalTemplateModel.query(on: db).filter(\.$school.$id == school).filter(\.$phase == phase.rawValue).delete()
        for (index, text) in texts.enumerated() {
            let row = GoalTemplateModel()
            row.$school.id = school
            row.phase = phase.rawValue
            row.text = text
            row.position = index
            try await row.create(on: db)
        }
        try await AuditLog.record(on: db, actor: actor, entity: "school", id: school, action: .update,
                                  before: ["doelen \(phase.rawValue)": before.joined(separator: "; ")],
                                  after: ["doelen \(phase.rawValue)": texts.joined(separator: "; ")], at: date)
    }

    @discardableResult
    private func insert(placement: UUID, kind: PlacementGoalModel.Kind, text: String, position: Int, by: String) async throws -> PlacementGoalModel {
        let goal = PlacementGoalModel()
        goal.$placement.id = placement
        goal.kind = kind.rawValue
        goal.text = text
        goal.position = position
        goal.addedByName = by
        try await goal.create(on: db)
        return goal
    }
}
