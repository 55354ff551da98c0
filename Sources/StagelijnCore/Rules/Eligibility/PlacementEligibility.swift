/// Why a company is off limits for a particular student (school rules seen across schools, seed 000).
public enum CompanyExclusion: String, CaseIterable, Sendable, Codable {
    /// Not twice at the same company.
    case earlierStage = "eerdereStage"
    /// Not at a family member's company.
    case familyMember = "familie"
    /// Not at the employer of a side job.
    case sideJobEmployer = "bijbaan"
    /// Excluded for another recorded reason (matching input: `excludedCompanies`).
    case other = "anders"

    public var dutchName: String {
        switch self {
        case .earlierStage: "de leerling liep hier al eerder stage"
        case .familyMember: "het bedrijf is van een familielid"
        case .sideJobEmployer: "de leerling heeft hier een bijbaan"
        case .other: "het bedrijf is voor deze leerling uitgesloten"
        }
    }
}

/// What eligibility needs to know of a student.
public struct EligibilityStudent: Sendable, Equatable {
    public var birthDate: LocalDate
    public var schoolType: SchoolType?
    public var location: GeoPoint?
    public var maxDistanceKm: Double?
    public var certificates: Set<String>
    public var excludedCompanies: [String: CompanyExclusion]

    public init(birthDate: LocalDate, schoolType: SchoolType? = nil, location: GeoPoint? = nil, maxDistanceKm: Double? = nil,
                certificates: Set<String> = [], excludedCompanies: [String: CompanyExclusion] = [:]) {
        self.birthDate = birthDate
        self.schoolType = schoolType
        self.location = location
        self.maxDistanceKm = maxDistanceKm
        self.certificates = certificates
        self.excludedCompanies = excludedCompanies
    }
}

/// What eligibility needs to know of a position and its company.
public struct EligibilityPosition: Sendable, Equatable {
    public var companyID: String
    public var location: GeoPoint?
    public var minimumAge: Int
    public var requiredCertificates: Set<String>
    /// nil when unknown (matching input without SBB data): then the SBB rule is not applied.
    public var companySBBStatus: SBBStatus?
    public var isDeliveryService: Bool

    public init(companyID: String, location: GeoPoint? = nil, minimumAge: Int = 0, requiredCertificates: Set<String> = [],
                companySBBStatus: SBBStatus? = nil, isDeliveryService: Bool = false) {
        self.companyID = companyID
        self.location = location
        self.minimumAge = minimumAge
        self.requiredCertificates = requiredCertificates
        self.companySBBStatus = companySBBStatus
        self.isDeliveryService = isDeliveryService
    }
}

/// Rules a school sets for itself.
public struct SchoolPlacementPolicy: Sendable, Equatable {
    /// Many schools do not place students at delivery services (maaltijd- en pakketbezorging).
    public var excludeDeliveryServices: Bool

    public init(excludeDeliveryServices: Bool = true) { self.excludeDeliveryServices = excludeDeliveryServices }
}

/// One reason why a student cannot take a position.
public enum Ineligibility: Hashable, Sendable {
    case tooYoung(age: Int, minimumAge: Int)
    case missingCertificates([String])
    case notSBBRecognised(SBBStatus)
    case excludedCompany(CompanyExclusion)
    case deliveryService
    case tooFar(distanceKm: Double, maxDistanceKm: Double)

    /// A stable code for machine output (`stagelijn match`) and tests.
    public var code: String {
        switch self {
        case .tooYoung: "minimumAge"
        case .missingCertificates: "requiredCertificates"
        case .notSBBRecognised: "sbbRecognition"
        case .excludedCompany: "excludedCompany"
        case .deliveryService: "deliveryService"
        case .tooFar: "distance"
        }
    }

    public var dutchMessage: String {
        switch self {
        case let .tooYoung(age, minimum):
            "De leerling is op de begindatum \(age) jaar; deze plek vraagt minstens \(minimum) jaar."
        case let .missingCertificates(missing):
            "De leerling mist het certificaat \(missing.map { Certificate(rawValue: $0)?.dutchName ?? $0 }.joined(separator: ", "))."
        case let .notSBBRecognised(status):
            "Voor deze opleiding moet het bedrijf een door SBB erkend leerbedrijf zijn (nu: \(status.dutchName))."
        case let .excludedCompany(reason):
            "Niet bij dit bedrijf: \(reason.dutchName)."
        case .deliveryService:
            "De school plaatst geen leerlingen bij bezorgdiensten."
        case let .tooFar(distance, max):
            "Het bedrijf ligt \(Self.kilometres(distance)) van huis; de leerling reist maximaal \(Self.kilometres(max))."
        }
    }

    public static func kilometres(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10) km"
    }
}

/// Can this student take this position? The matching engine uses exactly these functions.
public enum PlacementEligibility {
    /// The part of eligibility that depends on the student and the place alone: old enough on `start`, with every
    /// certificate the place asks. Used to narrow choices (demo data, the proposal form); creating a placement still
    /// checks every rule (`reasons`).
    public static func meetsAgeAndCertificates(birthDate: LocalDate, certificates: [Certificate], minimumAge: Int,
                                               required: [Certificate], on start: LocalDate) -> Bool {
        birthDate.age(on: start) >= minimumAge && Set(required).isSubset(of: Set(certificates))
    }

    /// Every reason the student cannot take the position on `referenceDate` (the stage's start); empty = eligible.
    public static func reasons(_ student: EligibilityStudent, _ position: EligibilityPosition, on referenceDate: LocalDate,
                               policy: SchoolPlacementPolicy = .init()) -> [Ineligibility] {
        var reasons: [Ineligibility] = []
        let age = student.birthDate.age(on: referenceDate)
        if age < position.minimumAge { reasons.append(.tooYoung(age: age, minimumAge: position.minimumAge)) }
        if !position.requiredCertificates.isEmpty {
            let missing = position.requiredCertificates.subtracting(student.certificates)
            if !missing.isEmpty { reasons.append(.missingCertificates(missing.sorted())) }
        }
        if let type = student.schoolType, type.requiresSBBRecognition, let status = position.companySBBStatus,
           status != .recognised {
            reasons.append(.notSBBRecognised(status))
        }
        if let exclusion = student.excludedCompanies[position.companyID] { reasons.append(.excludedCompany(exclusion)) }
        if policy.excludeDeliveryServices, position.isDeliveryService { reasons.append(.deliveryService) }
        if let max = student.maxDistanceKm, let home = student.location, let work = position.location {
            let distance = home.distanceKm(to: work)
            if distance > max { reasons.append(.tooFar(distanceKm: distance, maxDistanceKm: max)) }
        }
        return reasons
    }

    public static func isEligible(_ student: EligibilityStudent, _ position: EligibilityPosition, on referenceDate: LocalDate,
                                  policy: SchoolPlacementPolicy = .init()) -> Bool {
        isEligible(student, position, age: student.birthDate.age(on: referenceDate), policy: policy)
    }

    /// The same rules as `reasons`, without building reasons: for screening millions of pairs (matching).
    /// `age` is the student's age on the reference date, computed once per student.
    @inlinable
    public static func isEligible(_ student: EligibilityStudent, _ position: EligibilityPosition, age: Int,
                                  policy: SchoolPlacementPolicy = .init()) -> Bool {
        if age < position.minimumAge { return false }
        if !position.requiredCertificates.isEmpty, !position.requiredCertificates.isSubset(of: student.certificates) { return false }
        if let type = student.schoolType, type.requiresSBBRecognition, let status = position.companySBBStatus,
           status != .recognised { return false }
        if !student.excludedCompanies.isEmpty, student.excludedCompanies[position.companyID] != nil { return false }
        if policy.excludeDeliveryServices, position.isDeliveryService { return false }
        if let max = student.maxDistanceKm, let home = student.location, let work = position.location,
           home.distanceKm(to: work) > max { return false }
        return true
    }
}
