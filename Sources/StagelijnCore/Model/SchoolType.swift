/// The school types Stagelijn serves (DOMAIN.md, "School types and stage forms").
public enum SchoolType: String, CaseIterable, Codable, Sendable, ParsableList {
    case vmboBB = "vmbo-bb"
    case vmboKB = "vmbo-kb"
    case leerWerkTraject = "lwt"
    case praktijkonderwijs = "pro"
    case vso = "vso"
    case entree = "entree"
    case mbo = "mbo"

    public var dutchName: String {
        switch self {
        case .vmboBB: "vmbo basisberoepsgerichte leerweg"
        case .vmboKB: "vmbo kaderberoepsgerichte leerweg"
        case .leerWerkTraject: "leer-werktraject (vmbo-bb)"
        case .praktijkonderwijs: "praktijkonderwijs"
        case .vso: "voortgezet speciaal onderwijs"
        case .entree: "Entree (mbo niveau 1)"
        case .mbo: "mbo"
        }
    }

    /// lwt and mbo stages must be at an SBB-recognised learning company (DOMAIN.md; seed 003).
    public var requiresSBBRecognition: Bool { self == .leerWerkTraject || self == .mbo || self == .entree }

    /// Accepts the code ("pro") or common spellings found in exports ("Praktijkonderwijs", "VMBO-BB").
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let match = SchoolType(rawValue: key) { self = match; return }
        let aliases: [String: SchoolType] = [
            "praktijkonderwijs": .praktijkonderwijs, "vmbo bb": .vmboBB, "vmbo-basis": .vmboBB, "bb": .vmboBB,
            "vmbo kb": .vmboKB, "vmbo-kader": .vmboKB, "kb": .vmboKB, "leer-werktraject": .leerWerkTraject,
            "mbo-1": .entree, "mbo 1": .entree,
        ]
        guard let alias = aliases[key] else { return nil }
        self = alias
    }
}
