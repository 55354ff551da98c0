import Fluent
import StagelijnCore
import Vapor

/// Everything the quality dashboard, its PDF report and its CSV show, for one school and one school year, with the
/// trend over the school years that have stages. Figures without names; groups below 5 hidden (`QualityBreakdown`).
struct QualityDashboard {
    struct Line {
        var requirement: QualityRequirement
        /// nil: the source is not available yet (outflow).
        var byYear: [String: QualityRatio]?
        var current: QualityRatio? { byYear?[year] }
        var year: String

        var valueText: String {
            guard let current else { return "nog niet beschikbaar" }
            if current.counted == 0 { return "–" }
            if current.counted < SmallCellSuppression.threshold { return SmallCellSuppression.hiddenText }
            return "\(current.percent ?? 0) %"
        }

        /// Met, not met, or nothing to say (no data, or too few to show).
        var verdict: String {
            guard let current else { return "bron nog niet gebouwd" }
            guard current.counted >= SmallCellSuppression.threshold, let meets = current.meets(requirement.norm) else {
                return current.counted == 0 ? "nog niets te meten" : "te weinig om te tonen"
            }
            return meets ? "gehaald" : "niet gehaald"
        }
    }

    struct Satisfaction {
        var year: String
        var school: QualityRatio
        var company: QualityRatio
    }

    struct Reports {
        var year: String
        var received: Int
        var answered: QualityRatio
        var averageDays: Double?
    }

    var schoolName: String
    var year: String
    var years: [String]
    var lines: [Line]
    var breakdowns: [(indicator: QualityIndicator, dimension: QualityDimension, groups: [QualityGroup])]
    var evaluationResponse: [(perspective: EvaluationPerspective, ratio: QualityRatio)]
    var satisfaction: [Satisfaction]
    var reports: [Reports]
    /// Stages ended early, of the stages that started, per school year.
    var terminated: [String: QualityRatio]
    var outflowAvailable: Bool
    var outflow: QualityOutflowSource.Figures?
    var facts: [StageQualityFact]

    static let stageIndicators: [QualityIndicator] = [.signedBeforeStart, .visitRhythm, .contactMoments, .assessmentsOnTime, .evaluationResponse]
    static let dimensions: [QualityDimension] = [.schoolType, .yearLevel, .sector, .support]

    static func load(school: SchoolModel, year requested: String?, today: LocalDate, on db: any Database) async throws -> QualityDashboard {
        let schoolID = try school.requireID()
        let facts = try await QualityFactsQuery.stages(schools: [schoolID], today: today, on: db)
        let current = SchoolYear(containing: today).name
        let years = Set(facts.map(\.schoolYear)).union([current]).filter { SchoolYear(parsing: $0) != nil }.sorted()
        let year = requested.flatMap { years.contains($0) ? $0 : nil } ?? current
        let requirements = try await QualityRequirementsStore.effective(school: schoolID, on: db).filter(\.active)
        let byYear = Dictionary(grouping: facts, by: \.schoolYear)
        let reports = try await reportYears(school: schoolID, today: today, on: db)
        let outflow = try await QualityOutflowSource.load(school: schoolID, schoolYear: year, today: today, on: db)
        let lines = requirements.map { requirement -> Line in
            let indicator = requirement.indicator
            if indicator.isOutflow {
                return Line(requirement: requirement, byYear: outflow?.ratios[indicator].map { [year: $0] }, year: year)
            }
            if indicator == .reportsAnswered {
                return Line(requirement: requirement, byYear: Dictionary(uniqueKeysWithValues: reports.map { ($0.year, $0.answered) }), year: year)
            }
            return Line(requirement: requirement, byYear: byYear.mapValues { QualityFigures.ratio(indicator, $0, today: today) }, year: year)
        }
        let yearFacts = byYear[year] ?? []
        let breakdowns = stageIndicators.filter { indicator in requirements.contains { $0.indicator == indicator } }.flatMap { indicator in
            dimensions.map { (indicator, $0, QualityBreakdown.groups(indicator, yearFacts, by: $0, today: today)) }
        }
        var perspective: [EvaluationPerspective: QualityRatio] = [:]
        for fact in yearFacts { for (key, value) in fact.evaluations { perspective[key, default: QualityRatio()] = perspective[key, default: QualityRatio()] + value } }
        let satisfactionRows = try await QualityFactsQuery.satisfaction(school: schoolID, on: db).filter { $0.perspective == EvaluationPerspective.student.rawValue }
        let satisfaction = Set(satisfactionRows.map(\.school_year)).sorted().map { y in
            let rows = satisfactionRows.filter { $0.school_year == y }
            func ratio(_ key: String) -> QualityRatio {
                rows.filter { $0.item_key == key }.reduce(QualityRatio()) { $0 + QualityRatio(met: $1.satisfied, counted: $1.answers) }
            }
            return Satisfaction(year: y, school: ratio("begeleiding-school"), company: ratio("begeleiding-bedrijf"))
        }
        var terminated: [String: QualityRatio] = [:]
        for (y, list) in byYear {
            let started = list.filter(\.started)
            terminated[y] = QualityRatio(met: started.filter(\.terminated).count, counted: started.count)
        }
        return QualityDashboard(schoolName: school.name, year: year, years: years, lines: lines, breakdowns: breakdowns,
                                evaluationResponse: EvaluationPerspective.allCases.map { ($0, perspective[$0] ?? QualityRatio()) },
                                satisfaction: satisfaction, reports: reports, terminated: terminated,
                                outflowAvailable: outflow != nil, outflow: outflow, facts: facts)
    }

    /// The meldpunt's reports per school year of receipt; answered in time by `QualityMeasure.reportAnswered`.
    static func reportYears(school: UUID, today: LocalDate, on db: any Database) async throws -> [Reports] {
        let rows = try await QualityFactsQuery.reports(school: school, on: db)
        var result: [String: Reports] = [:]
        var days: [String: [Int]] = [:]
        for row in rows {
            guard let received = LocalDate(iso: row.received_on), let due = LocalDate(iso: row.response_due) else { continue }
            let year = SchoolYear(containing: received).name
            var entry = result[year] ?? Reports(year: year, received: 0, answered: QualityRatio(), averageDays: nil)
            entry.received += 1
            let first = row.first_response_on.flatMap(LocalDate.init(iso:))
            QualityMeasure.tally(&entry.answered, QualityMeasure.reportAnswered(responseDue: due, firstResponseOn: first, today: today))
            if let first { days[year, default: []].append(received.days(until: first)) }
            result[year] = entry
        }
        for (year, list) in days where !list.isEmpty { result[year]?.averageDays = Double(list.reduce(0, +)) / Double(list.count) }
        return result.values.sorted { $0.year < $1.year }
    }
}

/// The requirements a school has stated, or the default set where it has not (yet) changed one.
enum QualityRequirementsStore {
    static func effective(school: UUID, on db: any Database) async throws -> [QualityRequirement] {
        let stored = try await QualityRequirementModel.query(on: db).filter(\.$school.$id == school).all()
        let byIndicator = Dictionary(stored.compactMap { model in model.requirement.map { ($0.indicator, $0) } }, uniquingKeysWith: { a, _ in a })
        return QualityRequirement.defaults.map { byIndicator[$0.indicator] ?? $0 }
    }
}
