import Foundation

/// Realistic matching instances for tests and benchmarks: students and companies scattered (±4 km) around the
/// centres of the 40 largest Dutch municipalities, weighted by population; student interest skewed towards a few
/// popular sectors while places are spread more evenly (so popular sectors are scarce, as in SBB's stagebarometer);
/// preferences mostly in the student's own town, some in a neighbouring one; capacities 1–5; some age limits and
/// VCA requirements. Deterministic for a seed.
public enum InstanceGenerator {
    public struct Parameters: Sendable {
        public var students: Int
        public var positions: Int
        public var preferences: ClosedRange<Int>
        public var capacity: ClosedRange<Int>
        public var seed: UInt64

        public init(students: Int, positions: Int, preferences: ClosedRange<Int> = 5...10, capacity: ClosedRange<Int> = 1...5,
                    seed: UInt64 = 2026) {
            self.students = students
            self.positions = positions
            self.preferences = preferences
            self.capacity = capacity
            self.seed = seed
        }
    }

    /// (name, lat, lon, inhabitants × 1000), municipality centres.
    static let towns: [(String, Double, Double, Double)] = [
        ("Amsterdam", 52.370, 4.895, 870), ("Rotterdam", 51.922, 4.479, 650), ("Den Haag", 52.078, 4.288, 550),
        ("Utrecht", 52.091, 5.122, 360), ("Eindhoven", 51.441, 5.470, 235), ("Groningen", 53.219, 6.567, 235),
        ("Tilburg", 51.560, 5.091, 220), ("Almere", 52.350, 5.264, 215), ("Breda", 51.589, 4.776, 185),
        ("Nijmegen", 51.842, 5.853, 180), ("Apeldoorn", 52.211, 5.970, 165), ("Arnhem", 51.985, 5.899, 165),
        ("Haarlem", 52.387, 4.646, 162), ("Enschede", 52.222, 6.894, 160), ("Amersfoort", 52.156, 5.388, 157),
        ("Zaanstad", 52.457, 4.751, 156), ("'s-Hertogenbosch", 51.697, 5.304, 155), ("Haarlemmermeer", 52.303, 4.690, 157),
        ("Zwolle", 52.517, 6.083, 130), ("Zoetermeer", 52.057, 4.493, 125), ("Leiden", 52.160, 4.497, 125),
        ("Leeuwarden", 53.201, 5.799, 124), ("Maastricht", 50.851, 5.691, 121), ("Dordrecht", 51.813, 4.690, 119),
        ("Ede", 52.040, 5.667, 118), ("Alphen aan den Rijn", 52.129, 4.656, 112), ("Alkmaar", 52.632, 4.753, 110),
        ("Emmen", 52.785, 6.897, 107), ("Delft", 52.012, 4.357, 104), ("Venlo", 51.370, 6.172, 101),
        ("Deventer", 52.255, 6.163, 101), ("Sittard-Geleen", 51.000, 5.870, 92), ("Helmond", 51.479, 5.657, 92),
        ("Oss", 51.765, 5.518, 92), ("Lelystad", 52.518, 5.471, 80), ("Roosendaal", 51.531, 4.465, 77),
        ("Hoorn", 52.643, 5.060, 74), ("Assen", 52.993, 6.564, 69), ("Den Helder", 52.959, 4.760, 56),
        ("Middelburg", 51.499, 3.611, 49),
    ]

    static let studentInterest = [0.25, 0.18, 0.14, 0.11, 0.09, 0.07, 0.06, 0.05, 0.03, 0.02]
    static let placeShare = [0.12, 0.12, 0.10, 0.10, 0.10, 0.10, 0.10, 0.09, 0.09, 0.08]

    public static func generate(_ parameters: Parameters, referenceDate: LocalDate = LocalDate(iso: "2026-09-01")!) -> MatchingInstance {
        var rng = SeededGenerator(seed: parameters.seed)
        let sectors = Sector.allCases.map(\.rawValue)
        let townWeights = towns.map(\.3)
        let neighbours: [[Int]] = towns.indices.map { t in
            let here = GeoPoint(lat: towns[t].1, lon: towns[t].2)
            return towns.indices.filter { $0 != t }
                .sorted { here.distanceKm(to: GeoPoint(lat: towns[$0].1, lon: towns[$0].2)) < here.distanceKm(to: GeoPoint(lat: towns[$1].1, lon: towns[$1].2)) }
                .prefix(3).map { $0 }
        }
        func scatter(_ town: Int) -> GeoPoint {
            // Box–Muller: a normal offset with σ ≈ 4 km.
            let u1 = max(Double.random(in: 0..<1, using: &rng), 1e-12), u2 = Double.random(in: 0..<1, using: &rng)
            let radius = sqrt(-2 * log(u1)), angle = 2 * Double.pi * u2
            return GeoPoint(lat: towns[town].1 + radius * cos(angle) * 0.036, lon: towns[town].2 + radius * sin(angle) * 0.06)
        }

        var positions: [MatchingPosition] = []
        positions.reserveCapacity(parameters.positions)
        var byTownSector = [[[Int32]]](repeating: [[Int32]](repeating: [], count: sectors.count), count: towns.count)
        for p in 0..<parameters.positions {
            let town = pick(townWeights, &rng), sector = pick(placeShare, &rng)
            let technical = sector == 5 || sector == 6 || sector == 8
            let ageRoll = Double.random(in: 0..<1, using: &rng)
            positions.append(MatchingPosition(
                id: "P\(p)", companyID: "C\(p / 2)", sector: sectors[sector],
                capacity: Int.random(in: parameters.capacity, using: &rng), location: scatter(town),
                minimumAge: ageRoll < 0.70 ? 0 : ageRoll < 0.95 ? 16 : 18,
                requiredCertificates: technical && Double.random(in: 0..<1, using: &rng) < 0.3 ? ["vca-basis"] : []))
            byTownSector[town][sector].append(Int32(p))
        }

        var students: [MatchingStudent] = []
        students.reserveCapacity(parameters.students)
        let referenceDay = referenceDate.dayNumber
        for s in 0..<parameters.students {
            let town = pick(townWeights, &rng)
            let ageDays = Int.random(in: (15 * 365)...(20 * 365), using: &rng)
            let count = Int.random(in: parameters.preferences, using: &rng)
            var chosen: [Int32] = []
            chosen.reserveCapacity(count)
            var attempts = 0
            while chosen.count < count, attempts < count * 8, !positions.isEmpty {
                attempts += 1
                let from = Double.random(in: 0..<1, using: &rng) < 0.7 ? town : neighbours[town][Int.random(in: 0..<3, using: &rng)]
                let bucket = byTownSector[from][pick(studentInterest, &rng)]
                guard let candidate = bucket.randomElement(using: &rng) else { continue }
                if !chosen.contains(candidate) { chosen.append(candidate) }
            }
            students.append(MatchingStudent(
                id: "S\(s)", birthDate: LocalDate(dayNumber: referenceDay - ageDays), location: scatter(town),
                maxDistanceKm: Double(Int.random(in: 10...40, using: &rng)), preferences: chosen,
                certificates: ageDays >= 16 * 365 && Double.random(in: 0..<1, using: &rng) < 0.25 ? ["vca-basis"] : []))
        }
        return MatchingInstance(referenceDate: referenceDate, students: students, positions: positions)
    }

    /// A weighted choice from weights summing to about 1.
    static func pick(_ weights: [Double], _ rng: inout SeededGenerator) -> Int {
        let total = weights.reduce(0, +)
        var roll = Double.random(in: 0..<total, using: &rng)
        for (index, weight) in weights.enumerated() {
            roll -= weight
            if roll < 0 { return index }
        }
        return weights.count - 1
    }
}

extension MatchingInstance {
    /// The instance in the input format of `stagelijn match`, for other solvers and for the CLI.
    public func json() -> Data {
        struct Location: Encodable { let lat: Double, lon: Double }
        struct Student: Encodable {
            let id: String, birthDate: String, location: Location, maxDistanceKm: Double, preferences: [String]
            let certificates: [String], excludedCompanies: [String]
        }
        struct Position: Encodable {
            let id: String, companyId: String, sector: String, capacity: Int, location: Location, minimumAge: Int
            let requiredCertificates: [String], priorities: [String]
        }
        struct Document: Encodable { let referenceDate: String, students: [Student], positions: [Position] }
        let document = Document(
            referenceDate: referenceDate.iso,
            students: students.map { s in
                Student(id: s.id, birthDate: s.birthDate.iso, location: .init(lat: s.location.lat, lon: s.location.lon),
                        maxDistanceKm: s.maxDistanceKm, preferences: s.preferences.map { positions[Int($0)].id },
                        certificates: s.certificates.sorted(), excludedCompanies: s.excludedCompanies.sorted())
            },
            positions: positions.map { p in
                Position(id: p.id, companyId: p.companyID, sector: p.sector, capacity: p.capacity,
                         location: .init(lat: p.location.lat, lon: p.location.lon), minimumAge: p.minimumAge,
                         requiredCertificates: p.requiredCertificates.sorted(), priorities: p.priorities.map { students[Int($0)].id })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(document)) ?? Data()
    }
}
