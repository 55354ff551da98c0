import Foundation
import StagelijnCore

/// One value of a JSON write body, turned into the text the form and CSV readers take, so a student or company
/// written through the API passes exactly the same `FieldInput.read` rules as the form.
enum APIScalar: Decodable {
    case text(String), number(Double), flag(Bool), list([String]), null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .flag(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .text(value) }
        else if let value = try? container.decode([String].self) { self = .list(value) }
        else {
            throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath,
                                                                debugDescription: "tekst, getal, true/false of een lijst met tekst"))
        }
    }

    var formText: String {
        switch self {
        case let .text(text): text
        case let .number(number):
            number.isFinite && number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case let .flag(flag): flag ? "ja" : ""
        case let .list(items): items.joined(separator: ",")
        case .null: ""
        }
    }

    /// Form values of a body; a field the input does not know is refused by name.
    static func values(_ body: [String: APIScalar], allowed: Set<String>) -> Result<[String: String], FieldErrors> {
        let unknown = body.keys.filter { !allowed.contains($0) }.sorted()
        if !unknown.isEmpty {
            return .failure(FieldErrors(unknown.map { FieldError(field: $0, message: "Onbekend veld.") }))
        }
        return .success(body.mapValues(\.formText))
    }
}
