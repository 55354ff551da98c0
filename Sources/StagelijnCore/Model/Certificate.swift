/// Certificates a position can require. VCA cannot be obtained before 16 (basis) / 18 (VOL),
/// which makes it an eligibility constraint for technical stages (seed 000).
public enum Certificate: String, CaseIterable, Codable, Sendable, ParsableList {
    case vcaBasic = "vca-basis"
    case vcaFull = "vca-vol"
    case hygieneCode = "hygienecode"
    case forkliftLicence = "heftruck"
    case firstAid = "ehbo"

    public var dutchName: String {
        switch self {
        case .vcaBasic: "VCA Basis"
        case .vcaFull: "VCA VOL"
        case .hygieneCode: "Hygiënecode (HACCP)"
        case .forkliftLicence: "Heftruckcertificaat"
        case .firstAid: "EHBO"
        }
    }

    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let match = Certificate.allCases.first(where: { $0.rawValue == key || $0.dutchName.lowercased() == key })
        else { return nil }
        self = match
    }
}
