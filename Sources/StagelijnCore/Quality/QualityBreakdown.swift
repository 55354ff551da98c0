/// The ways the dashboard splits a figure (issue 13): school type, leerjaar, sector, support need and, for a board,
/// the school. Each group is shown only when at least 5 stages are counted, and never so that a hidden group could be
/// computed back from the total or the other groups (`QualitySuppression`).
public enum QualityDimension: String, CaseIterable, Sendable {
    case schoolType = "schooltype"
    case yearLevel = "leerjaar"
    case sector = "sector"
    case support = "ondersteuning"
    case school = "school"

    public var dutchName: String {
        switch self {
        case .schoolType: "Schooltype"
        case .yearLevel: "Leerjaar"
        case .sector: "Sector"
        case .support: "Ondersteuningsbehoefte"
        case .school: "School"
        }
    }

    public func key(_ fact: StageQualityFact) -> String {
        switch self {
        case .schoolType: fact.schoolType.dutchName
        case .yearLevel: "Leerjaar \(fact.yearLevel)"
        case .sector: fact.sector.dutchName
        case .support: fact.needsSupport ? "Met ondersteuningsbehoefte" : "Zonder ondersteuningsbehoefte"
        case .school: fact.schoolName
        }
    }
}

/// One group of a breakdown with its ratio, or hidden ("< 5").
public struct QualityGroup: Equatable, Sendable {
    public var label: String
    public var ratio: QualityRatio
    public var hidden: Bool

    public var percentText: String {
        if hidden { return SmallCellSuppression.hiddenText }
        return ratio.percent.map { "\($0) %" } ?? "–"
    }

    public var countText: String { hidden ? SmallCellSuppression.hiddenText : "\(ratio.met) van \(ratio.counted)" }
}

public enum QualityBreakdown {
    /// One indicator split by one dimension; groups in a stable order. Which groups are hidden depends on the
    /// number counted (the denominator) only, so the numerators of hidden groups are protected the same way.
    public static func groups(_ indicator: QualityIndicator, _ facts: [StageQualityFact], by dimension: QualityDimension,
                              today: LocalDate) -> [QualityGroup] {
        let keyed = Dictionary(grouping: facts, by: dimension.key)
        let labels = keyed.keys.sorted()
        let ratios = labels.map { QualityFigures.ratio(indicator, keyed[$0] ?? [], today: today) }
        let hidden = QualitySuppression.hiddenInRow(ratios.map(\.counted))
        return labels.indices.map { QualityGroup(label: labels[$0], ratio: ratios[$0], hidden: hidden.contains($0)) }
    }

    /// Two dimensions crossed: rows × columns of ratios with hidden cells. The margins are hidden exactly as in the
    /// two single breakdowns, so the pages together never reveal more than each alone.
    public static func cross(_ indicator: QualityIndicator, _ facts: [StageQualityFact], rows: QualityDimension,
                             columns: QualityDimension, today: LocalDate) -> QualityCrossTable {
        let rowGroups = groups(indicator, facts, by: rows, today: today)
        let columnGroups = groups(indicator, facts, by: columns, today: today)
        let keyed = Dictionary(grouping: facts) { "\(rows.key($0))\u{1}\(columns.key($0))" }
        let ratios = rowGroups.map { row in
            columnGroups.map { column in
                QualityFigures.ratio(indicator, keyed["\(row.label)\u{1}\(column.label)"] ?? [], today: today)
            }
        }
        let hidden = QualitySuppression.hiddenInTable(ratios.map { $0.map(\.counted) },
                                                      rowTotalsHidden: Set(rowGroups.indices.filter { rowGroups[$0].hidden }),
                                                      columnTotalsHidden: Set(columnGroups.indices.filter { columnGroups[$0].hidden }))
        return QualityCrossTable(rows: rowGroups, columns: columnGroups, cells: ratios.indices.map { r in
            ratios[r].indices.map { c in
                QualityGroup(label: "\(rowGroups[r].label), \(columnGroups[c].label)", ratio: ratios[r][c],
                             hidden: hidden.contains(QualitySuppression.Cell(row: r, column: c)))
            }
        }, total: QualityFigures.ratio(indicator, facts, today: today))
    }
}

public struct QualityCrossTable: Equatable, Sendable {
    public var rows: [QualityGroup]
    public var columns: [QualityGroup]
    public var cells: [[QualityGroup]]
    public var total: QualityRatio
}
