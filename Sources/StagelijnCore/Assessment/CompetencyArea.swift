/// How the items of an assessment form are grouped (DOMAIN.md, "Competencies"; seed 004): the five areas, the ten
/// basic employee skills (basiswerknemersvaardigheden) and the placement's goals (school and personal).
public enum CompetencyArea: String, CaseIterable, Codable, Sendable {
    case personal = "persoonlijk"
    case work = "arbeid"
    case social = "sociaal"
    case inquiry = "onderzoek"
    case learning = "leren"
    case coreWorkSkills = "werknemersvaardigheden"
    case goals = "doelen"

    public var dutchName: String {
        switch self {
        case .personal: "Persoonlijk"
        case .work: "Arbeid"
        case .social: "Sociaal"
        case .inquiry: "Onderzoek"
        case .learning: "Leren"
        case .coreWorkSkills: "Basiswerknemersvaardigheden"
        case .goals: "Stagedoelen en persoonlijke doelen"
        }
    }
}

/// One line of a form: a stable key (scores are stored by it, so a new version keeps keys of unchanged items and
/// growth can be compared across versions), its area and the text the assessor reads.
public struct FormItem: Codable, Equatable, Hashable, Sendable {
    public let key: String
    public let area: CompetencyArea
    public let text: String

    public init(key: String, area: CompetencyArea, text: String) {
        self.key = key
        self.area = area
        self.text = text
    }
}

/// The contents of one version of a form. Goals are not stored on the form: every placement's own goals (the
/// school's stage goals and the student's personal goals) are added as items when an assessment is shown.
public struct AssessmentFormContent: Codable, Equatable, Sendable {
    public let title: String
    public let items: [FormItem]

    public init(title: String, items: [FormItem]) {
        self.title = title
        self.items = items
    }

    /// The form's items grouped by area in the fixed order of the areas, followed by the personal goals.
    public func items(withGoals goals: [(key: String, text: String)]) -> [(area: CompetencyArea, items: [FormItem])] {
        let goalItems = goals.map { FormItem(key: $0.key, area: .goals, text: $0.text) }
        let all = items.filter { $0.area != .goals } + goalItems
        return CompetencyArea.allCases.compactMap { area in
            let inArea = all.filter { $0.area == area }
            return inArea.isEmpty ? nil : (area, inArea)
        }
    }
}
