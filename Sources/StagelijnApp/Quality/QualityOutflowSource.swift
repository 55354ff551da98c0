import Foundation
import Fluent
import StagelijnCore

/// The one place the quality dashboard asks for outflow figures: the stage-end part (issue 15) keeps the
/// uitstroommonitor and counts it in SQL (`OutflowFigures`). What is measured in school year Y: leavers of Y−1 placed
/// on 1 November in Y, leavers of Y−2 still in a lasting destination one year later, leavers of Y−3 two years later;
/// and the dropouts of Y.
enum QualityOutflowSource {
    struct Figures {
        var ratios: [QualityIndicator: QualityRatio]
        var leavers: Int
        var dropouts: Int?
    }

    static func load(school: UUID, schoolYear: String, today: LocalDate, on db: any Database) async throws -> Figures? {
        guard let year = SchoolYear(parsing: schoolYear) else { return nil }
        func cohort(_ back: Int) -> SchoolYear? { SchoolYear(parsing: "\(year.startYear - back)-\(year.startYear - back + 1)") }
        var ratios: [QualityIndicator: QualityRatio] = [:]
        var leavers = 0
        if let previous = cohort(1) {
            let figures = try await OutflowFigures.load(school: school, schoolYear: previous, today: today, on: db)
            ratios[.leaversPlaced] = QualityRatio(met: figures.placed.lasting, counted: figures.placed.counted)
            leavers = figures.leavers
        }
        if let two = cohort(2) {
            let figures = try await OutflowFigures.load(school: school, schoolYear: two, today: today, on: db)
            ratios[.retainedOneYear] = QualityRatio(met: figures.afterOneYear.lasting, counted: figures.afterOneYear.counted)
        }
        if let three = cohort(3) {
            let figures = try await OutflowFigures.load(school: school, schoolYear: three, today: today, on: db)
            ratios[.retainedTwoYears] = QualityRatio(met: figures.afterTwoYears.lasting, counted: figures.afterTwoYears.counted)
        }
        let dropouts = try await OutflowFigures.dropouts(school: school, schoolYear: year, on: db).total
        return Figures(ratios: ratios, leavers: leavers, dropouts: dropouts)
    }
}
