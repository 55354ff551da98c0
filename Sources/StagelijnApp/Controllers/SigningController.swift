import Fluent
import StagelijnCore
import Vapor

/// Signing through a personal link, without an account: the phone-friendly page shows the full text of the
/// agreement; signing records name, role, date and the SHA-256 of exactly that text.
struct SigningController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("teken", ":token", use: show)
        routes.post("teken", ":token", use: sign)
    }

    func show(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement, state)):
            return SigningPage.render(req, .init(link: link, placement: placement, state: state, error: nil), status: .ok)
        }
    }

    func sign(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement, state)):
            let form = try req.formValues()
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let reject = { (message: String) in
                SigningPage.render(req, .init(link: link, placement: placement, state: state, error: message), status: .badRequest)
            }
            guard let agreement = state.agreement, state.isSent, state.missingContent.isEmpty else {
                return reject("De overeenkomst is gewijzigd en staat nog niet klaar om te tekenen. De school stuurt een nieuwe link.")
            }
            guard form["textHash"] == state.textHash else {
                return reject(link.role == SignatoryRole.student.rawValue
                    ? "De tekst is gewijzigd sinds je deze pagina opende. Lees de nieuwe tekst hieronder en teken opnieuw."
                    : "De tekst is gewijzigd sinds u deze pagina opende. Lees de nieuwe tekst hieronder en teken opnieuw.")
            }
            let you = SigningPage.Address(role: link.role)
            guard !name.isEmpty, name.count <= 120 else { return reject("Vul \(you.your) naam in (hoogstens 120 tekens).") }
            guard InputText.isSingleLine(name) else { return reject("\(you.Your) naam mag geen regelovergang of stuurtekens bevatten.") }
            guard form["agree"] == "ja" else { return reject("Vink aan dat \(you.you) de tekst hebt gelezen en ermee akkoord gaat.") }
            guard let role = SignatoryRole(rawValue: link.role) else { throw Abort(.internalServerError) }
            let actor = Actor(userID: nil, name: "\(name) (via persoonlijke link, \(role.dutchName))", schoolID: placement.$school.id)
            // The link is claimed before anything else happens: six requests at once give one signature.
            let signed = try await req.db.transaction { tx -> Bool in
                guard try await AccessLinks.claim(link, at: req.now, on: tx) else { return false }
                try await AgreementRepository(db: tx).recordSignature(agreement, role: role, name: name, on: req.today, method: "digitaal",
                                                                      textHash: state.textHash, actor: actor, at: req.now)
                // The last signature: the signed copy goes to everyone and the placement follows.
                try await AgreementAutomation.afterSignature(placement: try placement.requireID(), today: req.today, now: req.now, on: tx)
                return true
            }
            guard signed else { return SigningPage.problem(req, .used) }
            return SigningPage.done(req, name: name, role: role, hash: state.textHash)
        }
    }

    private func load(_ req: Request) async throws
        -> Result<(AccessLinkModel, PlacementModel, AgreementState), AccessLinks.Problem> {
        let token = req.parameters.get("token") ?? ""
        switch try await AccessLinks.resolve(token, purpose: .signAgreement, now: req.now, on: req.db) {
        case let .failure(problem): return .failure(problem)
        case let .success(link):
            // The link reaches its own placement and nothing else: looked up by the id stored with the link.
            guard let placement = try await PlacementModel.query(on: req.db).filter(\.$id == link.$placement.id)
                .with(\.$school).with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).first()
            else { return .failure(.unknown) }
            req.changedSchool = placement.$school.id
            let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
            return .success((link, placement, state))
        }
    }
}
