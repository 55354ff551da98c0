import Foundation

/// The hostile value written into every stored text, query parameter and form field, and the check that a page never
/// gives it back as markup. Each value ends in a short tag (letters and digits), so an offender names its source.
enum HostileText {
    /// Breaks out of a double- or single-quoted attribute and opens an element. Escaped output
    /// (`&quot;&#39;&gt;&lt;i data-x=1&gt;`) is fine; this text raw in a page is an injection.
    static let prefix = "H\"'><i data-x=1>"
    static let element = "<i data-x=1>"
    static let breakout = "\"'><i data-x=1>"

    static func value(_ tag: String) -> String { prefix + tag }

    /// A tag made from any name: letters and digits only, so it survives the end of the marker.
    static func tag(_ name: String) -> String { String(name.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }) }

    /// Every raw occurrence in `body`, as "tag" (an element in text) or "tag (attribute breakout)".
    static func offences(in body: String) -> [String] {
        guard body.contains(element) else { return [] }
        var found: [String] = []
        var rest = body[...]
        while let hit = rest.range(of: element) {
            let tag = String(rest[hit.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) })
            let escapedQuotes = rest[..<hit.lowerBound].hasSuffix("\"'>")
            found.append((tag.isEmpty ? "?" : tag) + (escapedQuotes ? " (attribute breakout)" : ""))
            rest = rest[hit.upperBound...]
        }
        return Array(Set(found)).sorted()
    }

    /// The tags of hostile values a page shows escaped: proof that the value was rendered, and so checked.
    static func escapedTags(in body: String) -> Set<String> {
        var found = Set<String>()
        var rest = body[...]
        while let hit = rest.range(of: "&lt;i data-x=1&gt;") {
            found.insert(String(rest[hit.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }))
            rest = rest[hit.upperBound...]
        }
        return found
    }

    /// Nasty values for the fuzz pass, each answer must stay < 500. Values that trip a parser: numbers at and beyond
    /// Int's bounds, impossible dates and times.
    static let parserValues: [String] = [
        "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "-1", "0", "", "1e309", "NaN",
        "9999-12-31", "0000-00-00", "31-02-2026", "25:99", "2026-02-29",
    ]
    /// Values that trip storage and output: a body far over any field limit, header injection, control and bidi
    /// characters, paths, SQL and an off-site return path.
    static let textValues: [String] = [
        String(repeating: "x", count: 60_000), "Jan\r\nBcc: x@evil.example", "a\u{0}b", "\u{202E}", "Zoë 😀",
        "../../etc/passwd", "%00", "' OR 1=1 --", "//evil.example",
    ]

    /// A seeded choice of `parsers` parser values and `texts` text values, so every field gets both kinds.
    static func sample(_ generator: inout SeededGenerator, parsers: Int, texts: Int) -> [String] {
        Array(parserValues.shuffled(using: &generator).prefix(parsers)) + Array(textValues.shuffled(using: &generator).prefix(texts))
    }

    /// A short readable name of a fuzz value for offender lists.
    static func describe(_ value: String) -> String {
        let shown = value.count > 24 ? String(value.prefix(12)) + "…(\(value.count) chars)" : value
        return shown.debugDescription
    }
}

/// A deterministic generator (SplitMix64), so every run fuzzes the same fields with the same values.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
