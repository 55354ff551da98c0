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
        return values.mapValues { $0.joined(separator: ",") }
    }
}
