import Foundation

/// What text from outside (forms, CSV, query strings) may contain. Control characters have no place in a name, an
/// address or a title, and a CR/LF in a name becomes a header in an e-mail (`Jan\r\nBcc: …`), so they are refused at
/// input; multi-line fields (notes, reports) may contain line breaks and tabs, nothing else.
public enum InputText {
    /// C0 controls, DEL, C1 controls, and the Unicode line/paragraph separators, which some mail software and
    /// terminals also treat as line breaks.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// True when the text is fit for a one-line field: no control character at all (no tab, CR or LF either).
    public static func isSingleLine(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: isControl)
    }

    /// True when the text is fit for a multi-line field: line breaks and tabs are allowed, other controls are not.
    public static func isMultiLine(_ text: String) -> Bool {
        !text.unicodeScalars.contains { isControl($0) && !["\n", "\r", "\t"].contains($0) }
    }

    public static let singleLineMessage = "Mag geen regelovergang of onzichtbare stuurtekens bevatten."
    public static let multiLineMessage = "Mag geen onzichtbare stuurtekens bevatten."
}

/// The form in which names are stored for searching and in which search words are compared: lower case, without
/// accents, so "zoe" finds "Zoë" and "Ozturk" finds "Öztürk".
public enum SearchText {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "nl_NL"))
    }

    public static func of(_ parts: [String]) -> String { fold(parts.joined(separator: " ")) }
}
