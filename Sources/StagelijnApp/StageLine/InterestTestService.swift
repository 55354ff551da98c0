import Fluent
import Foundation
import StagelijnCore
import Vapor

/// The interest test: the school's items (the default set until the school edits them), a student's open test, one
/// answer at a time, and the result feeding the student's sector interests (`students.sector_interests`, which the
/// matching reads).
struct InterestTestService {
    let db: any Database

    func items(school: UUID) async throws -> [InterestItem] {
        let stored = try await InterestItemModel.query(on: db).filter(\.$school.$id == school).sort(\.$position).all()
        return stored.isEmpty ? StandardInterestItems.items : stored.compactMap(\.item)
    }

    /// Replaces the school's items after the Core's checks.
    func saveItems(_ items: [InterestItem], school: UUID, actor: Actor, at now: Date) async throws -> [String] {
        let problems = InterestTest.problems(items)
        guard problems.isEmpty else { return problems }
        let before = try await self.items(school: school)
        try await db.transaction { tx in
            try await InterestItemModel.query(on: tx).filter(\.$school.$id == school).delete()
            for (index, item) in items.enumerated() {
                let model = InterestItemModel()
                model.$school.id = school
                model.itemKey = item.key
                model.sector = item.sector.rawValue
                model.statement = item.statement
                model.picture = item.picture
                model.position = index
                try await model.create(on: tx)
            }
            try await AuditLog.record(on: tx, actor: actor, entity: "interest_items", id: school, action: .update,
                                      before: Self.auditView(before), after: Self.auditView(items), at: now)
        }
        return []
    }

    private static func auditView(_ items: [InterestItem]) -> [String: String] {
        Dictionary(items.map { ($0.key, "\($0.sector.dutchName): \($0.picture) \($0.statement)") }, uniquingKeysWith: { a, _ in a })
    }

    /// The student's open test, started when there is none.
    func openTest(for student: StudentModel, actor: Actor, at now: Date) async throws -> InterestTestModel {
        if let open = try await InterestTestModel.query(on: db).filter(\.$student.$id == student.requireID())
            .filter(\.$finishedAt == nil).first() { return open }
        let test = InterestTestModel()
        test.$school.id = student.$school.id
        test.$student.id = try student.requireID()
        test.startedAt = now
        test.proposed = ""
        test.scores = ""
        try await db.transaction { tx in
            try await test.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "interest_test", id: try test.requireID(), action: .create,
                                      before: nil as [String: String]?, after: ["leerling": student.fullName], at: now)
        }
        return test
    }

    func answers(_ test: InterestTestModel) async throws -> [String: InterestAnswer] {
        let stored = try await InterestAnswerModel.query(on: db).filter(\.$test.$id == test.requireID()).all()
        return Dictionary(stored.compactMap { m in InterestAnswer(rawValue: m.answer).map { (m.itemKey, $0) } },
                          uniquingKeysWith: { _, last in last })
    }

    /// Saves one answer (a second answer to the same item replaces the first).
    func answer(_ test: InterestTestModel, item: String, _ answer: InterestAnswer, actor: Actor, at now: Date) async throws {
        let existing = try await InterestAnswerModel.query(on: db).filter(\.$test.$id == test.requireID())
            .filter(\.$itemKey == item).first()
        let model = existing ?? InterestAnswerModel()
        let before = existing.map { ["antwoord": $0.answer] }
        model.$test.id = try test.requireID()
        model.itemKey = item
        model.answer = answer.rawValue
        try await db.transaction { tx in
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "interest_answer", id: try model.requireID(),
                                      action: existing == nil ? .create : .update, before: before,
                                      after: ["uitspraak": item, "antwoord": answer.rawValue], at: now)
        }
    }

    /// Scores the test, stores the result, puts the two proposed sectors first in the student's sector interests and
    /// marks the interest-test step of the line done.
    func finish(_ test: InterestTestModel, student: StudentModel, actor: Actor, today: LocalDate, at now: Date) async throws -> InterestTest.Result {
        let items = try await items(school: student.$school.id)
        let result = InterestTest.score(items: items, answers: try await answers(test))
        test.finishedAt = now
        test.proposed = result.proposed.map(\.rawValue).joined(separator: ",")
        test.scores = result.scores.map { "\($0.sector.rawValue):\($0.percent)" }.joined(separator: ",")
        let programme = try await StageLineService(db: db).programme(school: student.$school.id, type: student.schoolType)
        let stepKey = programme.steps.first { $0.kind == .interestTest }?.key
        let steps = try await StageLineStepModel.query(on: db).filter(\.$student.$id == student.requireID()).all()
        try await db.transaction { tx in
            try await test.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "interest_test", id: try test.requireID(), action: .update,
                                      before: ["voorstel": ""], after: ["voorstel": result.proposed.map(\.dutchName).joined(separator: ", ")], at: now)
            try await StageLineService.leadInterests(student, with: result.proposed, actor: actor, at: now, on: tx)
            guard let stepKey, !steps.contains(where: { $0.stepKey == stepKey && $0.status == StepRecord.Status.done.rawValue }) else { return }
            let step = steps.first { $0.stepKey == stepKey && $0.status == StepRecord.Status.inProgress.rawValue } ?? StageLineStepModel()
            if step.id == nil {
                step.$school.id = student.$school.id
                step.$student.id = try student.requireID()
                step.stepKey = stepKey
                step.startedOn = LocalDate(test.startedAt).iso
                step.recordedByName = actor.name
                step.status = StepRecord.Status.inProgress.rawValue
                step.note = ""
                try await step.create(on: tx)
            }
            try await StageLineService.close(step, status: .done, outcome: .good,
                                             note: "Voorstel: " + result.proposed.map(\.dutchName).joined(separator: " en "),
                                             actor: actor, today: today, at: now, on: tx)
        }
        return result
    }

    static func scores(_ test: InterestTestModel) -> [(Sector, Int)] {
        test.scores.split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: ":")
            guard parts.count == 2, let sector = Sector(rawValue: String(parts[0])), let value = Int(parts[1]) else { return nil }
            return (sector, value)
        }
    }
}
