import Fluent
import Vapor

/// `stagelijn token create --school CODE --name NAME [--read-only]` (prints the token as its last line),
/// `stagelijn token list --school CODE`, `stagelijn token revoke ID --school CODE`.
struct TokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create, list of revoke")
        var action: String
        @Option(name: "school", help: "schoolcode, bijvoorbeeld PRO-ALK")
        var school: String?
        @Option(name: "name", help: "naam van de sleutel, bijvoorbeeld het systeem dat hem gebruikt")
        var name: String?
        @Option(name: "id", help: "id van de sleutel (bij revoke)")
        var id: String?
        @Flag(name: "read-only", help: "de sleutel mag alleen lezen")
        var readOnly: Bool
    }

    var help: String { "Maakt, toont of trekt API-sleutels van een school in." }

    struct Failed: Error, CustomStringConvertible { let description: String }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let code = signature.school,
              let school = try await SchoolModel.query(on: app.db).filter(\.$code == code).first(),
              let schoolID = school.id else {
            throw Failed(description: "Geef met --school de code van een bestaande school op.")
        }
        let actor = Actor.system("opdrachtregel", schoolID: schoolID)
        switch signature.action {
        case "create":
            let name = signature.name ?? ""
            if let problem = APITokens.nameProblem(name) { throw Failed(description: problem) }
            let created = try await APITokens.create(school: schoolID, name: name, readOnly: signature.readOnly,
                                                     actor: actor, at: app.clock.now(), on: app.db)
            context.console.print("API-sleutel ‘\(created.model.name)’ voor \(school.name)\(signature.readOnly ? " (alleen lezen)" : "") is aangemaakt. Bewaar hem nu: hij wordt niet opnieuw getoond.")
            context.console.print(created.token)
        case "list":
            for token in try await APITokens.list(school: schoolID, on: app.db) {
                let state = token.revokedAt == nil ? (token.readOnly ? "alleen lezen" : "lezen en schrijven") : "ingetrokken"
                context.console.print("\(token.id?.uuidString ?? "")  \(token.name)  (\(state))")
            }
        case "revoke":
            guard let id = signature.id.flatMap(UUID.init(uuidString:)) else { throw Failed(description: "Geef met --id het id van de sleutel op.") }
            guard try await APITokens.revoke(id, school: schoolID, actor: actor, at: app.clock.now(), on: app.db) else {
                throw Failed(description: "Deze sleutel bestaat niet, is al ingetrokken of hoort niet bij deze school.")
            }
            context.console.print("De sleutel is ingetrokken.")
        default:
            throw Failed(description: "Onbekende actie ‘\(signature.action)’: kies create, list of revoke.")
        }
    }
}
