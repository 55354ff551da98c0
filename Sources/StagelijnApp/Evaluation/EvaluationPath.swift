import Foundation

/// The URLs of the evaluations, in one place (like `SitePath`), so routes and links agree.
enum EvaluationPath {
    case mine, response, evaluation(UUID), link(token: String)

    var path: String {
        switch self {
        case .mine: "/evaluaties"
        case .response: "/evaluaties/respons"
        case let .evaluation(id): "/evaluaties/\(id)"
        case let .link(token): "/uren/\(token)/evaluatie"
        }
    }
}
