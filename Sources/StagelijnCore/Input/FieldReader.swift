import Foundation

/// Reads typed values out of raw text fields and collects every problem (not only the first),
/// so a form or CSV row can show all its mistakes at once.
public struct FieldReader {
    private let values: [String: String]
    private let specs: [String: FieldSpec]
    public private(set) var errors: [FieldError] = []

    /// Every date typed into Stagelijn (birth dates, periods, hours) lies in these years; 9999-12-31 is a typing error.
    public static let dateRange = 1900...2100

    public init(_ values: [String: String], fields: [FieldSpec]) {
        self.values = values
        self.specs = Dictionary(fields.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var result: FieldErrors? { errors.isEmpty ? nil : FieldErrors(errors) }

    public mutating func fail(_ field: String, _ message: String) {
        errors.append(FieldError(field: field, label: specs[field]?.label ?? field, message: message))
    }

    private func raw(_ field: String) -> String {
        (values[field] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private var isRequired: (String) -> Bool { { specs[$0]?.required ?? false } }

    /// Returns nil (and records an error when required) for an empty field.
    private mutating func present(_ field: String) -> String? {
        let text = raw(field)
        if text.isEmpty {
            if isRequired(field) { fail(field, "Dit veld is verplicht.") }
            return nil
        }
        return text
    }

    /// A one-line text: no line breaks or other control characters (`InputText`), at most `maxLength` characters.
    public mutating func text(_ field: String, maxLength: Int = 200) -> String {
        guard let text = present(field) else { return "" }
        if !InputText.isSingleLine(text) {
            fail(field, InputText.singleLineMessage)
        } else if text.count > maxLength {
            fail(field, "Maximaal \(maxLength) tekens (nu \(text.count)).")
        }
        return text
    }

    /// A text of several lines (notes, descriptions): line breaks and tabs allowed, other control characters not.
    public mutating func multiLineText(_ field: String, maxLength: Int = 4000) -> String {
        guard let text = present(field) else { return "" }
        if !InputText.isMultiLine(text) {
            fail(field, InputText.multiLineMessage)
        } else if text.count > maxLength {
            fail(field, "Maximaal \(maxLength) tekens (nu \(text.count)).")
        }
        return text
    }

    public mutating func optionalText(_ field: String, maxLength: Int = 200) -> String? {
        let value = text(field, maxLength: maxLength)
        return value.isEmpty ? nil : value
    }

    public mutating func optionalMultiLineText(_ field: String, maxLength: Int = 4000) -> String? {
        let value = multiLineText(field, maxLength: maxLength)
        return value.isEmpty ? nil : value
    }

    public mutating func date(_ field: String) -> LocalDate? {
        guard let text = present(field) else { return nil }
        guard let date = LocalDate(parsing: text) else {
            fail(field, "‘\(text)’ is geen geldige datum; gebruik dd-mm-jjjj of jjjj-mm-dd.")
            return nil
        }
        guard Self.dateRange.contains(date.year) else {
            fail(field, "Kies een datum tussen \(Self.dateRange.lowerBound) en \(Self.dateRange.upperBound).")
            return nil
        }
        return date
    }

    public mutating func int(_ field: String, in range: ClosedRange<Int>, default fallback: Int? = nil) -> Int? {
        guard let text = present(field) else { return fallback }
        guard let number = Int(text) else {
            fail(field, "‘\(text)’ is geen geheel getal.")
            return nil
        }
        guard range.contains(number) else {
            fail(field, "Moet tussen \(range.lowerBound) en \(range.upperBound) liggen (nu \(number)).")
            return nil
        }
        return number
    }

    public mutating func double(_ field: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = present(field) else { return nil }
        guard let number = Double(text.replacingOccurrences(of: ",", with: ".")) else {
            fail(field, "‘\(text)’ is geen getal.")
            return nil
        }
        guard range.contains(number) else {
            fail(field, "Moet tussen \(range.lowerBound) en \(range.upperBound) liggen.")
            return nil
        }
        return number
    }

    /// ja/nee as typed by people and exported by administrations (ja, j, x, 1, true / nee, n, 0, false, empty).
    public mutating func bool(_ field: String) -> Bool {
        let text = raw(field).lowercased()
        switch text {
        case "ja", "j", "x", "1", "true", "yes", "on", "waar": return true
        case "", "nee", "n", "0", "false", "no", "off", "onwaar": return false
        default:
            fail(field, "‘\(raw(field))’ is geen ja of nee.")
            return false
        }
    }

    /// The one e-mail rule of the project: one @, something before it, a dot after it, no spaces.
    public static func isEmail(_ text: String, maxLength: Int = 254) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && text.count <= maxLength
            && !text.unicodeScalars.contains { InputText.isControl($0) || $0.properties.isWhitespace }
            && !text.contains(where: { "<>,;:\"()[]\\".contains($0) })
    }

    public mutating func email(_ field: String) -> String? {
        guard let text = present(field) else { return nil }
        guard Self.isEmail(text) else {
            fail(field, "‘\(text)’ is geen geldig e-mailadres.")
            return nil
        }
        return text.lowercased()
    }

    /// Dutch postcode: four digits (not starting with 0) and two letters, normalised to "1811 AB".
    public mutating func postcode(_ field: String) -> String? {
        guard let text = present(field) else { return nil }
        guard let postcode = Postcode.normalise(text) else {
            fail(field, "‘\(text)’ is geen Nederlandse postcode (zoals 1811 AB).")
            return nil
        }
        return postcode
    }

    public mutating func value<T: ParsableList>(_ field: String, as type: T.Type, named kind: String) -> T? {
        guard let text = present(field) else { return nil }
        guard let value = T(parsing: text) else {
            fail(field, "Onbekende \(kind) ‘\(text)’.")
            return nil
        }
        return value
    }

    public mutating func list<T: ParsableList>(_ field: String, of type: T.Type, named kind: String) -> [T] {
        guard let text = present(field) else { return [] }
        switch T.parseList(text) {
        case let .success(values): return values
        case let .failure(unknown):
            fail(field, "Onbekende \(kind) ‘\(unknown.value)’.")
            return []
        }
    }
}

public enum Postcode {
    public static func normalise(_ text: String) -> String? {
        let compact = text.uppercased().filter { !$0.isWhitespace }
        guard compact.count == 6 else { return nil }
        let digits = compact.prefix(4), letters = compact.suffix(2)
        guard digits.allSatisfy(\.isASCIIDigit), digits.first != "0",
              letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return "\(digits) \(letters)"
    }

    /// The four-digit area ("1811") used to look up coordinates.
    public static func area(_ postcode: String) -> String { String(postcode.prefix(4)) }
}
