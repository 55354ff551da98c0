/// Independent checks of any result (also one not made by this engine): capacity use, eligibility and blocking
/// pairs under the positions' rankings. A blocking pair is a student and a position they prefer (eligible, better
/// rank than their own place or unmatched) where the position has a free place or ranks them above someone it holds.
public struct MatchingCheck: Sendable, Equatable {
    public var matched: Int
    public var blockingPairs: Int
    /// Positions holding more students than their capacity.
    public var overCapacity: Int
    /// Assignments to a position the student did not (eligibly) ask for.
    public var ineligibleAssignments: Int

    public var isValid: Bool { overCapacity == 0 && ineligibleAssignments == 0 }
}

public enum MatchingVerifier {
    public static func check(_ instance: MatchingInstance, preferences: EligiblePreferences, ranking: PositionRanking,
                             assignment: MatchingAssignment) -> MatchingCheck {
        let m = instance.positions.count
        var held = [Int](repeating: 0, count: m)
        var worst = [Int64](repeating: Int64.min, count: m)
        var result = MatchingCheck(matched: 0, blockingPairs: 0, overCapacity: 0, ineligibleAssignments: 0)
        for (s, position) in assignment.positionOf.enumerated() where position >= 0 {
            result.matched += 1
            let p = Int(position)
            held[p] += 1
            worst[p] = max(worst[p], ranking.rank(of: Int32(s), at: position))
            if !preferences.lists[s].contains(where: { $0.position == position }) { result.ineligibleAssignments += 1 }
        }
        for p in 0..<m where held[p] > max(0, instance.positions[p].capacity) { result.overCapacity += 1 }
        for (s, list) in preferences.lists.enumerated() {
            let own = assignment.positionOf[s]
            for (position, _) in list {
                if position == own { break }     // only positions the student prefers to their own place
                let p = Int(position)
                let capacity = max(0, instance.positions[p].capacity)
                if capacity == 0 { continue }
                if held[p] < capacity || ranking.rank(of: Int32(s), at: position) < worst[p] { result.blockingPairs += 1 }
            }
        }
        return result
    }
}
