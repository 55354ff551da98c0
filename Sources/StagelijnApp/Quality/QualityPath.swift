import Foundation

/// The URLs of the quality pages, in one place (like `SitePath`), so routes and links agree.
enum QualityPath {
    case dashboard, requirements, calendar(year: String?), activity(year: String, key: String), definition(QualityIndicatorKey)
    case students(indicator: String, year: String), pdf, csv, company(UUID)

    /// An indicator, or one of the dashboard's other figures that has its own definition page.
    typealias QualityIndicatorKey = String

    var path: String {
        switch self {
        case .dashboard: "/kwaliteit"
        case .requirements: "/kwaliteit/eisen"
        case let .calendar(year): year.map { "/kwaliteit/kalender?jaar=\($0)" } ?? "/kwaliteit/kalender"
        case let .activity(year, key): "/kwaliteit/kalender/\(year)/\(key)"
        case let .definition(key): "/kwaliteit/definitie/\(key)"
        case let .students(indicator, year): "/kwaliteit/leerlingen/\(indicator)?jaar=\(year)"
        case .pdf: "/kwaliteit/rapport.pdf"
        case .csv: "/kwaliteit/kengetallen.csv"
        case let .company(id): "/bedrijven/\(id)/kwaliteit"
        }
    }
}
