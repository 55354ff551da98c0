/// Small-cell suppression for the quality dashboard (issue 13, SECURITY.md): a group of fewer than 5 is shown as
/// "< 5", and no hidden group of 1 to 4 may be computable by subtraction from totals or other groups shown
/// (complementary suppression). A single breakdown uses `SmallCellSuppression.row` (the meldpunt's rule); a crossed
/// table of two breakdowns is checked exactly: a hidden number counts as computable when the shown numbers and the
/// sums of rows, columns and the total pin it down (linear algebra over the table's equations), and then one more
/// cell is hidden until none is.
public enum QualitySuppression {
    public struct Cell: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// The hidden positions of one breakdown whose total is shown.
    public static func hiddenInRow(_ counts: [Int]) -> Set<Int> {
        let texts = SmallCellSuppression.row(counts).cells
        return Set(counts.indices.filter { texts[$0] == SmallCellSuppression.hiddenText })
    }

    /// The hidden cells of a crossed table whose row and column totals are the two single breakdowns, hidden as
    /// given (`rowTotalsHidden`, `columnTotalsHidden`, from `hiddenInRow`); the grand total is shown from 5 on.
    public static func hiddenInTable(_ cells: [[Int]], rowTotalsHidden: Set<Int>, columnTotalsHidden: Set<Int>) -> Set<Cell> {
        let table = Table(cells: cells, rowTotalsHidden: rowTotalsHidden, columnTotalsHidden: columnTotalsHidden)
        var hidden = Set(table.allCells.filter { table.value($0) < SmallCellSuppression.threshold })
        // Each round hides one more cell, so this ends after at most rows × columns rounds.
        while let exposed = table.firstComputable(hidden: hidden) {
            let candidates = table.neighbours(of: exposed).filter { !hidden.contains($0) }
                .sorted { (table.value($0), $0.row, $0.column) < (table.value($1), $1.row, $1.column) }
            let remaining = table.allCells.filter { !hidden.contains($0) }
                .sorted { (table.value($0), $0.row, $0.column) < (table.value($1), $1.row, $1.column) }
            guard let fallback = candidates.first ?? remaining.first else { break }
            let helping = candidates.first { !table.isComputable(exposed, hidden: hidden.union([$0])) }
            hidden.insert(helping ?? fallback)
        }
        return hidden
    }

    /// A crossed table as a system of equations: every row sums to its total, every column to its total, and both
    /// sets of totals to the grand total.
    struct Table {
        let cells: [[Int]]
        let rowTotalsHidden: Set<Int>
        let columnTotalsHidden: Set<Int>
        var rows: Int { cells.count }
        var columns: Int { cells.first?.count ?? 0 }
        var rowTotals: [Int] { cells.map { $0.reduce(0, +) } }
        var columnTotals: [Int] { (0..<columns).map { c in cells.reduce(0) { $0 + $1[c] } } }
        var grandTotal: Int { rowTotals.reduce(0, +) }
        var allCells: [Cell] { (0..<rows).flatMap { r in (0..<columns).map { Cell(row: r, column: $0) } } }

        func value(_ cell: Cell) -> Int { cells[cell.row][cell.column] }

        enum Variable: Hashable { case cell(Cell), rowTotal(Int), columnTotal(Int), grandTotal }

        func neighbours(of variable: Variable) -> [Cell] {
            switch variable {
            case let .cell(cell): allCells.filter { $0.row == cell.row || $0.column == cell.column }
            case let .rowTotal(r): allCells.filter { $0.row == r }
            case let .columnTotal(c): allCells.filter { $0.column == c }
            case .grandTotal: allCells
            }
        }

        func unknowns(hidden: Set<Cell>) -> [Variable] {
            var result = allCells.filter(hidden.contains).map(Variable.cell)
            result += rowTotalsHidden.sorted().map(Variable.rowTotal)
            result += columnTotalsHidden.sorted().map(Variable.columnTotal)
            if grandTotal < SmallCellSuppression.threshold { result.append(.grandTotal) }
            return result
        }

        func amount(_ variable: Variable) -> Int {
            switch variable {
            case let .cell(cell): value(cell)
            case let .rowTotal(r): rowTotals[r]
            case let .columnTotal(c): columnTotals[c]
            case .grandTotal: grandTotal
            }
        }

        /// The first hidden number from 1 to 4 that the shown numbers pin down.
        func firstComputable(hidden: Set<Cell>) -> Variable? {
            unknowns(hidden: hidden).first { (1..<SmallCellSuppression.threshold).contains(amount($0)) && isComputable($0, hidden: hidden) }
        }

        /// Whether `variable` has one value in every solution: removing its column lowers the rank.
        func isComputable(_ variable: Variable, hidden: Set<Cell>) -> Bool {
            let unknown = unknowns(hidden: hidden)
            guard unknown.contains(variable) else { return true }
            return Self.rank(matrix(unknown)) > Self.rank(matrix(unknown.filter { $0 != variable }))
        }

        /// One equation per row, per column and two for the totals; one column per unknown.
        func matrix(_ unknowns: [Variable]) -> [[Double]] {
            func coefficient(_ variable: Variable, inEquation equation: Int) -> Double {
                switch (variable, equation) {
                case let (.cell(cell), e) where e < rows: cell.row == e ? 1 : 0
                case let (.cell(cell), e) where e < rows + columns: cell.column == e - rows ? 1 : 0
                case let (.rowTotal(r), e) where e < rows: r == e ? -1 : 0
                case (.rowTotal, let e) where e == rows + columns: 1
                case let (.columnTotal(c), e) where e >= rows && e < rows + columns: c == e - rows ? -1 : 0
                case (.columnTotal, let e) where e == rows + columns + 1: 1
                case (.grandTotal, let e) where e >= rows + columns: -1
                default: 0
                }
            }
            return (0..<(rows + columns + 2)).map { equation in unknowns.map { coefficient($0, inEquation: equation) } }
        }

        static func rank(_ input: [[Double]]) -> Int {
            var m = input
            guard let width = m.first?.count, width > 0 else { return 0 }
            var rank = 0
            for column in 0..<width where rank < m.count {
                guard let pivot = (rank..<m.count).max(by: { abs(m[$0][column]) < abs(m[$1][column]) }),
                      abs(m[pivot][column]) > 1e-9 else { continue }
                m.swapAt(rank, pivot)
                for other in 0..<m.count where other != rank {
                    let factor = m[other][column] / m[rank][column]
                    if factor != 0 { for k in column..<width { m[other][k] -= factor * m[rank][k] } }
                }
                rank += 1
            }
            return rank
        }
    }
}

