/// A quality requirement as the school states it (issue 13, Inspectie: explicit, with a named owner): the
/// indicator that measures it, the norm in percent and who owns it. Schools start from `defaults` and may change
/// norm, owner and wording, or switch a requirement off.
public struct QualityRequirement: Equatable, Sendable {
    public var indicator: QualityIndicator
    public var norm: Int
    public var owner: Role
    /// The name of the person who owns it (optional; the role is always there).
    public var ownerName: String
    public var statement: String
    public var active: Bool

    public init(indicator: QualityIndicator, norm: Int, owner: Role, ownerName: String = "", statement: String? = nil,
                active: Bool = true) {
        self.indicator = indicator
        self.norm = norm
        self.owner = owner
        self.ownerName = ownerName
        self.statement = statement ?? indicator.statement(norm: norm)
        self.active = active
    }

    /// The default set: every indicator with its default norm and owner.
    public static let defaults: [QualityRequirement] = QualityIndicator.allCases.map {
        QualityRequirement(indicator: $0, norm: $0.defaultNorm, owner: $0.defaultOwner)
    }

    /// Roles that can own a requirement or an activity: staff of the school.
    public static let ownerRoles: [Role] = [.coordinator, .leadership, .supervisor, .careCoordinator, .mentor]

    /// Reads a norm and owner as typed on the requirements page; problems in Dutch, naming the field.
    public static func read(indicator: QualityIndicator, norm: String, owner: String, ownerName: String,
                            statement: String, active: Bool) -> Result<QualityRequirement, QualityProblems> {
        var problems: [String] = []
        let typed = norm.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            .trimmingCharacters(in: .whitespaces)
        let value = Int(typed)
        if value == nil || !(0...100).contains(value!) {
            problems.append("Norm bij ‘\(indicator.dutchName)’: vul een percentage in van 0 tot en met 100.")
        }
        let role = Role(rawValue: owner)
        if role == nil || !ownerRoles.contains(role!) {
            problems.append("Eigenaar bij ‘\(indicator.dutchName)’: kies wie deze eis bewaakt.")
        }
        let name = ownerName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.count > 120 { problems.append("Naam eigenaar bij ‘\(indicator.dutchName)’: gebruik hoogstens 120 tekens.") }
        let text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > 500 { problems.append("Omschrijving bij ‘\(indicator.dutchName)’: gebruik hoogstens 500 tekens.") }
        guard problems.isEmpty, let value, let role else { return .failure(QualityProblems(problems)) }
        return .success(QualityRequirement(indicator: indicator, norm: value, owner: role, ownerName: name,
                                           statement: text.isEmpty ? indicator.statement(norm: value) : text, active: active))
    }
}

/// Problems with what was typed on a quality page, in Dutch, each naming its field.
public struct QualityProblems: Error, Equatable, Sendable {
    public var messages: [String]
    public init(_ messages: [String]) { self.messages = messages }
}
