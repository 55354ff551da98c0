import Foundation

/// Every URL of practical assignments, in one place (like `SitePath`); the controllers register the same shapes.
enum AssignmentPath {
    case library, libraryItem(UUID), toDo
    case placement(UUID), item(placement: UUID, UUID), handIn(placement: UUID, UUID), assess(placement: UUID, UUID)
    case remove(placement: UUID, UUID), photo(placement: UUID, UUID)
    case company(token: String), companyConfirm(token: String, UUID), companyPhoto(token: String, UUID)

    var path: String {
        switch self {
        case .library: "/opdrachten"
        case let .libraryItem(id): "/opdrachten/\(id)"
        case .toDo: "/opdrachten/te-doen"
        case let .placement(id): "/stages/\(id)/opdrachten"
        case let .item(placement, id): "/stages/\(placement)/opdrachten/\(id)"
        case let .handIn(placement, id): "/stages/\(placement)/opdrachten/\(id)/inleveren"
        case let .assess(placement, id): "/stages/\(placement)/opdrachten/\(id)/beoordelen"
        case let .remove(placement, id): "/stages/\(placement)/opdrachten/\(id)/verwijderen"
        case let .photo(placement, id): "/stages/\(placement)/opdrachten/\(id)/foto"
        case let .company(token): "/uren/\(token)/opdrachten"
        case let .companyConfirm(token, id): "/uren/\(token)/opdrachten/\(id)/bevestigen"
        case let .companyPhoto(token, id): "/uren/\(token)/opdrachten/\(id)/foto"
        }
    }
}
