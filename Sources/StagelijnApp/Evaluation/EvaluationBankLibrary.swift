import Fluent
import Foundation
import StagelijnCore

/// The board's evaluation question bank, versioned by the same rule as the assessment forms (`FormVersioning`): while
/// no evaluation used a version it may be corrected; once sent, an edit becomes a new version and the sent
/// evaluations keep theirs, so old answers keep the questions they answered.
struct EvaluationBankLibrary {
    let db: any Database

    /// The newest version of the board's bank; a board without one starts with the standard bank.
    func current(board: UUID, actor: Actor, at date: Date) async throws -> EvaluationBankModel {
        if let newest = try await EvaluationBankModel.query(on: db).filter(\.$board.$id == board)
            .sort(\.$version, .descending).first() {
            return newest
        }
        return try await create(board: board, family: UUID(), version: 1, content: StandardEvaluationBank.content,
                                actor: actor, at: date)
    }

    func inUse(_ bank: EvaluationBankModel) async throws -> Bool {
        try await EvaluationModel.query(on: db).filter(\.$bank.$id == bank.requireID()).count() > 0
    }

    /// Applies an edit: in place while unused, else a new version. Returns the version to use from now on.
    func edit(_ bank: EvaluationBankModel, to proposed: EvaluationBankContent, actor: Actor, at date: Date) async throws
        -> EvaluationBankModel {
        switch FormVersioning.edit(current: bank.content, version: bank.version, inUse: try await inUse(bank), proposed: proposed) {
        case .unchanged:
            return bank
        case .editInPlace:
            let before = ["titel": bank.title, "vragen": "\(bank.content.items.count)"]
            bank.title = proposed.title
            bank.items = Self.encode(proposed.items)
            try await bank.save(on: db)
            try await AuditLog.record(on: db, actor: actor, entity: "evaluationBank", id: bank.requireID(), action: .update,
                                      before: before, after: ["titel": proposed.title, "vragen": "\(proposed.items.count)"], at: date)
            return bank
        case let .newVersion(number):
            return try await create(board: bank.$board.id, family: bank.familyID, version: number, content: proposed,
                                    actor: actor, at: date)
        }
    }

    private func create(board: UUID, family: UUID, version: Int, content: EvaluationBankContent, actor: Actor,
                        at date: Date) async throws -> EvaluationBankModel {
        let bank = EvaluationBankModel()
        bank.$board.id = board
        bank.familyID = family
        bank.version = version
        bank.title = content.title
        bank.items = Self.encode(content.items)
        bank.createdByName = actor.name
        try await bank.create(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "evaluationBank", id: bank.requireID(), action: .create,
                                  before: [String: String]?.none, after: ["titel": content.title, "versie": "\(version)"], at: date)
        return bank
    }

    static func encode(_ items: [EvaluationItem]) -> String {
        (try? String(decoding: JSONEncoder().encode(items), as: UTF8.self)) ?? "[]"
    }
}
