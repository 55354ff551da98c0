/// Runs an algorithm on an instance and reports everything `stagelijn match` prints.
public enum MatchingAlgorithm: String, CaseIterable, Sendable, Codable {
    case deferredAcceptance = "deferred-acceptance"
    case optimal
}

public struct MatchingResult: Encodable, Sendable {
    public struct Assignment: Encodable, Sendable, Equatable {
        public let studentId: String, positionId: String, rank: Int
    }
    public struct Unmatched: Encodable, Sendable, Equatable {
        public let studentId: String, reason: String
    }
    public struct Dropped: Encodable, Sendable, Equatable {
        public let studentId: String, positionId: String, reason: String
    }
    public struct Metrics: Encodable, Sendable {
        public let students: Int, positions: Int, matched: Int
        public let rankCounts: [String: Int]
        public let meanRank: Double
        public let blockingPairs: Int
        public let solveSeconds: Double
    }

    public let algorithm: String
    public let seed: UInt64
    public let tieBreak: [String]
    public let assignments: [Assignment]
    public let unmatched: [Unmatched]
    public let ineligiblePreferences: [Dropped]
    public let metrics: Metrics
}

public enum MatchingRun {
    /// Eligibility, the lottery and the algorithm are timed together as `solveSeconds`; reading and writing are not.
    public static func run(_ instance: MatchingInstance, algorithm: MatchingAlgorithm, seed: UInt64)
        -> (result: MatchingResult, assignment: MatchingAssignment, flowStats: FlowStats?) {
        let clock = ContinuousClock()
        var preferences: EligiblePreferences?
        var ranking: PositionRanking?
        var assignment = MatchingAssignment(studentCount: 0)
        var stats: FlowStats?
        let elapsed = clock.measure {
            let eligible = instance.eligiblePreferences()
            let lottery = PositionRanking(instance: instance, seed: seed)
            if algorithm == .deferredAcceptance {
                assignment = DeferredAcceptance.solve(instance, preferences: eligible, ranking: lottery)
            } else {
                (assignment, stats) = OptimalAssignment.solveWithStats(instance, preferences: eligible)
            }
            preferences = eligible
            ranking = lottery
        }
        guard let preferences, let ranking else { preconditionFailure("measured block always runs") }
        let check = MatchingVerifier.check(instance, preferences: preferences, ranking: ranking, assignment: assignment)
        return (report(instance, algorithm: algorithm, seed: seed, preferences: preferences, ranking: ranking,
                       assignment: assignment, blockingPairs: check.blockingPairs,
                       seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18),
                assignment, stats)
    }

    static func report(_ instance: MatchingInstance, algorithm: MatchingAlgorithm, seed: UInt64,
                       preferences: EligiblePreferences, ranking: PositionRanking, assignment: MatchingAssignment,
                       blockingPairs: Int, seconds: Double) -> MatchingResult {
        var assignments: [MatchingResult.Assignment] = []
        var unmatched: [MatchingResult.Unmatched] = []
        var rankCounts: [String: Int] = [:]
        for (s, student) in instance.students.enumerated() {
            let position = assignment.positionOf[s]
            if position >= 0 {
                let rank = Int(assignment.rankOf[s])
                assignments.append(.init(studentId: student.id, positionId: instance.positions[Int(position)].id, rank: rank))
                rankCounts[String(rank), default: 0] += 1
            } else {
                let reason = student.preferences.isEmpty ? "De leerling heeft geen voorkeuren opgegeven."
                    : preferences.lists[s].isEmpty ? "Geen van de voorkeuren past bij de leerling (zie ineligiblePreferences)."
                    : "Alle passende voorkeuren zijn vol met leerlingen die voorgaan."
                unmatched.append(.init(studentId: student.id, reason: reason))
            }
        }
        let dropped = preferences.dropped.map {
            MatchingResult.Dropped(studentId: instance.students[Int($0.student)].id,
                                   positionId: instance.positions[Int($0.position)].id, reason: $0.reason.dutchMessage)
        }
        let matched = assignments.count
        return MatchingResult(
            algorithm: algorithm.rawValue, seed: seed, tieBreak: ranking.lottery.map { instance.students[Int($0)].id },
            assignments: assignments, unmatched: unmatched, ineligiblePreferences: dropped,
            metrics: .init(students: instance.students.count, positions: instance.positions.count, matched: matched,
                           rankCounts: rankCounts, meanRank: matched == 0 ? 0 : Double(assignment.rankSum) / Double(matched),
                           blockingPairs: blockingPairs, solveSeconds: seconds))
    }
}
