import Foundation
import Vapor

/// The one CSV writer of Stagelijn: semicolons (Dutch Excel), UTF-8 with a BOM so Excel reads the accents, CRLF,
/// quotes where needed, and every cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
/// carriage return) neutralised with a leading apostrophe (OWASP "CSV injection").
enum CSVWriter {
    static let separator: Character = ";"
    static let byteOrderMark = "\u{FEFF}"

    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        if text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            text = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: String(separator))
    }

    static func document(header: [String], rows: [[String]]) -> String {
        byteOrderMark + ([line(header)] + rows.map(line)).joined(separator: "\r\n") + "\r\n"
    }

    /// A download: `text/csv; charset=utf-8`, saved under `name`, never cached.
    static func response(_ text: String, name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}
