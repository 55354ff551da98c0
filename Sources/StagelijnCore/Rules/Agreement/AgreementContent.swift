/// Who takes out the insurance or pays the premium (WVO art. 35, item 6).
public enum InsuranceParty: String, CaseIterable, Sendable, Codable {
    case school, company, student

    public var dutchName: String {
        switch self {
        case .school: "school"
        case .company: "stagebedrijf"
        case .student: "leerling"
        }
    }
}

/// The parties that sign a stage agreement.
public enum SignatoryRole: String, CaseIterable, Sendable, Codable {
    case school, student, company, parent

    public var dutchName: String {
        switch self {
        case .school: "school"
        case .student: "leerling"
        case .company: "stagebedrijf"
        case .parent: "ouder of verzorger"
        }
    }
}

public struct AgreementSignature: Hashable, Sendable, Codable {
    public var role: SignatoryRole
    public var name: String
    public var signedAt: LocalDate

    public init(role: SignatoryRole, name: String, signedAt: LocalDate) {
        self.role = role
        self.name = name
        self.signedAt = signedAt
    }
}

/// The content of a stage agreement as far as WVO art. 35 requires it. Empty strings and lists mean "not filled in".
public struct AgreementContent: Equatable, Sendable {
    public var learningActivities: [String]
    public var company: String
    public var positionLocations: [String]
    public var startDate: LocalDate?
    public var endDate: LocalDate?
    /// Days and times of the activities, in words or as a list ("ma, di, wo 08:30–15:30").
    public var schedule: String
    public var schoolSupervisionShare: String
    public var companySupervisionShare: String
    public var assessmentByCompany: String
    public var inspectionArrangement: String
    public var accidentAndLiabilityBy: InsuranceParty?
    public var premiumPaidBy: InsuranceParty?
    public var studentBirthDate: LocalDate?
    public var signatures: [AgreementSignature]

    public init(learningActivities: [String] = [], company: String = "", positionLocations: [String] = [],
                startDate: LocalDate? = nil, endDate: LocalDate? = nil, schedule: String = "",
                schoolSupervisionShare: String = "", companySupervisionShare: String = "",
                assessmentByCompany: String = "", inspectionArrangement: String = "",
                accidentAndLiabilityBy: InsuranceParty? = nil, premiumPaidBy: InsuranceParty? = nil,
                studentBirthDate: LocalDate? = nil, signatures: [AgreementSignature] = []) {
        self.learningActivities = learningActivities
        self.company = company
        self.positionLocations = positionLocations
        self.startDate = startDate
        self.endDate = endDate
        self.schedule = schedule
        self.schoolSupervisionShare = schoolSupervisionShare
        self.companySupervisionShare = companySupervisionShare
        self.assessmentByCompany = assessmentByCompany
        self.inspectionArrangement = inspectionArrangement
        self.accidentAndLiabilityBy = accidentAndLiabilityBy
        self.premiumPaidBy = premiumPaidBy
        self.studentBirthDate = studentBirthDate
        self.signatures = signatures
    }
}

/// What an agreement still lacks; the raw values are the codes of `stagelijn check agreement`, in the order of
/// WVO art. 35 and then the signatures.
public enum AgreementRequirement: String, CaseIterable, Sendable, Codable, Comparable {
    case learningActivities, company, dates, schedule, supervision, assessment, inspection, insurance
    case signatureSchool, signatureStudent, signatureCompany, signatureParent

    /// The content requirements (everything but signatures): an agreement may go out for signing only without these.
    public var isContent: Bool { !isSignature }
    public var isSignature: Bool { signatoryRole != nil }

    public var signatoryRole: SignatoryRole? {
        switch self {
        case .signatureSchool: .school
        case .signatureStudent: .student
        case .signatureCompany: .company
        case .signatureParent: .parent
        default: nil
        }
    }

    public var dutchDescription: String {
        switch self {
        case .learningActivities: "de leeractiviteiten bij het bedrijf (art. 35 lid 2a)"
        case .company: "het stagebedrijf en de plaats waar de leerling werkt (art. 35 lid 2a)"
        case .dates: "begindatum en einddatum, einddatum niet vóór de begindatum (art. 35 lid 2b)"
        case .schedule: "de dagen en tijden van de stage (art. 35 lid 2b)"
        case .supervision: "de begeleiding: het deel van de school én het deel van het bedrijf (art. 35 lid 2c)"
        case .assessment: "hoe het bedrijf meedoet aan de beoordeling (art. 35 lid 2d)"
        case .inspection: "de afspraak dat de inspectie toezicht kan houden (art. 35 lid 2e)"
        case .insurance: "wie de ongevallen- en aansprakelijkheidsverzekering afsluit en wie de premie betaalt (art. 35 lid 2f)"
        case .signatureSchool: "de handtekening van de school"
        case .signatureStudent: "de handtekening van de leerling"
        case .signatureCompany: "de handtekening van het stagebedrijf"
        case .signatureParent: "de handtekening van een ouder of verzorger (leerling is minderjarig, art. 35 lid 3)"
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}
