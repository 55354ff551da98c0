import Foundation

/// Figures without names over evaluations: the response per perspective and the average per item. An average over
/// fewer than 5 answers is not shown (`SmallCellSuppression`): with so few, one person's answer could be recognised.
public enum EvaluationFigures {
    public struct Response: Equatable, Sendable {
        public var sent: Int
        public var answered: Int
        public init(sent: Int, answered: Int) {
            self.sent = sent
            self.answered = answered
        }

        /// Whole percent, or nil when nothing was sent.
        public var percent: Int? { sent == 0 ? nil : Int((Double(answered) * 100 / Double(sent)).rounded()) }
        public var text: String { percent.map { "\($0) % (\(answered) van \(sent))" } ?? "nog niets verstuurd" }
    }

    /// Response per perspective from (perspective, answered) pairs, one per evaluation sent; every perspective listed.
    public static func response(_ evaluations: [(EvaluationPerspective, Bool)]) -> [EvaluationPerspective: Response] {
        var result = Dictionary(uniqueKeysWithValues: EvaluationPerspective.allCases.map { ($0, Response(sent: 0, answered: 0)) })
        for (perspective, answered) in evaluations {
            result[perspective]?.sent += 1
            if answered { result[perspective]?.answered += 1 }
        }
        return result
    }

    public static let tooFewText = "< 5 antwoorden"

    /// The average of the scores with one decimal and a Dutch comma, or "< 5 antwoorden" below the threshold.
    public static func averageText(_ scores: [Int]) -> String {
        averageText(sum: scores.reduce(0, +), count: scores.count)
    }

    /// The same from a count and a sum made by the database.
    public static func averageText(sum: Int, count: Int) -> String {
        guard count >= SmallCellSuppression.threshold else { return tooFewText }
        return String(format: "%.1f", Double(sum) / Double(count)).replacingOccurrences(of: ".", with: ",")
    }

    public struct Comparison: Equatable, Sendable {
        public var item: EvaluationItem
        public var own: Int?
        public var average: String
    }

    /// Own answers next to the school's average, item by item (open questions have no average and are left out).
    public static func compare(items: [EvaluationItem], own: [String: Int], all: [String: [Int]]) -> [Comparison] {
        compare(items: items, own: own, totals: all.mapValues { (count: $0.count, sum: $0.reduce(0, +)) })
    }

    public static func compare(items: [EvaluationItem], own: [String: Int], totals: [String: (count: Int, sum: Int)]) -> [Comparison] {
        items.filter { $0.kind != .open }.map { item in
            let total = totals[item.key] ?? (count: 0, sum: 0)
            return Comparison(item: item, own: own[item.key], average: averageText(sum: total.sum, count: total.count))
        }
    }
}
