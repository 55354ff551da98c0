@testable import StagelijnCore

/// Small instances for matching tests: every place in one town unless told otherwise.
enum M {
    static let alkmaar = GeoPoint(lat: 52.6324, lon: 4.7534)
    static let reference = LocalDate(iso: "2026-09-01")!

    static func student(_ id: String, _ prefs: [Int32], birth: String = "2010-01-01", at location: GeoPoint = alkmaar,
                        maxKm: Double = 25, certificates: Set<String> = []) -> MatchingStudent {
        MatchingStudent(id: id, birthDate: LocalDate(iso: birth)!, location: location, maxDistanceKm: maxKm, preferences: prefs,
                        certificates: certificates)
    }

    static func position(_ id: String, capacity: Int = 1, priorities: [Int32] = [], minimumAge: Int = 0,
                         certificates: Set<String> = [], at location: GeoPoint = alkmaar) -> MatchingPosition {
        MatchingPosition(id: id, companyID: "c-\(id)", sector: "groen", capacity: capacity, location: location,
                         minimumAge: minimumAge, requiredCertificates: certificates, priorities: priorities)
    }

    /// A random instance for property tests: up to 8 students and 5 positions, capacities 0–3, some positions with
    /// priorities, some students too young or too far for some positions.
    static func random(seed: UInt64) -> MatchingInstance {
        var rng = SeededGenerator(seed: seed)
        let positionCount = Int.random(in: 1...5, using: &rng)
        let studentCount = Int.random(in: 1...8, using: &rng)
        var positions: [MatchingPosition] = (0..<positionCount).map { p in
            position("p\(p)", capacity: Int.random(in: 0...3, using: &rng), minimumAge: Bool.random(using: &rng) ? 0 : 16,
                     at: GeoPoint(lat: 52.6 + Double.random(in: 0...0.3, using: &rng), lon: 4.75))
        }
        let students: [MatchingStudent] = (0..<studentCount).map { s in
            let prefs = (0..<Int32(positionCount)).shuffled(using: &rng).prefix(Int.random(in: 0...positionCount, using: &rng))
            return student("s\(s)", Array(prefs), birth: Bool.random(using: &rng) ? "2009-06-01" : "2011-06-01",
                           maxKm: Double.random(in: 5...40, using: &rng))
        }
        for p in positions.indices where Bool.random(using: &rng) {
            positions[p].priorities = Array((0..<Int32(studentCount)).shuffled(using: &rng).prefix(Int.random(in: 1...studentCount, using: &rng)))
        }
        return MatchingInstance(referenceDate: reference, students: students, positions: positions)
    }

    /// The best (matched, −rank sum) over every feasible assignment, by exhaustive search.
    static func bruteForce(_ instance: MatchingInstance, _ preferences: EligiblePreferences) -> (matched: Int, rankSum: Int) {
        var remaining = instance.positions.map { max(0, $0.capacity) }
        var best = (matched: 0, rankSum: 0)
        func visit(_ s: Int, matched: Int, rankSum: Int) {
            if s == instance.students.count {
                if matched > best.matched || (matched == best.matched && rankSum < best.rankSum) { best = (matched, rankSum) }
                return
            }
            visit(s + 1, matched: matched, rankSum: rankSum)
            for (position, rank) in preferences.lists[s] where remaining[Int(position)] > 0 {
                remaining[Int(position)] -= 1
                visit(s + 1, matched: matched + 1, rankSum: rankSum + Int(rank))
                remaining[Int(position)] += 1
            }
        }
        visit(0, matched: 0, rankSum: 0)
        return best
    }
}
