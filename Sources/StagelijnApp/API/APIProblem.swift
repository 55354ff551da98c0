import Foundation
import StagelijnCore
import Vapor

/// An RFC 9457 problem: what went wrong in Dutch, and for invalid input the fields by name.
struct APIProblem: Error, Content {
    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String
    var instance: String?
    var errors: [Field]?

    struct Field: Codable, Equatable {
        let field: String
        let message: String
    }

    static let mediaType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])

    static func invalid(_ errors: [FieldError]) -> APIProblem {
        let first = errors.first
        let detail = first.map { "Veld ‘\($0.field)’: \($0.message)" } ?? "De invoer klopt niet."
        return APIProblem(type: "https://stagelijn.nl/problemen/ongeldige-invoer", title: "Ongeldige invoer",
                          status: 422, detail: detail,
                          errors: errors.map { Field(field: $0.field, message: $0.message) })
    }

    static func badParameter(_ name: String, _ message: String) -> APIProblem {
        APIProblem(type: "https://stagelijn.nl/problemen/ongeldige-parameter", title: "Ongeldige parameter", status: 400,
                   detail: "Parameter ‘\(name)’: \(message)", errors: [Field(field: name, message: message)])
    }

    static func notFound(_ what: String) -> APIProblem {
        APIProblem(title: "Niet gevonden", status: 404, detail: "\(what) bestaat niet of hoort niet bij uw school.")
    }

    static let unauthorized = APIProblem(
        title: "Niet aangemeld", status: 401,
        detail: "Stuur een geldige API-sleutel mee als ‘Authorization: Bearer …’. Een coördinator maakt er een aan bij Instellingen → API-sleutels.")

    static let readOnly = APIProblem(title: "Alleen lezen", status: 403,
                                     detail: "Deze API-sleutel mag alleen lezen; wijzigen kan met een sleutel zonder ‘alleen lezen’.")

    func response(for request: Request) -> Response {
        var problem = self
        problem.instance = problem.instance ?? request.url.path
        var headers = HTTPHeaders()
        headers.contentType = Self.mediaType
        if status == 401 { headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"stagelijn\"") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = (try? encoder.encode(problem)) ?? Data("{}".utf8)
        return Response(status: HTTPResponseStatus(statusCode: status), headers: headers, body: .init(data: body))
    }
}

/// Turns every error under `/api` into a problem document (never an HTML page, never a stack trace).
struct APIErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let problem as APIProblem {
            return problem.response(for: request)
        } catch let errors as FieldErrors {
            return APIProblem.invalid(errors.errors).response(for: request)
        } catch let decoding as DecodingError {
            return APIProblem.invalid([Self.fieldError(decoding)]).response(for: request)
        } catch let abort as any AbortError {
            let status = abort.status
            let detail = status.code < 500 && !abort.reason.isEmpty && abort.reason != status.reasonPhrase
                ? abort.reason : Self.dutchReason(status)
            var headers = HTTPHeaders()
            let problem = APIProblem(title: Self.dutchReason(status), status: Int(status.code), detail: detail)
            let response = problem.response(for: request)
            for (name, value) in abort.headers where name.lowercased() == "retry-after" { headers.add(name: name, value: value) }
            response.headers.add(contentsOf: headers)
            return response
        } catch {
            request.logger.error("API-fout: \(String(reflecting: type(of: error)))")
            return APIProblem(title: "Interne fout", status: 500, detail: "Er ging iets mis bij Stagelijn. Probeer het later opnieuw.")
                .response(for: request)
        }
    }

    static func dutchReason(_ status: HTTPStatus) -> String {
        switch status.code {
        case 400: "Ongeldig verzoek"
        case 401: "Niet aangemeld"
        case 403: "Geen toegang"
        case 404: "Niet gevonden"
        case 405: "Methode niet toegestaan"
        case 413: "Verzoek te groot"
        case 415: "Verkeerd soort inhoud"
        case 422: "Ongeldige invoer"
        case 429: "Te veel verzoeken"
        default: status.code >= 500 ? "Interne fout" : "Fout"
        }
    }

    static func fieldError(_ error: DecodingError) -> FieldError {
        func path(_ context: DecodingError.Context, _ extra: String? = nil) -> String {
            let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue } + (extra.map { [$0] } ?? [])
            return parts.isEmpty ? "body" : parts.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case let .keyNotFound(key, context):
            return FieldError(field: path(context, key.stringValue), message: "Dit veld ontbreekt.")
        case let .typeMismatch(type, context):
            return FieldError(field: path(context), message: "Verkeerd soort waarde (verwacht: \(Self.dutchType(type))).")
        case let .valueNotFound(type, context):
            return FieldError(field: path(context), message: "Waarde ontbreekt (verwacht: \(Self.dutchType(type))).")
        case let .dataCorrupted(context):
            return FieldError(field: path(context), message: "Dit is geen geldige JSON of de waarde klopt niet.")
        @unknown default:
            return FieldError(field: "body", message: "De inhoud kon niet worden gelezen.")
        }
    }

    private static func dutchType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "tekst"
        case is Int.Type, is Int64.Type, is Double.Type: "getal"
        case is Bool.Type: "true of false"
        default: "een object"
        }
    }
}
