import Plot
import StagelijnCore

/// Form building blocks. Every field shows its label, keeps what the user typed, and shows its error next to it,
/// linked with `aria-describedby` so screen readers announce it.
enum Forms {
    struct Values {
        var values: [String: String]
        var errors: FieldErrors?

        init(_ values: [String: String] = [:], errors: FieldErrors? = nil) {
            self.values = values
            self.errors = errors
        }

        subscript(_ field: String) -> String { values[field] ?? "" }
        func error(_ field: String) -> String? { errors?.message(for: field) }
    }

    static func csrf<C: HTML.BodyContext>(_ token: String) -> Node<C> {
        .input(.type(.hidden), .attr("name", CSRFMiddleware.formField), .attr("value", token))
    }

    /// One problem that is not about a single field, announced to screen readers.
    static func alert<C: HTML.BodyContext>(_ message: String) -> Node<C> {
        .div(.class("error-summary"), .attr("role", "alert"), .p(.text(message)))
    }

    /// The list of all problems at the top of a form, each linking to its field.
    static func errorSummary<C: HTML.BodyContext>(_ values: Values) -> Node<C> {
        guard let errors = values.errors, !errors.errors.isEmpty else { return .empty }
        return .div(.class("error-summary"), .attr("role", "alert"),
                    .h2(.text("Controleer de gegevens")),
                    .ul(.forEach(errors.errors) { error in
                        .li(.a(.attr("href", "#\(error.field)"), .text("\(error.label.capitalizedFirstLetter): \(error.message)")))
                    }))
    }

    static func text<C: HTML.BodyContext>(_ label: String, _ name: String, _ values: Values, type: HTMLInputType = .text,
                                           required: Bool = false, hint: String? = nil) -> Node<C> {
        field(label, name, values, hint: hint,
              .input(.type(type), .attr("name", name), .attr("id", name), .attr("value", values[name]),
                     .attr("required", required ? "required" : nil),
                     .attr("aria-describedby", describedBy(name, values, hint: hint))))
    }

    static func textArea<C: HTML.BodyContext>(_ label: String, _ name: String, _ values: Values, hint: String? = nil) -> Node<C> {
        field(label, name, values, hint: hint,
              .textarea(.attr("name", name), .attr("id", name), .rows(4), .text(values[name])))
    }

    static func select<C: HTML.BodyContext>(_ label: String, _ name: String, _ values: Values,
                                             options: [(value: String, label: String)],
                                             includeEmpty: String? = nil, required: Bool = false) -> Node<C> {
        let selected = values[name]
        var all = options
        if let includeEmpty { all.insert(("", includeEmpty), at: 0) }
        return field(label, name, values, hint: nil,
                     .select(.attr("name", name), .attr("id", name),
                             .attr("required", required ? "required" : nil),
                             .forEach(all) { option in
                                 .element(named: "option", nodes: [
                                     .attr("value", option.value, keepEmpty: true),
                                     .if(option.value == selected, .attr("selected", "selected")),
                                     .text(option.label),
                                 ])
                             }))
    }

    static func checkbox<C: HTML.BodyContext>(_ label: String, _ name: String, _ values: Values) -> Node<C> {
        let checked = ["ja", "on", "true", "1"].contains(values[name].lowercased())
        return .div(.class("field checkbox"),
                    .input(.type(.checkbox), .attr("name", name), .attr("id", name), .value("ja"),
                           .attr("checked", checked ? "checked" : nil)),
                    .label(.attr("for", name), .text(label)))
    }

    /// A group of checkboxes sharing one comma-joined value (sectors, certificates).
    static func checkboxes<C: HTML.BodyContext>(_ legend: String, _ name: String, _ values: Values,
                                                 options: [(value: String, label: String)]) -> Node<C> {
        let chosen = Set(values[name].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        return .fieldset(.attr("id", name), .attr("class", values.error(name) == nil ? "field" : "field invalid"),
                         .element(named: "legend", text: legend),
                         .unwrap(values.error(name)) { .p(.class("error"), .attr("id", "\(name)-error"), .text($0)) },
                         .div(.class("choices"), .forEach(options) { option in
                             .label(.input(.type(.checkbox), .attr("name", "\(name)[]"), .attr("value", option.value),
                                           .attr("checked", chosen.contains(option.value) ? "checked" : nil)),
                                    .text(" \(option.label)"))
                         }))
    }

    private static func field<C: HTML.BodyContext>(_ label: String, _ name: String, _ values: Values, hint: String?,
                                                    _ control: Node<HTML.BodyContext>) -> Node<C> {
        .div(.attr("class", values.error(name) == nil ? "field" : "field invalid"),
             .label(.attr("for", name), .text(label)),
             .unwrap(hint) { .p(.class("hint"), .attr("id", "\(name)-hint"), .text($0)) },
             .unwrap(values.error(name)) { .p(.class("error"), .attr("id", "\(name)-error"), .text($0)) },
             .raw(control.render()))
    }

    private static func describedBy(_ name: String, _ values: Values, hint: String?) -> String {
        [hint.map { _ in "\(name)-hint" }, values.error(name).map { _ in "\(name)-error" }]
            .compactMap { $0 }.joined(separator: " ")
    }
}

extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
