/// A value that can be read from text as typed in a form or a CSV cell ("Groen; Logistiek").
public protocol ParsableList: Equatable {
    init?(parsing text: String)
}

public struct UnknownValue: Error, Equatable, Sendable {
    public let value: String
}

extension ParsableList {
    /// Parses a list separated by `,`, `;` or `|`, dropping duplicates; fails on the first unknown entry.
    public static func parseList(_ text: String) -> Result<[Self], UnknownValue> {
        var result: [Self] = []
        for part in text.split(whereSeparator: { ",;|".contains($0) }) {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            guard let value = Self(parsing: name) else { return .failure(UnknownValue(value: name)) }
            if !result.contains(value) { result.append(value) }
        }
        return .success(result)
    }
}
