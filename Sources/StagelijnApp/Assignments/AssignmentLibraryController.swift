import Fluent
import StagelijnCore
import Vapor

/// The school's library of practical assignments per sector and phase: coordinators and supervisors keep it; other
/// staff may read it. Also the supervisor's list of open assignments of their students.
struct AssignmentLibraryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("opdrachten", use: index)
        routes.post("opdrachten", use: create)
        routes.get("opdrachten", "te-doen", use: toDo)
        routes.get("opdrachten", ":templateID", use: edit)
        routes.post("opdrachten", ":templateID", use: update)
    }

    func index(req: Request) async throws -> Response {
        let user = try Self.readerOfLibrary(req)
        let filter = Sector(parsing: req.queryText("sector", maxLength: 40))
        return try await page(req, user: user, values: .init(["sector": filter?.rawValue ?? ""]), filter: filter, status: .ok)
    }

    /// The library as the page lists it (its sector filter; archived items for those who manage it), for the CSV.
    static func listed(_ req: Request) async throws -> [AssignmentTemplateModel] {
        let user = try readerOfLibrary(req)
        return try await AssignmentQueries.library(school: user.schoolID, sector: Sector(parsing: req.queryText("sector", maxLength: 40)),
                                                   includeArchived: AssignmentRights.canManage(user.role), on: req.db)
    }

    func create(req: Request) async throws -> Response {
        let user = try manager(req)
        let form = try req.formValues()
        switch AssignmentTemplateInput.read(form) {
        case let .failure(errors):
            return try await page(req, user: user, values: .init(form, errors: errors), filter: nil, status: .badRequest)
        case let .success(input):
            _ = try await AssignmentService.createTemplate(input, school: user.schoolID, actor: user.actor, at: req.now, on: req.db)
            req.flash("‘\(input.title)’ staat in de bibliotheek.")
            return req.redirect(to: AssignmentPath.library.path, redirectType: .normal)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try manager(req)
        let template = try await find(req, user: user)
        var values = template.formValues
        values["archived"] = template.archived ? "ja" : ""
        return AssignmentLibraryPage.edit(req, template: template, values: .init(values), status: .ok)
    }

    func update(req: Request) async throws -> Response {
        let user = try manager(req)
        let template = try await find(req, user: user)
        let form = try req.formValues()
        switch AssignmentTemplateInput.read(form) {
        case let .failure(errors):
            return AssignmentLibraryPage.edit(req, template: template, values: .init(form, errors: errors), status: .badRequest)
        case let .success(input):
            try await AssignmentService.updateTemplate(template, input, archived: form["archived"] == "ja", actor: user.actor,
                                                       at: req.now, on: req.db)
            req.flash("‘\(input.title)’ is bijgewerkt. Opdrachten die al gegeven zijn, houden hun eigen tekst.")
            return req.redirect(to: AssignmentPath.library.path, redirectType: .normal)
        }
    }

    func toDo(req: Request) async throws -> Response {
        let (_, items, own) = try await Self.openItems(req)
        return AssignmentsToDoPage.render(req, items: items, ownOnly: own, today: req.today)
    }

    /// The open assignments the user may follow: the page and its CSV download share this check and read.
    static func openItems(_ req: Request) async throws -> (CurrentUser, [AssignmentQueries.OpenItem], ownOnly: Bool) {
        let user = try req.user()
        guard AssignmentRights.canManage(user.role) else { throw Abort(.forbidden, reason: "Deze lijst is voor stagebegeleiders.") }
        // A supervisor sees their own caseload; the coordinator the whole school (`?alle=ja` for a supervisor too).
        let own = user.role == .supervisor && req.queryText("alle", maxLength: 3) != "ja"
        let items = try await AssignmentQueries.open(school: user.schoolID, supervisor: own ? user.userID : nil, on: req.db)
        return (user, items, own)
    }

    private func page(_ req: Request, user: CurrentUser, values: Forms.Values, filter: Sector?,
                      status: HTTPStatus) async throws -> Response {
        let templates = try await AssignmentQueries.library(school: user.schoolID, sector: filter,
                                                            includeArchived: AssignmentRights.canManage(user.role), on: req.db)
        return AssignmentLibraryPage.index(req, templates: templates, filter: filter, values: values,
                                           canManage: AssignmentRights.canManage(user.role), status: status)
    }

    private static func readerOfLibrary(_ req: Request) throws -> CurrentUser {
        let user = try req.user()
        guard AssignmentRights.canReadLibrary(user.role) else {
            throw Abort(.forbidden, reason: "Uw rol (\(user.role.dutchName)) geeft geen toegang tot de opdrachtenbibliotheek.")
        }
        return user
    }

    private func manager(_ req: Request) throws -> CurrentUser {
        let user = try req.user()
        guard AssignmentRights.canManage(user.role) else {
            throw Abort(.forbidden, reason: "Alleen de stagecoördinator en stagebegeleiders beheren de opdrachtenbibliotheek.")
        }
        return user
    }

    /// Only a library item of the user's own school.
    private func find(_ req: Request, user: CurrentUser) async throws -> AssignmentTemplateModel {
        guard let id = req.parameters.get("templateID", as: UUID.self),
              let template = try await AssignmentTemplateModel.query(on: req.db).filter(\.$id == id)
                .filter(\.$school.$id == user.schoolID).first()
        else { throw Abort(.notFound, reason: "Deze opdracht staat niet in de bibliotheek van uw school.") }
        return template
    }
}
