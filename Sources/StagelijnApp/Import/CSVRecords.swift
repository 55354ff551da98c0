import Foundation
import StagelijnCore
import SwiftCSV

/// Turns an uploaded file into records: UTF-8 with or without BOM, `;` or `,` (as Dutch spreadsheets and
/// student administrations export), parsed by SwiftCSV.
enum CSVRecords {
    static func decode(_ data: Data) -> Result<String, ImportProblem> {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ImportProblem(line: 1, column: "", message:
                "Het bestand is geen UTF-8-tekst. Sla het in Excel op als ‘CSV UTF-8 (door lijstscheidingsteken gescheiden)’."))
        }
        return .success(text)
    }

    static func parse(_ text: String) -> Result<[[String]], ImportProblem> {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        body = body.replacingOccurrences(of: "\r\n", with: "\n")
        // SwiftCSV 0.10 drops a trailing empty field on a last line without a newline ("1,," → 2 fields).
        if !body.hasSuffix("\n") { body += "\n" }
        let delimiter = guessDelimiter(headerLine: body.prefix { $0 != "\n" })
        do {
            let csv = try CSV<Enumerated>(string: body, delimiter: delimiter, loadColumns: false, rowLimit: 1)
            var records: [[String]] = []
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { records.append($0) }
            return .success(records)
        } catch {
            return .failure(ImportProblem(line: 1, column: "", message:
                "Het bestand is geen geldig CSV-bestand (controleer de aanhalingstekens)."))
        }
    }

    /// The header decides: whichever of `;` and `,` occurs more often there.
    static func guessDelimiter(headerLine: Substring) -> CSVDelimiter {
        let semicolons = headerLine.filter { $0 == ";" }.count
        let commas = headerLine.filter { $0 == "," }.count
        if headerLine.contains("\t") && semicolons == 0 && commas == 0 { return .tab }
        return semicolons >= commas && semicolons > 0 ? .semicolon : .comma
    }
}
