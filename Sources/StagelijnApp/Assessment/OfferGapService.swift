import Fluent
import Foundation
import StagelijnCore

/// The items a company cannot offer at one placement, each with the agreed alternative (`OfferGaps` has the rule).
struct OfferGapService {
    let db: any Database

    /// The items of the form this placement's assessments use (or would use): what the company can mark.
    func items(for placement: PlacementModel) async throws -> [FormItem] {
        if let planned = try await AssessmentModel.query(on: db).filter(\.$placement.$id == placement.requireID()).first(),
           let form = try await AssessmentFormModel.find(planned.$form.id, on: db) {
            return FormLibrary.content(of: form).items
        }
        let form = try await FormLibrary(db: db).formFor(schoolType: placement.student.schoolType, board: placement.school.$board.id)
        return form.map { FormLibrary.content(of: $0).items }
            ?? (placement.student.schoolType == .vso ? StandardForms.vso.items : StandardForms.praktijkonderwijs.items)
    }

    func current(_ placement: PlacementModel) async throws -> [String: String] {
        let rows = try await OfferGapModel.query(on: db).filter(\.$placement.$id == placement.requireID()).all()
        return Dictionary(rows.map { ($0.itemKey, $0.alternative) }, uniquingKeysWith: { a, _ in a })
    }

    /// Replaces the marked items with `alternatives` (item key → alternative), audited as one change.
    func replace(_ placement: PlacementModel, with alternatives: [String: String], by name: String, actor: Actor, at date: Date) async throws {
        let id = try placement.requireID()
        let before = try await current(placement)
        guard before != alternatives else { return }
        try await OfferGapModel.query(on: db).filter(\.$placement.$id == id).delete()
        for (key, alternative) in alternatives.sorted(by: { $0.key < $1.key }) {
            let gap = OfferGapModel()
            gap.$placement.id = id
            gap.itemKey = key
            gap.alternative = alternative
            gap.recordedByName = name
            try await gap.create(on: db)
        }
        try await AuditLog.record(on: db, actor: actor, entity: "placement", id: id, action: .update,
                                  before: ["kan niet bieden": Self.describe(before)], after: ["kan niet bieden": Self.describe(alternatives)], at: date)
    }

    private static func describe(_ gaps: [String: String]) -> String {
        gaps.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
    }
}
