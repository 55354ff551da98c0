import Foundation

/// Just enough HTML reading for the crawler: Plot writes every attribute double-quoted, so regular expressions do.
enum HTMLScan {
    /// One control of a form, with the value a browser would send by default.
    struct Field {
        enum Kind: Equatable { case hidden, text, textarea, select, checkbox, radio, button, file }
        let name: String
        let kind: Kind
        let value: String
        let options: [String]
        let checked: Bool
    }

    struct Form {
        let page: String          // where it was found (fetched again for a fresh token before each submit)
        let action: String
        let multipart: Bool
        let fields: [Field]
        var key: String { action + "|" + fields.map(\.name).joined(separator: ",") }

        /// What a browser sends when the user changes nothing: hidden values, typed values, the selected (or first)
        /// option, checked boxes, the first named button. The CSRF field is left out: `Browser.post` adds it.
        func defaults() -> [(String, String)] {
            var pairs: [(String, String)] = []
            var radios = Set<String>(), buttonSent = false
            for field in fields where field.name != "_csrf" {
                switch field.kind {
                case .checkbox: if field.checked { pairs.append((field.name, field.value)) }
                case .radio:
                    let group = fields.filter { $0.name == field.name }
                    if radios.insert(field.name).inserted { pairs.append((field.name, (group.first(where: \.checked) ?? field).value)) }
                case .button: if !buttonSent { pairs.append((field.name, field.value)); buttonSent = true }
                case .file: continue
                default: pairs.append((field.name, field.value))
                }
            }
            return pairs
        }
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // Patterns are literals in this file; a typo fails every test at once.
        (try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators, .caseInsensitive]))!
    }
    private static let hrefPattern = regex(#"href="([^"]*)""#)
    private static let formPattern = regex(#"<form\b([^>]*)>(.*?)</form>"#)
    private static let attributePattern = regex(#"([a-zA-Z_:-]+)(?:="([^"]*)")?"#)
    private static let controlPattern = regex(#"<(input|button)\b([^>]*)>|<textarea\b([^>]*)>(.*?)</textarea>|<select\b([^>]*)>(.*?)</select>"#)
    private static let optionPattern = regex(#"<option\b([^>]*)>"#)

    private static func groups(_ pattern: NSRegularExpression, _ text: String) -> [[String?]] {
        let ns = text as NSString
        return pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (0..<match.numberOfRanges).map { i in
                let range = match.range(at: i)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
        }
    }

    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for group in groups(attributePattern, text) where result[group[1]!.lowercased()] == nil {
            result[group[1]!.lowercased()] = unescape(group[2] ?? "")
        }
        return result
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#34;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Same-site links (path and query, no fragment), in page order.
    static func links(in html: String) -> [String] {
        groups(hrefPattern, html).compactMap { group in
            let href = unescape(group[1] ?? "")
            let path = String(href.prefix { $0 != "#" })
            return isSameSite(path) ? path : nil
        }
    }

    /// A path on this site: starts with one slash (not `//host` or `/\host`, which browsers read as another site).
    static func isSameSite(_ location: String) -> Bool {
        location.hasPrefix("/") && !location.hasPrefix("//") && !location.hasPrefix("/\\")
    }

    /// Every `<form method="post">` with its controls.
    static func postForms(in html: String, page: String) -> [Form] {
        groups(formPattern, html).compactMap { group in
            let attrs = attributes(group[1] ?? "")
            guard attrs["method"]?.lowercased() == "post" else { return nil }
            let action = attrs["action"].flatMap { $0.isEmpty ? nil : $0 } ?? String(page.prefix { $0 != "?" })
            guard isSameSite(action) else { return nil }
            return Form(page: page, action: action, multipart: (attrs["enctype"] ?? "").contains("multipart"),
                        fields: controls(group[2] ?? ""))
        }
    }

    private static func controls(_ html: String) -> [Field] {
        groups(controlPattern, html).compactMap { group in
            if let tag = group[1]?.lowercased() {
                let attrs = attributes(group[2] ?? "")
                guard let name = attrs["name"], !name.isEmpty else { return nil }
                let type = tag == "button" ? "button" : (attrs["type"] ?? "text").lowercased()
                let kind: Field.Kind = switch type {
                case "hidden": .hidden
                case "checkbox": .checkbox
                case "radio": .radio
                case "submit", "button", "image": .button
                case "file": .file
                default: .text
                }
                return Field(name: name, kind: kind, value: attrs["value"] ?? (kind == .checkbox ? "on" : ""), options: [],
                             checked: attrs["checked"] != nil)
            }
            if let textarea = group[3] {
                guard let name = attributes(textarea)["name"] else { return nil }
                return Field(name: name, kind: .textarea, value: unescape(group[4] ?? ""), options: [], checked: false)
            }
            guard let name = attributes(group[5] ?? "")["name"] else { return nil }
            let options = groups(optionPattern, group[6] ?? "").map { attributes($0[1] ?? "") }
            let values = options.map { $0["value"] ?? "" }
            let selected = options.first { $0["selected"] != nil }?["value"] ?? values.first ?? ""
            return Field(name: name, kind: .select, value: selected, options: values, checked: false)
        }
    }

    /// The names of all query parameters in a link.
    static func queryNames(_ link: String) -> [String] {
        URLComponents(string: link)?.queryItems?.map(\.name) ?? []
    }
}
