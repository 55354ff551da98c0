import Foundation

/// The URLs of issue 15 (dropout, outflow and aftercare, allowance), in one place like `SitePath`.
enum StageEndPath {
    case dropouts, dropout(UUID)
    case leavers, leaverNew, leaver(UUID), aftercareContact(leaver: UUID, contact: UUID), aftercareDue
    case allowance(placement: UUID), allowances, allowanceNorm

    var path: String {
        switch self {
        case .dropouts: "/uitval"
        case let .dropout(id): "/uitval/\(id)"
        case .leavers: "/uitstroom"
        case .leaverNew: "/uitstroom/nieuw"
        case let .leaver(id): "/uitstroom/\(id)"
        case let .aftercareContact(leaver, contact): "/uitstroom/\(leaver)/contact/\(contact)"
        case .aftercareDue: "/nazorg"
        case let .allowance(placement): "/stages/\(placement)/vergoeding"
        case .allowances: "/vergoedingen"
        case .allowanceNorm: "/vergoedingen/norm"
        }
    }
}
