/// The four-point scale companies understand (DOMAIN.md, "Goals and assessment"): it replaced
/// "nooit/soms/vaak/altijd", which confused companies, and "oefenen" avoids calling a student "onvoldoende".
public enum Score: Int, CaseIterable, Codable, Comparable, Sendable {
    case never = 1, practising, sufficient, good

    public static func < (lhs: Score, rhs: Score) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The word on the form.
    public var dutch: String {
        switch self {
        case .never: "nooit"
        case .practising: "oefenen"
        case .sufficient: "voldoende"
        case .good: "goed"
        }
    }

    /// What the word means, in the words a praktijkbegeleider uses on the shop floor.
    public var descriptor: String {
        switch self {
        case .never: "Laat dit (nog) niet zien, ook niet met hulp."
        case .practising: "Is ermee bezig; lukt met hulp of af en toe."
        case .sufficient: "Lukt meestal zelfstandig, zoals van een stagiair verwacht mag worden."
        case .good: "Lukt zelfstandig en goed, ook als het druk is."
        }
    }

    /// Reads the stored or submitted word (`nooit`, `oefenen`, …) or number (1–4).
    public init?(word: String) {
        if let number = Int(word), let score = Score(rawValue: number) { self = score; return }
        guard let score = Score.allCases.first(where: { $0.dutch == word.lowercased() }) else { return nil }
        self = score
    }

    /// "voldoende" and "goed" count as reached (for goals and the quality figures).
    public var isReached: Bool { self >= .sufficient }
}
