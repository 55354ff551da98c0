/// Recognition of a company as leerbedrijf by SBB (Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven).
public enum SBBStatus: String, CaseIterable, Codable, Sendable, ParsableList {
    case recognised = "erkend"
    case applied = "aangevraagd"
    case notRecognised = "geen"
    case expired = "verlopen"

    public var dutchName: String {
        switch self {
        case .recognised: "erkend leerbedrijf"
        case .applied: "erkenning aangevraagd"
        case .notRecognised: "niet erkend"
        case .expired: "erkenning verlopen"
        }
    }

    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let match = SBBStatus(rawValue: key) { self = match; return }
        switch key {
        case "ja", "erkend leerbedrijf": self = .recognised
        case "nee", "niet erkend", "": self = .notRecognised
        default: return nil
        }
    }
}
