import Foundation

/// Walks a JSON document parsed with `JSONSerialization` and names every problem by its path (`shifts[2].end`),
/// with a Dutch message, so that a school can see which field of its file is wrong.
public struct JSONReader {
    public let value: Any?
    public let path: String

    public init(data: Data) throws(FieldErrors) {
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw FieldErrors([FieldError(field: "(bestand)", message: "Dit is geen geldige JSON: \(Self.describe(error)).")])
        }
        path = ""
    }

    init(value: Any?, path: String) {
        self.value = value
        self.path = path
    }

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }

    var displayPath: String { path.isEmpty ? "(bestand)" : path }

    func fail(_ message: String) -> FieldErrors { FieldErrors([FieldError(field: displayPath, message: message)]) }

    /// The member `key` of an object (a missing member reads as null).
    public subscript(key: String) -> JSONReader {
        let object = value as? [String: Any]
        return JSONReader(value: object?[key], path: path.isEmpty ? key : "\(path).\(key)")
    }

    public var isMissing: Bool { value == nil || value is NSNull }

    public func object() throws(FieldErrors) -> [String: Any] {
        guard let object = value as? [String: Any] else { throw fail(isMissing ? "Dit veld ontbreekt." : "Hier hoort een object ({…}).") }
        return object
    }

    public func array() throws(FieldErrors) -> [JSONReader] {
        guard let array = value as? [Any] else { throw fail(isMissing ? "Dit veld ontbreekt." : "Hier hoort een lijst ([…]).") }
        return array.enumerated().map { JSONReader(value: $1, path: "\(path)[\($0)]") }
    }

    /// An optional list: missing or null is an empty list.
    public func optionalArray() throws(FieldErrors) -> [JSONReader] { isMissing ? [] : try array() }

    public func string() throws(FieldErrors) -> String {
        guard let string = value as? String else { throw fail(isMissing ? "Dit veld ontbreekt." : "Hier hoort tekst tussen aanhalingstekens.") }
        return string
    }

    public func optionalString() throws(FieldErrors) -> String? { isMissing ? nil : try string() }

    public func bool(default fallback: Bool) throws(FieldErrors) -> Bool {
        if isMissing { return fallback }
        guard let number = value as? NSNumber, isJSONBoolean(number) else {
            throw fail("Hier hoort true of false.")
        }
        return number.boolValue
    }

    public func int() throws(FieldErrors) -> Int {
        guard let number = value as? NSNumber, !isJSONBoolean(number),
              let int = Int(exactly: number.doubleValue) else {
            throw fail(isMissing ? "Dit veld ontbreekt." : "Hier hoort een geheel getal.")
        }
        return int
    }

    public func double() throws(FieldErrors) -> Double {
        guard let number = value as? NSNumber, !isJSONBoolean(number), number.doubleValue.isFinite else {
            throw fail(isMissing ? "Dit veld ontbreekt." : "Hier hoort een getal.")
        }
        return number.doubleValue
    }

    public func date() throws(FieldErrors) -> LocalDate {
        let text = try string()
        guard let date = LocalDate(iso: text) else { throw fail("\"\(text)\" is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-02.") }
        return date
    }

    public func time() throws(FieldErrors) -> ClockTime {
        let text = try string()
        guard let time = ClockTime(parsing: text) else { throw fail("\"\(text)\" is geen geldige tijd; schrijf UU:MM tussen 00:00 en 23:59, bijvoorbeeld 08:30.") }
        return time
    }

    /// A string that must be one of the raw values of `T`.
    public func oneOf<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(FieldErrors) -> T where T.RawValue == String {
        let text = try string()
        guard let found = T(rawValue: text) else {
            throw fail("\"\(text)\" is geen geldige waarde; kies uit: \(T.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return found
    }

    
}

/// `JSONSerialization` returns booleans as NSNumber; on Linux and Darwin alike their `objCType` is "c".
private func isJSONBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
}

/// Writes results as compact, stable JSON (sorted keys, no escaped slashes).
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
