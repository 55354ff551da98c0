import Fluent
import Foundation
import StagelijnCore

/// The steps of an assessment: planning, filling a part, approving it. Every rule (due dates, which approvals an edit
/// withdraws, locking) comes from StagelijnCore; this service applies it to the database and audits each write.
struct AssessmentService {
    let db: any Database

    enum Outcome: Equatable {
        case saved(withdrawn: [AssessmentPerspective])
        case refused(String)
    }

    /// Plans the default interim and final assessment of a placement (nothing when it already has some) and fixes
    /// its goals, so the goal items of the assessments have stable keys.
    func planDefaults(_ placement: PlacementModel, actor: Actor, today: LocalDate, at date: Date) async throws -> Int {
        let id = try placement.requireID()
        guard try await AssessmentModel.query(on: db).filter(\.$placement.$id == id).count() == 0 else { return 0 }
        try await GoalService(db: db).fix(placement, actor: actor, at: date)
        let library = FormLibrary(db: db)
        try await library.ensureStandardForms(board: placement.school.$board.id, actor: actor, at: date)
        guard let form = try await library.formFor(schoolType: placement.student.schoolType, board: placement.school.$board.id)
        else { return 0 }
        let span = try await SupervisionService.stageDates(for: [placement], on: db)[id] ?? (placement.period.start, placement.period.end)
        let running = placement.status == .active || placement.status == .completed
        let planned = AssessmentSchedule.defaults(stageStart: span.start, stageEnd: span.end, notBefore: running ? nil : today)
        for item in planned {
            let assessment = AssessmentModel()
            assessment.$placement.id = id
            assessment.$form.id = try form.requireID()
            assessment.kind = item.kind.rawValue
            assessment.dueOn = item.dueOn.iso
            try await assessment.create(on: db)
            try await AuditLog.record(on: db, actor: actor, entity: "assessment", id: assessment.requireID(), action: .create,
                                      before: [String: String]?.none, after: ["soort": item.kind.dutchName, "uiterlijk": item.dueOn.iso,
                                                                    "formulier": "\(form.title) (versie \(form.version))"], at: date)
        }
        return planned.count
    }

    /// Moves the due date (the supervisor plans when each assessment is due).
    func moveDueDate(_ assessment: AssessmentModel, to day: LocalDate, actor: Actor, at date: Date) async throws {
        let before = assessment.dueOn
        assessment.dueOn = day.iso
        try await assessment.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "assessment", id: assessment.requireID(), action: .update,
                                  before: ["uiterlijk": before], after: ["uiterlijk": day.iso], at: date)
    }

    /// Saves one part. An edit withdraws that part's approval and every later one (`ApprovalChain.edit`).
    func save(_ assessment: AssessmentModel, part perspective: AssessmentPerspective, scores: [String: Score], comment: String,
              by name: String, actor: Actor, at date: Date) async throws -> Outcome {
        let parts = try await self.parts(of: assessment)
        var chain = Self.chain(assessment, parts: parts)
        let withdrawn: [AssessmentPerspective]
        do { withdrawn = try chain.edit(perspective) } catch { return .refused(error.dutch) }
        let part = parts[perspective] ?? AssessmentPartModel()
        let before = parts[perspective].map { ["scores": $0.scores, "opmerking": $0.comment] }
        for other in withdrawn where other != perspective {
            parts[other]?.approvedAt = nil
            parts[other]?.approvedByName = nil
            try await parts[other]?.save(on: db)
        }
        if withdrawn.contains(.school) { assessment.completedOn = nil; try await assessment.save(on: db) }
        part.$assessment.id = try assessment.requireID()
        part.perspective = perspective.rawValue
        part.scores = Self.encode(scores)
        part.comment = comment
        part.filledByName = name
        part.approvedAt = nil
        part.approvedByName = nil
        try await part.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "assessment", id: assessment.requireID(),
                                  action: before == nil ? .create : .update, before: before,
                                  after: ["deel": perspective.rawValue, "scores": part.scores, "opmerking": comment,
                                          "goedkeuring ingetrokken": withdrawn.map(\.rawValue).joined(separator: ",")], at: date)
        return .saved(withdrawn: withdrawn)
    }

    /// Approves one part: all items scored, every earlier part approved; the school's approval completes the
    /// assessment (and locks a final one).
    func approve(_ assessment: AssessmentModel, part perspective: AssessmentPerspective, requiredKeys: Set<String>,
                 by name: String, actor: Actor, today: LocalDate, at date: Date) async throws -> String? {
        let parts = try await self.parts(of: assessment)
        guard let part = parts[perspective] else { return "Vul eerst de beoordeling in." }
        let missing = requiredKeys.subtracting(Self.decode(part.scores).keys)
        if !missing.isEmpty { return "Nog \(DutchFormat.count(missing.count, "onderdeel", "onderdelen")) zonder score. Kies bij elk onderdeel een score." }
        var chain = Self.chain(assessment, parts: parts)
        do { try chain.approve(perspective) } catch { return error.dutch }
        part.approvedAt = date
        part.approvedByName = name
        try await part.save(on: db)
        if perspective == .school { assessment.completedOn = today.iso; try await assessment.save(on: db) }
        try await AuditLog.record(on: db, actor: actor, entity: "assessment", id: assessment.requireID(), action: .update,
                                  before: ["goedgekeurd \(perspective.rawValue)": ""], after: ["goedgekeurd \(perspective.rawValue)": name], at: date)
        return nil
    }

    func parts(of assessment: AssessmentModel) async throws -> [AssessmentPerspective: AssessmentPartModel] {
        let rows = try await AssessmentPartModel.query(on: db).filter(\.$assessment.$id == assessment.requireID()).all()
        return Dictionary(rows.compactMap { row in AssessmentPerspective(rawValue: row.perspective).map { ($0, row) } },
                          uniquingKeysWith: { a, _ in a })
    }

    static func chain(_ assessment: AssessmentModel, parts: [AssessmentPerspective: AssessmentPartModel]) -> ApprovalChain {
        ApprovalChain(approved: Set(parts.filter { $0.value.approvedAt != nil }.keys), isFinal: assessment.kind == AssessmentKind.final.rawValue)
    }

    static func encode(_ scores: [String: Score]) -> String {
        let plain = scores.mapValues(\.rawValue)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(plain), as: UTF8.self)) ?? "{}"
    }

    static func decode(_ text: String) -> [String: Score] {
        let plain = (try? JSONDecoder().decode([String: Int].self, from: Data(text.utf8))) ?? [:]
        return plain.compactMapValues(Score.init(rawValue:))
    }
}
