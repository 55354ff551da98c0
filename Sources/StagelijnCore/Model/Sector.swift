/// The ten sectors of the praktijkonderwijs interest test (seed 004, DOMAIN.md "stage line").
public enum Sector: String, CaseIterable, Codable, Sendable, ParsableList {
    case householdCare = "huishoudelijke-zorg"
    case cleaning = "schoonmaak"
    case hospitalityAndRetail = "horeca-winkel"
    case green = "groen"
    case logistics = "logistiek"
    case technicalMaintenance = "technisch-onderhoud"
    case productionTechnology = "techniek-productie"
    case food = "voedsel"
    case constructionAndInfra = "bouw-infra"
    case safetyAndSecurity = "veiligheid-toezicht"

    public var dutchName: String {
        switch self {
        case .householdCare: "Huishoudelijke zorg"
        case .cleaning: "Schoonmaak"
        case .hospitalityAndRetail: "Horeca en Winkel"
        case .green: "Groen"
        case .logistics: "Logistiek"
        case .technicalMaintenance: "Technisch onderhoud"
        case .productionTechnology: "Techniek productie"
        case .food: "Voedsel"
        case .constructionAndInfra: "Bouw en Infra"
        case .safetyAndSecurity: "Veiligheid en Toezicht"
        }
    }

    /// Accepts the code or the Dutch name, case-insensitive ("Horeca en Winkel", "groen").
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let match = Sector.allCases.first(where: { $0.rawValue == key || $0.dutchName.lowercased() == key })
        else { return nil }
        self = match
    }
}
