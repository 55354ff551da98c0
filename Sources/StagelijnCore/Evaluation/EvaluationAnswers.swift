/// Reads a filled evaluation from the typed form values: every scale and the mark are required, within their range;
/// open answers are optional and at most `maxTextLength` characters. Problems are per item, in Dutch (B1).
public enum EvaluationAnswers {
    public static let maxTextLength = 2000

    public struct Answer: Equatable, Sendable {
        public var score: Int?
        public var text: String?
        public init(score: Int? = nil, text: String? = nil) {
            self.score = score
            self.text = text
        }
    }

    /// `values` holds the typed text per item key. Returns the answers, or the problem per item key.
    public static func read(_ values: [String: String], items: [EvaluationItem])
        -> Result<[String: Answer], Problems> {
        var answers: [String: Answer] = [:]
        var problems: [String: String] = [:]
        for item in items {
            let typed = (values[item.key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            switch item.kind {
            case .open:
                if typed.count > maxTextLength {
                    problems[item.key] = "Schrijf hier niet meer dan \(maxTextLength) tekens."
                } else if !typed.isEmpty {
                    answers[item.key] = Answer(text: typed)
                }
            case .agreement, .mark:
                guard let range = item.range else { continue }
                if typed.isEmpty {
                    problems[item.key] = item.kind == .mark ? "Geef een cijfer." : "Kies een antwoord."
                } else if let score = Int(typed), range.contains(score) {
                    answers[item.key] = Answer(score: score)
                } else {
                    problems[item.key] = item.kind == .mark ? "Geef een cijfer van 1 tot en met 10."
                                                            : "Kies een antwoord van 1 tot en met 5."
                }
            }
        }
        return problems.isEmpty ? .success(answers) : .failure(Problems(byItem: problems))
    }

    public struct Problems: Error, Equatable, Sendable {
        public var byItem: [String: String]
        public init(byItem: [String: String]) { self.byItem = byItem }
        /// One line above the form: how many questions still need an answer.
        public var summary: String {
            byItem.count == 1 ? "Eén vraag is nog niet goed ingevuld." : "\(byItem.count) vragen zijn nog niet goed ingevuld."
        }
    }

    /// The words of the agreement scale, 1 to 5.
    public static let scaleLabels = ["helemaal oneens", "oneens", "niet eens, niet oneens", "eens", "helemaal eens"]
}
