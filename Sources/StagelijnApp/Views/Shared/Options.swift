import StagelijnCore

/// Select and checkbox options for the domain's enumerations, in Dutch.
enum Options {
    static let sectors = Sector.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
    static let schoolTypes = SchoolType.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
    static let certificates = Certificate.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
    static let sbbStatuses = SBBStatus.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
    static let levels = (1...6).map { (value: String($0), label: "leerjaar \($0)") }
}
