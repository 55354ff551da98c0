import Foundation

/// Every URL of the site, built in one place so links and routes cannot drift apart.
enum SitePath {
    case home, login, logout, switchMembership, stylesheet, health
    case students, studentNew, student(UUID), studentEdit(UUID)
    case companies, companyNew, company(UUID), companyEdit(UUID)
    case positions, positionNew(company: UUID), positionCreate(company: UUID), position(UUID), positionEdit(UUID)
    case periods, periodNew, period(UUID), periodEdit(UUID)
    case placements, placementNew, placement(UUID), placementStatus(UUID)
    case agreement(UUID), agreementSend(UUID), agreementSignature(UUID), schedule(UUID), readiness(UUID)
    case preferences(UUID), matching, matchingRun(UUID), matchingCompute, matchingOverride(UUID), matchingPublish(UUID)
    case matchingOverview, placementDecline(UUID), messages, supervision, supervisionOverview
    case imports, importPreview(UUID), importConfirm(UUID), importDiscard(UUID)
    case audit
    case guardians(UUID), agreementStylesheet, agreementReminders
    case supervisionRhythm, dossier(UUID), visit(UUID), hours(UUID), hoursLink(UUID)
    case assessments
    case assignments
    case meldpunt
    case stageEnd
    case quality

    var path: String {
        switch self {
        case .home: "/"
        case .login: "/login"
        case .logout: "/logout"
        case .switchMembership: "/rol"
        case .stylesheet: "/assets/stagelijn.css"
        case .health: "/health"
        case .students: "/leerlingen"
        case .studentNew: "/leerlingen/nieuw"
        case let .student(id): "/leerlingen/\(id)"
        case let .studentEdit(id): "/leerlingen/\(id)/bewerken"
        case .companies: "/bedrijven"
        case .companyNew: "/bedrijven/nieuw"
        case let .company(id): "/bedrijven/\(id)"
        case let .companyEdit(id): "/bedrijven/\(id)/bewerken"
        case .positions: "/stageplaatsen"
        case let .positionNew(company): "/bedrijven/\(company)/stageplaatsen/nieuw"
        case let .positionCreate(company): "/bedrijven/\(company)/stageplaatsen"
        case let .position(id): "/stageplaatsen/\(id)"
        case let .positionEdit(id): "/stageplaatsen/\(id)/bewerken"
        case .periods: "/stageperiodes"
        case .periodNew: "/stageperiodes/nieuw"
        case let .period(id): "/stageperiodes/\(id)"
        case let .periodEdit(id): "/stageperiodes/\(id)/bewerken"
        case .placements: "/stages"
        case .placementNew: "/stages/nieuw"
        case let .placement(id): "/stages/\(id)"
        case let .placementStatus(id): "/stages/\(id)/status"
        case let .agreement(placement): "/stages/\(placement)/overeenkomst"
        case let .agreementSend(placement): "/stages/\(placement)/overeenkomst/versturen"
        case let .agreementSignature(placement): "/stages/\(placement)/overeenkomst/handtekening"
        case let .schedule(placement): "/stages/\(placement)/rooster"
        case let .readiness(student): "/leerlingen/\(student)/gereedheid"
        case let .preferences(student): "/leerlingen/\(student)/voorkeuren"
        case .messages: "/berichten"
        case .supervision: "/begeleiding"
        case .supervisionOverview: "/begeleiding/overzicht"
        case .matching: "/matching"
        case .matchingCompute: "/matching/berekenen"
        case .matchingOverview: "/matching/overzicht"
        case let .matchingRun(run): "/matching/runs/\(run)"
        case let .matchingOverride(run): "/matching/runs/\(run)/aanpassen"
        case let .matchingPublish(run): "/matching/runs/\(run)/publiceren"
        case let .placementDecline(placement): "/stages/\(placement)/afwijzing"
        case .imports: "/import"
        case let .importPreview(id): "/import/\(id)"
        case let .importConfirm(id): "/import/\(id)/bevestigen"
        case let .importDiscard(id): "/import/\(id)/annuleren"
        case .audit: "/logboek"
        case let .guardians(student): "/leerlingen/\(student)/ouders"
        case .agreementStylesheet: "/assets/overeenkomst.css"
        case .agreementReminders: "/overeenkomsten/herinneringen"
        case .supervisionRhythm: "/begeleiding/ritme"
        case let .dossier(placement): "/stages/\(placement)/dossier"
        case let .visit(placement): "/stages/\(placement)/bezoek"
        case let .hours(placement): "/stages/\(placement)/uren"
        case let .hoursLink(placement): "/stages/\(placement)/uren/link"
        case .assessments: AssessmentPath.overview.path
        case .assignments: AssignmentPath.library.path
        case .meldpunt: MeldpuntPath.reports.path
        case .stageEnd: StageEndPath.dropouts.path
        case .quality: QualityPath.dashboard.path
        }
    }

    /// The path with query parameters, percent-encoded.
    func with(_ query: [(String, String)]) -> String {
        var components = URLComponents()
        components.path = path
        let items = query.filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? path
    }
}
