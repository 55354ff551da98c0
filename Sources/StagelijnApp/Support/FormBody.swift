import StagelijnCore
import Vapor

extension Request {
    /// The posted form (`application/x-www-form-urlencoded`) as one string per field.
    /// Repeated fields (checkbox groups named `x[]`) are joined with commas under `x`.
    func formValues() throws -> [String: String] {
        guard let buffer = body.data else { return [:] }
        let text = String(buffer: buffer)
        var values: [String: [String]] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawKey = parts.first else { continue }
            let decode: (Substring) -> String = {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            var key = decode(rawKey)
            if key.hasSuffix("[]") { key.removeLast(2) }
            values[key, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        // No field of any form may carry invisible control characters (NUL, ESC, …); line breaks and tabs may,
        // and the one-line fields refuse those too where they are read (`FieldReader.text`).
        for value in values.values.joined() where !InputText.isMultiLine(value) {
            throw Abort(.badRequest, reason: "Het formulier bevat onzichtbare stuurtekens (bijvoorbeeld uit een gekopieerde tekst). "
                        + "Haal ze weg en probeer het opnieuw; met de knop Terug ziet u wat u had ingevuld.")
        }
        return values.mapValues { $0.joined(separator: ",") }
    }
}
