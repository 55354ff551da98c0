/// The question bank of a school board. The core items are the same text for every perspective, so a student's and
/// a praktijkbegeleider's answer to "De afspraken waren duidelijk" can be put side by side; the themes follow the
/// national BPV-monitor (DOMAIN.md, Quality loop). Extra items belong to one perspective.
public enum EvaluationTheme: String, CaseIterable, Codable, Sendable {
    case preparation, agreements, schoolGuidance, companyGuidance, workAndLearning, assessment, problemSolving, overall

    public var dutchName: String {
        switch self {
        case .preparation: "Voorbereiding"
        case .agreements: "Afspraken"
        case .schoolGuidance: "Begeleiding door school"
        case .companyGuidance: "Begeleiding door het bedrijf"
        case .workAndLearning: "Het werk en wat er geleerd is"
        case .assessment: "Beoordeling"
        case .problemSolving: "Als er iets mis ging"
        case .overall: "Tot slot"
        }
    }
}

public struct EvaluationItem: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// 1 = helemaal oneens … 5 = helemaal eens.
        case agreement
        /// An overall mark 1–10.
        case mark
        /// Free text, never required.
        case open
    }

    public var key: String
    public var theme: EvaluationTheme
    public var kind: Kind
    public var text: String
    /// Nil for a core item (every perspective); else the one perspective that gets it.
    public var perspective: EvaluationPerspective?

    public init(key: String, theme: EvaluationTheme, kind: Kind, text: String, perspective: EvaluationPerspective? = nil) {
        self.key = key
        self.theme = theme
        self.kind = kind
        self.text = text
        self.perspective = perspective
    }

    public var isCore: Bool { perspective == nil }
    public var isRequired: Bool { kind != .open }
    public var range: ClosedRange<Int>? {
        switch kind {
        case .agreement: 1...5
        case .mark: 1...10
        case .open: nil
        }
    }
}

public struct EvaluationBankContent: Codable, Equatable, Sendable {
    public var title: String
    public var items: [EvaluationItem]

    public init(title: String, items: [EvaluationItem]) {
        self.title = title
        self.items = items
    }

    /// The items one perspective answers, core items first, in bank order.
    public func items(for perspective: EvaluationPerspective) -> [EvaluationItem] {
        items.filter(\.isCore) + items.filter { $0.perspective == perspective }
    }

    /// Problems with an edited bank, in Dutch: a name, unique keys, and the overall mark and both open questions
    /// kept as core items (without them the perspectives cannot be compared).
    public func problems() -> [String] {
        var problems: [String] = []
        if title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Geef de vragenlijst een naam.") }
        if items.contains(where: { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) {
            problems.append("Elke vraag heeft een tekst.")
        }
        if Set(items.map(\.key)).count != items.count { problems.append("Twee vragen hebben dezelfde sleutel.") }
        let core = items.filter(\.isCore)
        if core.filter({ $0.kind == .mark }).count != 1 { problems.append("De vragenlijst heeft precies één rapportcijfer voor iedereen.") }
        if core.filter({ $0.kind == .open }).count < 2 { problems.append("De vragenlijst heeft twee open vragen voor iedereen.") }
        return problems
    }
}
