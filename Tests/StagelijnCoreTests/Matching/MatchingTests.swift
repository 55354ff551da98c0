import Foundation
import PropertyBased
import Testing
@testable import StagelijnCore

@Suite("Matching: hand-made cases with known answers")
struct MatchingCaseTests {
    func solve(_ instance: MatchingInstance, _ algorithm: MatchingAlgorithm, seed: UInt64 = 1) -> [String: String] {
        let result = MatchingRun.run(instance, algorithm: algorithm, seed: seed).result
        return Dictionary(uniqueKeysWithValues: result.assignments.map { ($0.studentId, $0.positionId) })
    }

    @Test func prioritiesComeBeforeTheLotteryAndRejectedStudentsMoveOn() {
        // X ranks C then B first; Y ranks A first. A is pushed from X to Y; B loses X to C and Y to A.
        let instance = MatchingInstance(referenceDate: M.reference, students: [
            M.student("A", [0, 1]), M.student("B", [0, 1]), M.student("C", [0]),
        ], positions: [M.position("X", priorities: [2, 1]), M.position("Y", priorities: [0])])
        for seed in [1, 2, 3, 99] as [UInt64] {
            #expect(solve(instance, .deferredAcceptance, seed: seed) == ["A": "Y", "C": "X"])
        }
    }

    @Test func optimalMatchesMoreStudentsThanDeferredAcceptanceCan() {
        // X prefers A; A likes X best, so in the stable matching B (who only wants X) stays without a place.
        let instance = MatchingInstance(referenceDate: M.reference, students: [M.student("A", [0, 1]), M.student("B", [0])],
                                        positions: [M.position("X", priorities: [0]), M.position("Y")])
        #expect(solve(instance, .deferredAcceptance) == ["A": "X"])
        #expect(solve(instance, .optimal) == ["A": "Y", "B": "X"])
        let result = MatchingRun.run(instance, algorithm: .optimal, seed: 1).result
        #expect(result.metrics.rankCounts == ["1": 1, "2": 1])
        #expect(result.metrics.meanRank == 1.5)
        #expect(result.metrics.blockingPairs == 1)    // A and X: honest about the price of matching more students
    }

    @Test func capacityIsRespectedAndTheLotteryBreaksTies() {
        let instance = MatchingInstance(referenceDate: M.reference, students: (0..<5).map { M.student("s\($0)", [0]) },
                                        positions: [M.position("X", capacity: 2)])
        let result = MatchingRun.run(instance, algorithm: .deferredAcceptance, seed: 7).result
        #expect(result.assignments.count == 2)
        // The two winners are the first two of the printed lottery.
        #expect(Set(result.assignments.map(\.studentId)) == Set(result.tieBreak.prefix(2)))
        #expect(result.unmatched.count == 3)
        #expect(result.unmatched.allSatisfy { $0.reason == "Alle passende voorkeuren zijn vol met leerlingen die voorgaan." })
    }

    @Test func ineligiblePreferencesAreDroppedWithTheirReason() {
        let far = GeoPoint(lat: 52.3676, lon: 4.9041)   // Amsterdam, ~32 km
        let instance = MatchingInstance(referenceDate: M.reference, students: [
            M.student("young", [0, 1, 2, 3], birth: "2012-09-02", maxKm: 10),
        ], positions: [M.position("old", minimumAge: 14), M.position("vca", certificates: ["vca-basis"]),
                       M.position("far", at: far), M.position("ok")])
        let result = MatchingRun.run(instance, algorithm: .deferredAcceptance, seed: 1).result
        #expect(result.assignments == [.init(studentId: "young", positionId: "ok", rank: 4)])
        #expect(result.ineligiblePreferences.map(\.positionId) == ["old", "vca", "far"])
        #expect(result.ineligiblePreferences[0].reason == "De leerling is op de begindatum 13 jaar; deze plek vraagt minstens 14 jaar.")
    }

    @Test func aResultIsVerifiedIndependently() {
        let instance = MatchingInstance(referenceDate: M.reference, students: [M.student("A", [0]), M.student("B", [0])],
                                        positions: [M.position("X")])
        let preferences = instance.eligiblePreferences()
        let ranking = PositionRanking(instance: instance, lottery: [1, 0])
        var tooMany = MatchingAssignment(studentCount: 2)
        tooMany.positionOf = [0, 0]
        tooMany.rankOf = [1, 1]
        #expect(MatchingVerifier.check(instance, preferences: preferences, ranking: ranking, assignment: tooMany).overCapacity == 1)
        var unstable = MatchingAssignment(studentCount: 2)
        unstable.positionOf = [0, -1]
        unstable.rankOf = [1, 0]
        // B wins the lottery, so X would rather have B than A: one blocking pair.
        #expect(MatchingVerifier.check(instance, preferences: preferences, ranking: ranking, assignment: unstable).blockingPairs == 1)
    }
}

@Suite("Matching: properties on random instances")
struct MatchingPropertyTests {
    @Test func deferredAcceptanceIsStableWithinCapacityAndEligibility() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...1000)) { instanceSeed, seed in
            let instance = M.random(seed: UInt64(instanceSeed))
            let preferences = instance.eligiblePreferences()
            let ranking = PositionRanking(instance: instance, seed: UInt64(seed))
            let assignment = DeferredAcceptance.solve(instance, preferences: preferences, ranking: ranking)
            let check = MatchingVerifier.check(instance, preferences: preferences, ranking: ranking, assignment: assignment)
            #expect(check.blockingPairs == 0)
            #expect(check.isValid)
        }
    }

    @Test func theOptimumEqualsBruteForceAndIsNeverWorseThanDeferredAcceptance() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000)) { instanceSeed in
            let instance = M.random(seed: UInt64(instanceSeed))
            let preferences = instance.eligiblePreferences()
            let optimal = OptimalAssignment.solve(instance, preferences: preferences)
            let stable = DeferredAcceptance.solve(instance, preferences: preferences,
                                                  ranking: PositionRanking(instance: instance, seed: 1))
            let best = M.bruteForce(instance, preferences)
            #expect(optimal.matchedCount == best.matched)
            #expect(optimal.rankSum == best.rankSum)
            #expect(optimal.matchedCount > stable.matchedCount
                    || (optimal.matchedCount == stable.matchedCount && optimal.rankSum <= stable.rankSum))
            let check = MatchingVerifier.check(instance, preferences: preferences,
                                               ranking: PositionRanking(instance: instance, seed: 1), assignment: optimal)
            #expect(check.isValid)
        }
    }

    @Test func theSameSeedGivesTheSameResult() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...1000)) { instanceSeed, seed in
            let instance = M.random(seed: UInt64(instanceSeed))
            for algorithm in MatchingAlgorithm.allCases {
                let first = MatchingRun.run(instance, algorithm: algorithm, seed: UInt64(seed)).result
                let second = MatchingRun.run(instance, algorithm: algorithm, seed: UInt64(seed)).result
                #expect(first.assignments == second.assignments && first.tieBreak == second.tieBreak)
            }
        }
    }

    @Test func theFastEligibilityScreenAgreesWithTheReasons() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...1_000_000)) { seed in
            var rng = SeededGenerator(seed: UInt64(seed))
            let student = EligibilityStudent(
                birthDate: LocalDate(dayNumber: Int.random(in: 13_000...16_000, using: &rng)),
                schoolType: SchoolType.allCases.randomElement(using: &rng),
                location: GeoPoint(lat: 52.5 + Double.random(in: 0...0.5, using: &rng), lon: 4.8),
                maxDistanceKm: Double.random(in: 1...30, using: &rng),
                certificates: Bool.random(using: &rng) ? ["vca-basis"] : [],
                excludedCompanies: Bool.random(using: &rng) ? ["c1": .familyMember] : [:])
            let position = EligibilityPosition(
                companyID: Bool.random(using: &rng) ? "c1" : "c2", location: GeoPoint(lat: 52.6, lon: 4.75),
                minimumAge: Int.random(in: 12...18, using: &rng), requiredCertificates: Bool.random(using: &rng) ? ["vca-basis"] : [],
                companySBBStatus: SBBStatus.allCases.randomElement(using: &rng), isDeliveryService: Bool.random(using: &rng))
            let policy = SchoolPlacementPolicy(excludeDeliveryServices: Bool.random(using: &rng))
            #expect(PlacementEligibility.isEligible(student, position, on: M.reference, policy: policy)
                    == PlacementEligibility.reasons(student, position, on: M.reference, policy: policy).isEmpty)
        }
    }
}
