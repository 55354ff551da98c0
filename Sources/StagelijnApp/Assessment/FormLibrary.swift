import Fluent
import Foundation
import StagelijnCore

/// The board's assessment forms: shared by all its schools (Inspectie: stop reinventing the wheel), versioned so a
/// form that has been used is never changed (`FormVersioning`).
struct FormLibrary {
    let db: any Database

    struct Version {
        let model: AssessmentFormModel
        let content: AssessmentFormContent
        let inUse: Bool
        var id: UUID { model.id ?? UUID() }
    }

    static func content(of form: AssessmentFormModel) -> AssessmentFormContent {
        let items = (try? JSONDecoder().decode([FormItem].self, from: Data(form.items.utf8))) ?? []
        return AssessmentFormContent(title: form.title, items: items)
    }

    static func encode(_ items: [FormItem]) -> String {
        (try? String(decoding: JSONEncoder().encode(items), as: UTF8.self)) ?? "[]"
    }

    /// A new board starts with the standard forms for praktijkonderwijs and VSO.
    func ensureStandardForms(board: UUID, actor: Actor, at date: Date) async throws {
        guard try await AssessmentFormModel.query(on: db).filter(\.$board.$id == board).count() == 0 else { return }
        for (content, audience) in [(StandardForms.praktijkonderwijs, SchoolType.praktijkonderwijs), (StandardForms.vso, .vso)] {
            try await create(board: board, family: UUID(), version: 1, audience: audience.rawValue, content: content,
                             actor: actor, at: date)
        }
    }

    @discardableResult
    func create(board: UUID, family: UUID, version: Int, audience: String, content: AssessmentFormContent,
                actor: Actor, at date: Date) async throws -> AssessmentFormModel {
        let form = AssessmentFormModel()
        form.$board.id = board
        form.familyID = family
        form.version = version
        form.audience = audience
        form.title = content.title
        form.items = Self.encode(content.items)
        form.createdByName = actor.name
        try await form.create(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "assessment_form", id: form.requireID(), action: .create,
                                  before: [String: String]?.none, after: ["titel": content.title, "versie": "\(version)"], at: date)
        return form
    }

    /// The newest version of every form of the board, with whether that version is in use.
    func latest(board: UUID) async throws -> [Version] {
        let all = try await AssessmentFormModel.query(on: db).filter(\.$board.$id == board).sort(\.$title).all()
        let newest = Dictionary(grouping: all, by: \.familyID).values.compactMap { $0.max(by: { $0.version < $1.version }) }
        let used = try await usedFormIDs(newest.compactMap(\.id))
        return newest.sorted { $0.title < $1.title }
            .map { Version(model: $0, content: Self.content(of: $0), inUse: used.contains($0.id ?? UUID())) }
    }

    /// One version of a form of the board, or nil (another board's form is not found).
    func find(_ id: UUID, board: UUID) async throws -> Version? {
        guard let form = try await AssessmentFormModel.query(on: db).filter(\.$id == id).filter(\.$board.$id == board).first()
        else { return nil }
        return Version(model: form, content: Self.content(of: form), inUse: try await !usedFormIDs([id]).isEmpty)
    }

    /// All versions of a form, newest first.
    func versions(family: UUID, board: UUID) async throws -> [AssessmentFormModel] {
        try await AssessmentFormModel.query(on: db).filter(\.$familyID == family).filter(\.$board.$id == board)
            .sort(\.$version, .descending).all()
    }

    /// The form an assessment of a student of `schoolType` uses: the newest version meant for that school type, else
    /// the newest of any form of the board.
    func formFor(schoolType: SchoolType, board: UUID) async throws -> AssessmentFormModel? {
        let forms = try await latest(board: board)
        return (forms.first { $0.model.audience == schoolType.rawValue } ?? forms.first { $0.model.audience.isEmpty } ?? forms.first)?.model
    }

    /// Applies an edit by the rule of `FormVersioning`: in place while unused, else a new version.
    func edit(_ version: Version, to proposed: AssessmentFormContent, audience: String, actor: Actor,
              at date: Date) async throws -> AssessmentFormModel {
        let form = version.model
        switch FormVersioning.edit(current: version.content, version: form.version, inUse: version.inUse, proposed: proposed) {
        case .unchanged where audience == form.audience:
            return form
        case .unchanged, .editInPlace:
            let before = ["titel": form.title, "onderdelen": "\(version.content.items.count)", "voor": form.audience]
            form.title = proposed.title
            form.items = Self.encode(proposed.items)
            form.audience = audience
            try await form.save(on: db)
            try await AuditLog.record(on: db, actor: actor, entity: "assessment_form", id: form.requireID(), action: .update,
                                      before: before, after: ["titel": proposed.title, "onderdelen": "\(proposed.items.count)",
                                                              "voor": audience], at: date)
            return form
        case let .newVersion(number):
            return try await create(board: form.$board.id, family: form.familyID, version: number, audience: audience,
                                    content: proposed, actor: actor, at: date)
        }
    }

    private func usedFormIDs(_ ids: [UUID]) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        return Set(try await AssessmentModel.query(on: db).filter(\.$form.$id ~~ ids).field(\.$form.$id).all().map(\.$form.id))
    }
}
