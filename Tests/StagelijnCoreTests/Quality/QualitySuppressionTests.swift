import Testing
@testable import StagelijnCore

/// Suppression below 5 across every breakdown and every pair of breakdowns, checked by an attacker written
/// independently of the suppressor: exact integer elimination over all numbers the pages show.
@Suite("Quality dashboard: '< 5' and complementary suppression across breakdowns and their combinations")
struct QualitySuppressionTests {
    let today = LocalDate(year: 2027, month: 7, day: 1)!

    @Test func aSingleSmallGroupTakesTheNextSmallestWithIt() {
        let groups = QualityBreakdown.groups(.signedBeforeStart, facts([("pro", 20), ("vso", 3), ("entree", 7)]),
                                             by: .schoolType, today: today)
        let hidden = Dictionary(uniqueKeysWithValues: groups.map { ($0.label, $0.hidden) })
        #expect(hidden == [SchoolType.praktijkonderwijs.dutchName: false, SchoolType.vso.dutchName: true, SchoolType.entree.dutchName: true])
        #expect(groups.filter(\.hidden).allSatisfy { $0.percentText == "< 5" && $0.countText == "< 5" })
        // a hidden 0 gives nothing away: no second group is hidden for it
        #expect(QualitySuppression.hiddenInRow([20, 0, 7]) == [1])
    }

    @Test func aCrossedTableHidesACellThatRowAndColumnTotalsWouldReveal() {
        // 2 in the corner; its row and column totals are shown (≥ 5), so it must not be alone in its row or column
        let cells = [[2, 10, 12], [8, 9, 15]]
        let hidden = QualitySuppression.hiddenInTable(cells, rowTotalsHidden: [], columnTotalsHidden: [])
        #expect(hidden.contains(.init(row: 0, column: 0)))
        #expect(hidden.count >= 4, "a hidden cell needs a partner in its row and in its column, and those their own")
        #expect(Attacker.disclosed(cells, hidden: hidden, rowTotalsHidden: [], columnTotalsHidden: []).isEmpty)
    }

    @Test(arguments: 0..<60) func noSmallGroupCanBeComputedBackInAnyBreakdownOrPair(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 1)
        let count = Int.random(in: 5...90, using: &random)
        let schools = ["De Werkplaats", "Zaanstreek", "Het Baken"]
        let facts = (0..<count).map { index in
            StageQualityFact(placementID: "\(index)", schoolName: schools.randomElement(using: &random)!, schoolYear: "2026-2027",
                             schoolType: [.praktijkonderwijs, .vmboBB, .vso].randomElement(using: &random)!,
                             yearLevel: Int.random(in: 3...5, using: &random),
                             sector: [.green, .logistics, .food, .cleaning].randomElement(using: &random)!,
                             needsSupport: Int.random(in: 0..<4, using: &random) == 0,
                             start: today.adding(days: -90), end: today.adding(days: -10), started: true, completed: true,
                             fullySigned: Bool.random(using: &random), visits: 1, contactKinds: 3)
        }
        let dimensions = QualityDimension.allCases
        for dimension in dimensions {
            let groups = QualityBreakdown.groups(.signedBeforeStart, facts, by: dimension, today: today)
            let counts = groups.map(\.ratio.counted)
            let hidden = Set(groups.indices.filter { groups[$0].hidden })
            #expect(groups.indices.allSatisfy { groups[$0].hidden || counts[$0] >= 5 }, "\(dimension): a group below 5 shown")
            // one row with its total: a table of one row
            let leak = Attacker.disclosed([counts], hidden: Set(hidden.map { .init(row: 0, column: $0) }),
                                          rowTotalsHidden: counts.reduce(0, +) < 5 ? [0] : [], columnTotalsHidden: Set(counts.indices),
                                          columnTotalsPublished: false)
            #expect(leak.isEmpty, "\(dimension) seed \(seed): \(counts) hidden \(hidden)")
        }
        for (i, rows) in dimensions.enumerated() {
            for columns in dimensions[(i + 1)...] {
                let table = QualityBreakdown.cross(.signedBeforeStart, facts, rows: rows, columns: columns, today: today)
                let cells = table.cells.map { $0.map(\.ratio.counted) }
                let hidden = Set(table.cells.indices.flatMap { r in table.cells[r].indices.filter { table.cells[r][$0].hidden }.map { QualitySuppression.Cell(row: r, column: $0) } })
                for cell in cells.joined().enumerated() where cell.element < 5 {
                    let r = cell.offset / table.columns.count, c = cell.offset % table.columns.count
                    #expect(hidden.contains(.init(row: r, column: c)), "\(rows)×\(columns): a cell below 5 shown")
                }
                // the margins are the single breakdowns, hidden exactly as they are on their own
                #expect(table.rows.map(\.ratio.counted) == cells.map { $0.reduce(0, +) })
                let leak = Attacker.disclosed(cells, hidden: hidden,
                                              rowTotalsHidden: Set(table.rows.indices.filter { table.rows[$0].hidden }),
                                              columnTotalsHidden: Set(table.columns.indices.filter { table.columns[$0].hidden }))
                #expect(leak.isEmpty, "\(rows)×\(columns) seed \(seed): \(cells) hidden \(hidden.sorted { ($0.row, $0.column) < ($1.row, $1.column) })")
            }
        }
    }

    private func facts(_ groups: [(String, Int)]) -> [StageQualityFact] {
        groups.flatMap { type, count in
            (0..<count).map { _ in
                StageQualityFact(placementID: "x", schoolYear: "2026-2027", schoolType: SchoolType(rawValue: type)!, yearLevel: 3,
                                 sector: .green, needsSupport: false, start: today, end: today, started: true, completed: false,
                                 fullySigned: true, visits: 0, contactKinds: 0)
            }
        }
    }
}

/// Someone who reads every number shown and solves the equations of the table (rows and columns add up to their
/// totals, the totals to the grand total). Exact integer elimination; a hidden number is computable when its unit
/// vector lies in the span of the equations restricted to the hidden numbers.
enum Attacker {
    /// The hidden values from 1 to 4 that can be computed.
    static func disclosed(_ cells: [[Int]], hidden: Set<QualitySuppression.Cell>, rowTotalsHidden: Set<Int>,
                          columnTotalsHidden: Set<Int>, columnTotalsPublished: Bool = true) -> [Int] {
        let rows = cells.count, columns = cells.first?.count ?? 0
        let rowTotals = cells.map { $0.reduce(0, +) }
        let columnTotals = (0..<columns).map { c in cells.reduce(0) { $0 + $1[c] } }
        let grand = rowTotals.reduce(0, +)
        // unknowns in the extended (rows+1)×(columns+1) table; index = r * (columns + 1) + c
        var unknown: [Int: Int] = [:] // position → value
        for r in 0..<rows { for c in 0..<columns where hidden.contains(.init(row: r, column: c)) { unknown[r * (columns + 1) + c] = cells[r][c] } }
        for r in rowTotalsHidden { unknown[r * (columns + 1) + columns] = rowTotals[r] }
        if columnTotalsPublished { for c in columnTotalsHidden { unknown[rows * (columns + 1) + c] = columnTotals[c] } }
        if grand < 5 { unknown[rows * (columns + 1) + columns] = grand }
        let order = unknown.keys.sorted()
        func position(_ r: Int, _ c: Int) -> Int { r * (columns + 1) + c }
        var equations: [[Int]] = []
        func equation(_ plus: [Int], minus: Int) {
            equations.append(order.map { key in plus.contains(key) ? 1 : (key == minus ? -1 : 0) })
        }
        for r in 0..<rows { equation((0..<columns).map { position(r, $0) }, minus: position(r, columns)) }
        if columnTotalsPublished {
            for c in 0..<columns { equation((0..<rows).map { position($0, c) }, minus: position(rows, c)) }
            equation((0..<columns).map { position(rows, $0) }, minus: position(rows, columns))
        }
        equation((0..<rows).map { position($0, columns) }, minus: position(rows, columns))
        let base = rank(equations)
        return order.enumerated().compactMap { index, key in
            let value = unknown[key]!
            guard (1...4).contains(value) else { return nil }
            let unit = order.indices.map { $0 == index ? 1 : 0 }
            return rank(equations + [unit]) == base ? value : nil
        }
    }

    /// Rank by fraction-free (Bareiss-style) integer elimination.
    static func rank(_ input: [[Int]]) -> Int {
        var m = input.filter { $0.contains { $0 != 0 } }
        guard let width = m.first?.count else { return 0 }
        var rank = 0
        for column in 0..<width {
            guard let pivot = (rank..<m.count).first(where: { m[$0][column] != 0 }) else { continue }
            m.swapAt(rank, pivot)
            for other in (rank + 1)..<max(rank + 1, m.count) where m[other][column] != 0 {
                let a = m[rank][column], b = m[other][column]
                m[other] = zip(m[other], m[rank]).map { $0 * a - $1 * b }
                let divisor = m[other].reduce(0) { gcd($0, abs($1)) }
                if divisor > 1 { m[other] = m[other].map { $0 / divisor } }
            }
            rank += 1
            if rank == m.count { break }
        }
        return rank
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
