import StagelijnCore
import Vapor

/// Numbers taken from a request are clamped before any arithmetic, so no query string can trap the process
/// (a page of 9223372036854775807 multiplied by the page size overflows `Int`).
extension Request {
    /// The largest page number any list accepts; far beyond any real list, small enough for `page * perPage`.
    static let maximumPageNumber = 100_000

    /// `?pagina=` as a page number in 1…`maximumPageNumber`; anything else (missing, text, negative, huge) is page 1
    /// or the last allowed page.
    func pageNumber(_ key: String = "pagina") -> Int {
        guard let text = try? query.get(String.self, at: key) else { return 1 }
        return Self.clampedInt(text, to: 1...Self.maximumPageNumber) ?? 1
    }

    /// A whole number from text clamped into `range`; nil when the text is not a whole number at all.
    /// Digits beyond `Int`'s range are clamped too instead of failing.
    static func clampedInt(_ text: String, to range: ClosedRange<Int>) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= 40 else { return nil }
        if let value = Int(trimmed) { return min(max(value, range.lowerBound), range.upperBound) }
        let digits = trimmed.hasPrefix("-") || trimmed.hasPrefix("+") ? trimmed.dropFirst() : Substring(trimmed)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return trimmed.hasPrefix("-") ? range.lowerBound : range.upperBound
    }
}

extension Range where Bound == Int {
    /// The rows of one page; `page` and `perPage` are already clamped, so the products stay far inside `Int`.
    static func page(_ page: Int, perPage: Int) -> Range<Int> {
        let (start, startOverflow) = (page - 1).multipliedReportingOverflow(by: perPage)
        let (end, endOverflow) = page.multipliedReportingOverflow(by: perPage)
        guard !startOverflow, !endOverflow, start >= 0 else { return 0..<0 }
        return start..<end
    }
}

extension Request {
    /// A short text from the query string (search, filters): at most `maxLength` characters, control characters
    /// removed. Longer input is cut rather than refused, so a pasted text still searches.
    func queryText(_ key: String, maxLength: Int = 100) -> String {
        guard let text = try? query.get(String.self, at: key) else { return "" }
        return String(text.unicodeScalars.filter { !InputText.isControl($0) }.prefix(maxLength).map(Character.init))
            .trimmingCharacters(in: .whitespaces)
    }
}

extension Request {
    /// The client's address for throttling and the audit log. A forwarding header is believed only when one is
    /// configured and the connection comes from a trusted proxy; then the last address in it (the one our proxy
    /// added; earlier ones are the client's own claims).
    var clientAddress: String? {
        let peer = remoteAddress?.ipAddress
        let config = application.stagelijnConfig
        guard let header = config.trustedProxyHeader, let peer, config.trustedProxies.contains(peer),
              let forwarded = headers[header].last else { return peer }
        let last = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return last.isEmpty || last.count > 64 ? peer : last
    }
}
