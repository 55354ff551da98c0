import Foundation

/// The meldpunt's URLs, in one place like `SitePath` (kept in the feature folder; routes are registered from these).
enum MeldpuntPath {
    case choose, school(code: String), poster(code: String), followUp, followUpReply
    case reports, report(UUID), reportAction(UUID), settings, statistics, statisticsCSV
    case companyBlock(UUID)

    var path: String {
        switch self {
        case .choose: "/melden"
        case let .school(code): "/melden/\(Self.segment(code))"
        case let .poster(code): "/melden/\(Self.segment(code))/poster"
        case .followUp: "/melden/volgen"
        case .followUpReply: "/melden/volgen/bericht"
        case .reports: "/meldingen"
        case let .report(id): "/meldingen/\(id)"
        case let .reportAction(id): "/meldingen/\(id)/actie"
        case .settings: "/meldingen/instellingen"
        case .statistics: "/meldingen/cijfers"
        case .statisticsCSV: "/meldingen/cijfers.csv"
        case let .companyBlock(company): "/bedrijven/\(company)/niet-plaatsen"
        }
    }

    /// School codes are short like `PRO-ALK`; anything else is percent-encoded.
    static func segment(_ code: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-_")
        return code.addingPercentEncoding(withAllowedCharacters: allowed) ?? code
    }
}
