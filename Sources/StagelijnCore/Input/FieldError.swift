/// One problem with one field of a form or a CSV row, with a Dutch message a coordinator understands.
public struct FieldError: Error, Equatable, Sendable, Codable {
    /// The field's code name (also the form field's `name`).
    public let field: String
    /// The Dutch label (also the CSV column header).
    public let label: String
    public let message: String

    public init(field: String, label: String, message: String) {
        self.field = field
        self.label = label
        self.message = message
    }

    /// For machine input (JSON) the field's path is its only name: `shifts[2].end`.
    public init(field: String, message: String) {
        self.init(field: field, label: field, message: message)
    }
}

/// A field of an input (form or CSV): its code, its Dutch label and the column headers that mean it.
public struct FieldSpec: Sendable {
    public let code: String
    public let label: String
    /// Lower-cased header spellings accepted in CSV files, besides the label itself.
    public let aliases: [String]
    public let required: Bool

    public init(_ code: String, _ label: String, aliases: [String] = [], required: Bool = false) {
        self.code = code
        self.label = label
        self.aliases = aliases
        self.required = required
    }

    public func matches(header: String) -> Bool {
        let key = header.trimmingCharacters(in: .whitespaces).lowercased()
        return key == code.lowercased() || key == label.lowercased() || aliases.contains(key)
    }
}

/// An input type that is read from text fields: a form post or a CSV row.
public protocol FieldInput: Sendable {
    static var fields: [FieldSpec] { get }
    /// Reads and validates the raw values (by field code). `today` is injected so tests are deterministic.
    static func read(_ values: [String: String], today: LocalDate) -> Result<Self, FieldErrors>
}

public struct FieldErrors: Error, Equatable, Sendable {
    public var errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }

    public func message(for field: String) -> String? {
        errors.first(where: { $0.field == field })?.message
    }
}

extension FieldInput {
    public static func spec(_ code: String) -> FieldSpec? { fields.first { $0.code == code } }
}
