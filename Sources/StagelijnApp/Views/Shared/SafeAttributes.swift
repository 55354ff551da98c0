import Plot

/// Plot 0.14 writes attribute values as they are (`name="value"`, no escaping; an open upstream pull request,
/// "Escape rendered attribute values", would change that). So every attribute whose value is not a fixed literal
/// goes through `.attr(_:_:)`, which escapes it. `SafeAttributeTests` fails the build's tests when a view calls
/// Plot's attribute functions with anything but a plain string literal.
enum HTMLEscape {
    /// Escaped for a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` become character references.
    static func attribute(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

extension Node {
    /// An attribute whose value comes from data or the request, escaped. Nil or empty values leave it out,
    /// unless `keepEmpty` (an `<option value="">`).
    static func attr(_ name: String, _ value: String?, keepEmpty: Bool = false) -> Node {
        .attribute(named: name, value: value.map(HTMLEscape.attribute), ignoreIfValueIsEmpty: !keepEmpty)
    }
}

extension Attribute {
    /// The same for places where Plot expects an `Attribute` (`.input(…)`, `.form(…)`, `.meta(…)`, `.link(…)`).
    static func attr(_ name: String, _ value: String?, keepEmpty: Bool = false) -> Attribute {
        Attribute(name: name, value: value.map(HTMLEscape.attribute), ignoreIfValueIsEmpty: !keepEmpty)
    }
}
