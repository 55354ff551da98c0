import Foundation
import Testing
import Vapor
import VaporTesting
@testable import StagelijnApp

/// Calls the API with a token the way a school's other systems do.
struct APICaller {
    let app: Application
    let token: String

    struct Answer {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String
        var json: JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(body.utf8)) }
    }

    static func make(_ app: Application, school: UUID, name: String = "Leerlingadministratie", readOnly: Bool = false) async throws -> APICaller {
        let created = try await APITokens.create(school: school, name: name, readOnly: readOnly,
                                                 actor: .system("test", schoolID: school), at: Date(), on: app.db)
        return APICaller(app: app, token: created.token)
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: String? = nil, bearer: String?? = nil) async throws -> Answer {
        var headers = HTTPHeaders()
        let sent = bearer ?? token
        if let sent { headers.add(name: .authorization, value: "Bearer \(sent)") }
        if json != nil { headers.contentType = .json }
        var answer: Answer?
        try await app.testing().test(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) }) { response in
            answer = Answer(status: response.status, headers: response.headers, body: response.body.string)
        }
        guard let answer else { throw Abort(.internalServerError) }
        return answer
    }

    func get(_ path: String) async throws -> Answer { try await send(.GET, path) }
}

/// The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) the Stagelijn document uses: `$ref`, `type` (one or a
/// list), `enum`, `properties`, `required`, `additionalProperties: false`, `items`, `format` uuid/date/date-time,
/// `minimum`/`maximum`. Returns every mismatch with its JSON path.
enum SchemaCheck {
    static func problems(_ value: JSONValue, _ schema: JSONValue, document: JSONValue, at path: String = "$") -> [String] {
        if let ref = schema["$ref"]?.stringValue {
            let name = ref.replacingOccurrences(of: "#/components/schemas/", with: "")
            guard let target = document["components"]?["schemas"]?[name] else { return ["\(path): unknown $ref \(ref)"] }
            return problems(value, target, document: document, at: path)
        }
        var found: [String] = []
        if let type = schema["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            if !allowed.contains(where: { matches(value, $0) }) { return ["\(path): \(describe(value)) is not \(allowed)"] }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) { found.append("\(path): \(describe(value)) not in enum") }
        if case let .string(text) = value, let format = schema["format"]?.stringValue {
            let ok: Bool = switch format {
            case "uuid": UUID(uuidString: text) != nil
            case "date": text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
            case "date-time": (try? Date(text, strategy: .iso8601)) != nil
            default: true
            }
            if !ok { found.append("\(path): ‘\(text)’ is not a \(format)") }
        }
        if case let .object(object) = value {
            let properties = schema["properties"]?.objectValue ?? [:]
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
                found.append("\(path): required property \(name) missing")
            }
            for (key, item) in object {
                if let property = properties[key] {
                    found += problems(item, property, document: document, at: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    found.append("\(path): property \(key) is not in the schema")
                }
            }
        }
        if case let .array(items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { found += problems(item, itemSchema, document: document, at: "\(path)[\(index)]") }
        }
        return found
    }

    private static func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (value, type) {
        case (.string, "string"), (.bool, "boolean"), (.array, "array"), (.object, "object"), (.null, "null"), (.number, "number"): true
        case let (.number(number), "integer"): number == number.rounded()
        default: false
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        String(decoding: value.encoded(), as: UTF8.self).prefix(80).description
    }
}
