/// Issue 12 and SECURITY.md: statistics show counts only, and any cell below 5 as "< 5", so that nobody can recognise
/// a reporter in a small group. When a row has a shown total and exactly one hidden cell, that cell could be
/// recomputed from the total; unless it is 0, the next smallest cell is hidden too (complementary suppression).
public enum SmallCellSuppression {
    public static let threshold = 5
    public static let hiddenText = "< 5"

    public static func text(_ count: Int) -> String {
        count < threshold ? hiddenText : String(count)
    }

    /// The cells of one row (or column) with its total; returns the texts of the cells and of the total.
    public static func row(_ counts: [Int]) -> (cells: [String], total: String) {
        let total = counts.reduce(0, +)
        var hidden = Set(counts.indices.filter { counts[$0] < threshold })
        // A hidden 0 gives nothing away when recomputed; a hidden 1–4 would.
        if total >= threshold && hidden.count == 1, let only = hidden.first, counts[only] > 0 {
            if let next = counts.indices.filter({ !hidden.contains($0) }).min(by: { counts[$0] < counts[$1] }) {
                hidden.insert(next)
            }
        }
        let cells = counts.indices.map { hidden.contains($0) ? hiddenText : String(counts[$0]) }
        return (cells, text(total))
    }
}
