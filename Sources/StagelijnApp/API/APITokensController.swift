import Fluent
import Plot
import StagelijnCore
import Vapor

/// Instellingen → API-sleutels: the coordinator makes, lists and revokes the school's API tokens.
struct APITokensController: RouteCollection {
    static let path = "/instellingen/api-sleutels"

    func boot(routes: any RoutesBuilder) throws {
        let tokens = routes.grouped("instellingen", "api-sleutels")
        tokens.get(use: index)
        tokens.post(use: create)
        tokens.post(":id", "intrekken", use: revoke)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.list, .apiToken)
        return try await page(req, user: user, values: .init(), created: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .apiToken)
        let form = try req.formValues()
        let name = form["name"] ?? ""
        if let problem = APITokens.nameProblem(name) {
            return try await page(req, user: user, status: .badRequest,
                                  values: .init(form, errors: FieldErrors([FieldError(field: "name", label: "naam", message: problem)])),
                                  created: nil)
        }
        let readOnly = ["ja", "on", "true", "1"].contains((form["readOnly"] ?? "").lowercased())
        let created = try await APITokens.create(school: user.schoolID, name: name, readOnly: readOnly,
                                                 actor: user.actor, at: req.now, on: req.db)
        return try await page(req, user: user, values: .init(), created: created)
    }

    func revoke(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.update, .apiToken)
        guard let id = req.parameters.get("id", as: UUID.self),
              try await APITokens.revoke(id, school: user.schoolID, actor: user.actor, at: req.now, on: req.db)
        else { throw Abort(.notFound, reason: "Deze sleutel bestaat niet, is al ingetrokken of hoort niet bij uw school.") }
        req.flash("De sleutel is ingetrokken; systemen die hem gebruiken krijgen geen toegang meer.")
        return req.redirect(to: Self.path, redirectType: .normal)
    }

    private func page(_ req: Request, user: CurrentUser, status: HTTPStatus = .ok, values: Forms.Values,
                      created: APITokens.Created?) async throws -> Response {
        let tokens = try await APITokens.list(school: user.schoolID, on: req.db)
        return APITokensPage.render(req, tokens: tokens, values: values, created: created, status: status)
    }
}

enum APITokensPage {
    static func render(_ req: Request, tokens: [APITokenModel], values: Forms.Values, created: APITokens.Created?,
                       status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "API-sleutels")
        return Layout.page(chrome, status: status, .group(
            .h1(.text("API-sleutels")),
            .p(.text("Met een API-sleutel haalt een ander systeem van de school (leerlingadministratie, rapportage) gegevens op "
                     + "zonder schermen uit te lezen. De sleutel ziet alles van uw school, zoals een stagecoördinator; kies "
                     + "‘alleen lezen’ als het systeem niets hoeft te wijzigen. Elke wijziging komt in het logboek met de naam van de sleutel.")),
            .p(.text("De beschrijving van de API staat op "), .a(.attr("href", "/api/openapi.json"), .text("/api/openapi.json")), .text(".")),
            .unwrap(created) { created in
                .div(.class("flash"), .attr("role", "status"),
                     .p(.strong(.text("Sleutel ‘\(created.model.name)’ is aangemaakt.")),
                        .text(" Kopieer hem nu: hij wordt niet opnieuw getoond.")),
                     .p(.element(named: "code", nodes: [.text(created.token)])))
            },
            .h2(.text("Nieuwe sleutel")),
            .form(.method(.post), .attr("action", APITokensController.path), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.errorSummary(values),
                  Forms.text("Naam", "name", values, required: true, hint: "Bijvoorbeeld het systeem dat de sleutel gebruikt."),
                  Forms.checkbox("Alleen lezen", "readOnly", values),
                  .div(.class("actions"), .button(.type(.submit), .text("Sleutel aanmaken")))),
            .h2(.text("Sleutels van uw school")),
            tokens.isEmpty ? .p(.text("Er zijn nog geen sleutels.")) : .table(
                .thead(.tr(.th("Naam"), .th("Rechten"), .th("Aangemaakt"), .th("Laatst gebruikt"), .th("Status"))),
                .tbody(.forEach(tokens) { token in
                    .tr(.td(.text(token.name)),
                        .td(.text(token.readOnly ? "alleen lezen" : "lezen en wijzigen")),
                        .td(.text(token.createdAt.map(DutchFormat.dateTime) ?? "") , .text(" door \(token.createdByName)")),
                        .td(.text(token.lastUsedAt.map(DutchFormat.dateTime) ?? "nog niet")),
                        .td(token.revokedAt == nil
                            ? .form(.method(.post), .attr("action", "\(APITokensController.path)/\(token.id?.uuidString ?? "")/intrekken"),
                                    Forms.csrf(chrome.csrfToken), .button(.type(.submit), .text("Intrekken")))
                            : .text("ingetrokken op \(token.revokedAt.map(DutchFormat.dateTime) ?? "")")))
                }))))
    }
}
