/// Where a leaver went: the categories of the sector's uitstroommonitor (DOMAIN.md, "Dropout and aftercare").
public enum OutflowDestination: String, CaseIterable, Codable, Sendable {
    case dayActivities = "dagbesteding"
    case shelteredWork = "beschut-werk"
    case workWithBBL = "arbeid-met-bbl"
    case work = "arbeid"
    case mboBOL = "mbo-bol"
    case otherSchool = "andere-school"
    case programme = "traject"
    case none = "geen-werk-of-opleiding"
    case moved = "verhuisd"
    case unknown = "onbekend"

    public var dutchName: String {
        switch self {
        case .dayActivities: "dagbesteding"
        case .shelteredWork: "beschut werk"
        case .workWithBBL: "arbeid met bbl (mbo)"
        case .work: "arbeid zonder opleiding"
        case .mboBOL: "mbo bol"
        case .otherSchool: "andere school (pro, vso, vmbo)"
        case .programme: "traject (bijvoorbeeld re-integratie)"
        case .none: "geen werk of opleiding"
        case .moved: "verhuisd"
        case .unknown: "onbekend"
        }
    }

    /// "Successful" in the uitstroommonitor: work, a traject, school or dagbesteding — a lasting destination.
    public var isLasting: Bool {
        switch self {
        case .dayActivities, .shelteredWork, .workWithBBL, .work, .mboBOL, .otherSchool, .programme: true
        case .none, .moved, .unknown: false
        }
    }

    /// A leaver who moved away is out of sight of the school and is left out of the norm figures.
    public var countsForNorms: Bool { self != .moved }
}

/// The outflow profile agreed at the end of year 4/5 by student, parents and school (seed 004 §5.1).
public enum OutflowProfile: String, CaseIterable, Codable, Sendable {
    case dayActivities = "dagbesteding"
    case work = "arbeid"
    case learning = "leren"

    public var dutchName: String {
        switch self {
        case .dayActivities: "Dagbesteding"
        case .work: "(Beschutte) arbeid"
        case .learning: "Leren"
        }
    }
}

/// Who aftercare talks with (seed 004 §5.2).
public enum AftercareParty: String, CaseIterable, Codable, Sendable {
    case formerStudent = "oud-leerling"
    case employer = "werkgever"
    case nextSchool = "vervolgschool"

    public var dutchName: String {
        switch self {
        case .formerStudent: "oud-leerling"
        case .employer: "werkgever"
        case .nextSchool: "vervolgschool"
        }
    }
}
