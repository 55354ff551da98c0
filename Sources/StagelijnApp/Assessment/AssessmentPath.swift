import Foundation

/// The URLs of goals, assessments, forms and the stagemap, in one place (like `SitePath`), so routes and links agree.
enum AssessmentPath {
    case overview, forms, form(UUID), formEdit(UUID), goalTemplates, figures
    case placement(UUID), plan(UUID), goals(UUID), goalRemove(placement: UUID, goal: UUID)
    case assessment(UUID), dueDate(UUID)
    case stagemap(student: UUID), stagemapPDF(student: UUID)
    case link(token: String), linkAssessment(token: String, assessment: UUID), linkGaps(token: String)

    var path: String {
        switch self {
        case .overview: "/beoordelingen"
        case .forms: "/beoordelingen/formulieren"
        case let .form(id): "/beoordelingen/formulieren/\(id)"
        case let .formEdit(id): "/beoordelingen/formulieren/\(id)/bewerken"
        case .goalTemplates: "/beoordelingen/doelen"
        case .figures: "/beoordelingen/cijfers"
        case let .placement(id): "/stages/\(id)/beoordelingen"
        case let .plan(id): "/stages/\(id)/beoordelingen/plannen"
        case let .goals(id): "/stages/\(id)/doelen"
        case let .goalRemove(placement, goal): "/stages/\(placement)/doelen/\(goal)/verwijderen"
        case let .assessment(id): "/beoordelingen/\(id)"
        case let .dueDate(id): "/beoordelingen/\(id)/datum"
        case let .stagemap(student): "/leerlingen/\(student)/stagemap"
        case let .stagemapPDF(student): "/leerlingen/\(student)/stagemap.pdf"
        case let .link(token): "/uren/\(token)/beoordelingen"
        case let .linkAssessment(token, assessment): "/uren/\(token)/beoordelingen/\(assessment)"
        case let .linkGaps(token): "/uren/\(token)/kan-niet-bieden"
        }
    }
}
