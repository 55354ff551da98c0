import Fluent
import StagelijnCore
import Vapor

/// The board's assessment forms: every staff member reads them; the coordinator edits. An edit of a form in use makes
/// a new version (`FormVersioning`), so assessments already made keep the exact form they were made with.
struct FormsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let forms = routes.grouped("beoordelingen", "formulieren")
        forms.get(use: list)
        forms.get(":form", use: show)
        forms.get(":form", "bewerken", use: edit)
        forms.post(":form", "bewerken", use: update)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.list, .assessmentForm)
        let forms = try await FormLibrary(db: req.db).latest(board: user.boardID)
        return FormPages.list(req, forms, canEdit: AccessPolicy.allows(user.role, .update, .assessmentForm))
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let version = try await find(req, user: user, .view)
        let versions = try await FormLibrary(db: req.db).versions(family: version.model.familyID, board: user.boardID)
        return FormPages.show(req, version, versions: versions, canEdit: AccessPolicy.allows(user.role, .update, .assessmentForm))
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user()
        let version = try await find(req, user: user, .update)
        return FormPages.edit(req, version, typed: FormPages.fields(of: version), problems: [])
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user()
        let version = try await find(req, user: user, .update)
        let form = try req.formValues()
        let typed = ["title": form["title"] ?? "", "audience": form["audience"] ?? "", "items": form["items"] ?? ""]
        let parsed = FormPages.parseItems(typed["items"] ?? "")
        let content = AssessmentFormContent(title: (typed["title"] ?? "").trimmingCharacters(in: .whitespaces), items: parsed.items)
        let audience = SchoolType(rawValue: typed["audience"] ?? "")?.rawValue ?? ""
        var problems = parsed.problems + FormVersioning.problems(content)
        if content.title.count > 120 || !InputText.isSingleLine(content.title) { problems.append("De naam is één regel van hoogstens 120 tekens.") }
        if !problems.isEmpty { return FormPages.edit(req, version, typed: typed, problems: problems, status: .badRequest) }
        let saved = try await req.db.transaction { db in
            try await FormLibrary(db: db).edit(version, to: content, audience: audience, actor: user.actor, at: req.now)
        }
        req.flash(saved.id == version.model.id ? "Het formulier is opgeslagen."
                  : "Dit formulier is al gebruikt, dus er is versie \(saved.version) gemaakt. Lopende beoordelingen houden hun versie.")
        return req.redirect(to: AssessmentPath.form(try saved.requireID()).path, redirectType: .normal)
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> FormLibrary.Version {
        _ = try user.require(action, .assessmentForm)
        guard let id = req.parameters.get("form", as: UUID.self),
              let version = try await FormLibrary(db: req.db).find(id, board: user.boardID)
        else { throw Abort(.notFound, reason: "Dit formulier bestaat niet of hoort niet bij uw bestuur.") }
        return version
    }
}
