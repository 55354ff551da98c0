/// A matching problem: students with ranked preferences for positions, positions with a capacity and optional
/// priorities. Ids are the caller's; inside, everything is an array index so the algorithms run on flat arrays.
public struct MatchingStudent: Sendable, Equatable {
    public var id: String
    public var birthDate: LocalDate
    public var location: GeoPoint
    public var maxDistanceKm: Double
    /// Indexes into `MatchingInstance.positions`, best first.
    public var preferences: [Int32]
    public var certificates: Set<String>
    public var excludedCompanies: Set<String>
    /// Known in the app (for the SBB rule); absent in CLI input.
    public var schoolType: SchoolType?

    public init(id: String, birthDate: LocalDate, location: GeoPoint, maxDistanceKm: Double, preferences: [Int32],
                certificates: Set<String> = [], excludedCompanies: Set<String> = [], schoolType: SchoolType? = nil) {
        self.schoolType = schoolType
        self.id = id
        self.birthDate = birthDate
        self.location = location
        self.maxDistanceKm = maxDistanceKm
        self.preferences = preferences
        self.certificates = certificates
        self.excludedCompanies = excludedCompanies
    }
}

public struct MatchingPosition: Sendable, Equatable {
    public var id: String
    public var companyID: String
    public var sector: String
    public var capacity: Int
    public var location: GeoPoint
    public var minimumAge: Int
    public var requiredCertificates: Set<String>
    /// Indexes into `MatchingInstance.students` that this position ranks first, in this order.
    public var priorities: [Int32]
    /// Known in the app; absent in CLI input (then those rules are not applied).
    public var companySBBStatus: SBBStatus?
    public var isDeliveryService: Bool

    public init(id: String, companyID: String, sector: String, capacity: Int, location: GeoPoint, minimumAge: Int = 0,
                requiredCertificates: Set<String> = [], priorities: [Int32] = [], companySBBStatus: SBBStatus? = nil,
                isDeliveryService: Bool = false) {
        self.companySBBStatus = companySBBStatus
        self.isDeliveryService = isDeliveryService
        self.id = id
        self.companyID = companyID
        self.sector = sector
        self.capacity = capacity
        self.location = location
        self.minimumAge = minimumAge
        self.requiredCertificates = requiredCertificates
        self.priorities = priorities
    }
}

public struct MatchingInstance: Sendable, Equatable {
    public var referenceDate: LocalDate
    public var students: [MatchingStudent]
    public var positions: [MatchingPosition]
    public var policy: SchoolPlacementPolicy

    public init(referenceDate: LocalDate, students: [MatchingStudent], positions: [MatchingPosition],
                policy: SchoolPlacementPolicy = .init()) {
        self.policy = policy
        self.referenceDate = referenceDate
        self.students = students
        self.positions = positions
    }
}

/// One preference dropped because the student cannot take the position, with the rules engine's reason.
public struct IneligiblePreference: Sendable, Equatable {
    public let student: Int32
    public let position: Int32
    public let reason: Ineligibility
}

/// The preferences that remain after eligibility: `lists[s]` holds (position, original 1-based rank), best first.
public struct EligiblePreferences: Sendable {
    public let lists: [[(position: Int32, rank: Int32)]]
    public let dropped: [IneligiblePreference]
}

extension MatchingInstance {
    /// Applies `PlacementEligibility` to every preference. The fast path screens with the same rules; only a
    /// preference that fails is judged again by `reasons` for its Dutch reason, so both always agree.
    public func eligiblePreferences() -> EligiblePreferences {
        let positionValues = positions.map {
            EligibilityPosition(companyID: $0.companyID, location: $0.location, minimumAge: $0.minimumAge,
                                requiredCertificates: $0.requiredCertificates, companySBBStatus: $0.companySBBStatus,
                                isDeliveryService: $0.isDeliveryService)
        }
        var lists: [[(position: Int32, rank: Int32)]] = []
        lists.reserveCapacity(students.count)
        var dropped: [IneligiblePreference] = []
        for (index, student) in students.enumerated() {
            let candidate = EligibilityStudent(
                birthDate: student.birthDate, schoolType: student.schoolType, location: student.location, maxDistanceKm: student.maxDistanceKm,
                certificates: student.certificates,
                excludedCompanies: Dictionary(student.excludedCompanies.map { ($0, CompanyExclusion.other) }, uniquingKeysWith: { a, _ in a }))
            let age = student.birthDate.age(on: referenceDate)
            var list: [(position: Int32, rank: Int32)] = []
            list.reserveCapacity(student.preferences.count)
            for (rank, position) in student.preferences.enumerated() {
                let value = positionValues[Int(position)]
                if PlacementEligibility.isEligible(candidate, value, age: age, policy: policy) {
                    list.append((position, Int32(rank + 1)))
                } else if let reason = PlacementEligibility.reasons(candidate, value, on: referenceDate, policy: policy).first {
                    dropped.append(IneligiblePreference(student: Int32(index), position: position, reason: reason))
                }
            }
            lists.append(list)
        }
        return EligiblePreferences(lists: lists, dropped: dropped)
    }
}
