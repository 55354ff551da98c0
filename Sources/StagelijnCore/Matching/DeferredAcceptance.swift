/// The outcome of a matching algorithm: for every student the position index (or -1) and the rank it had in the
/// student's original preference list (0 when unmatched).
public struct MatchingAssignment: Sendable, Equatable {
    public var positionOf: [Int32]
    public var rankOf: [Int32]

    public init(studentCount: Int) {
        positionOf = Array(repeating: -1, count: studentCount)
        rankOf = Array(repeating: 0, count: studentCount)
    }

    public var matchedCount: Int { positionOf.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) } }
    public var rankSum: Int { rankOf.reduce(0) { $0 + Int($1) } }
}

/// How positions rank students: their `priorities` first, in that order, then everyone else in lottery order.
/// One lottery over all students (single tie-breaking), drawn from the seed.
public struct PositionRanking: Sendable {
    /// lotteryRank[s]: the student's place in the lottery, 0 = first.
    public let lotteryRank: [Int32]
    /// The lottery itself: student indexes in order.
    public let lottery: [Int32]
    private let priorityRank: [Int64: Int32]
    private let priorityCount: [Int32]

    public init(instance: MatchingInstance, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        var order = (0..<Int32(instance.students.count)).map { $0 }
        order.shuffle(using: &generator)
        self.init(instance: instance, lottery: order)
    }

    /// A given lottery (a result's `tieBreak`, to re-check it); must hold every student index once.
    public init(instance: MatchingInstance, lottery order: [Int32]) {
        var rank = Array(repeating: Int32(0), count: order.count)
        for (place, student) in order.enumerated() { rank[Int(student)] = Int32(place) }
        lottery = order
        lotteryRank = rank
        var priorities: [Int64: Int32] = [:]
        var counts = Array(repeating: Int32(0), count: instance.positions.count)
        for (p, position) in instance.positions.enumerated() where !position.priorities.isEmpty {
            counts[p] = Int32(position.priorities.count)
            for (place, student) in position.priorities.enumerated() {
                priorities[Int64(p) << 32 | Int64(student)] = Int32(place)
            }
        }
        priorityRank = priorities
        priorityCount = counts
    }

    /// Lower is better.
    @inline(__always)
    public func rank(of student: Int32, at position: Int32) -> Int64 {
        let count = priorityCount[Int(position)]
        if count > 0, let place = priorityRank[Int64(position) << 32 | Int64(student)] { return Int64(place) }
        return Int64(count) + Int64(lotteryRank[Int(student)])
    }
}

/// Student-proposing deferred acceptance (Gale–Shapley): the student-optimal stable matching for the positions'
/// rankings. Each position keeps its held students in a max-heap on rank, so a full position compares a proposer
/// with its worst held student in O(1) and replaces it in O(log capacity).
public enum DeferredAcceptance {
    public static func solve(_ instance: MatchingInstance, preferences: EligiblePreferences,
                             ranking: PositionRanking) -> MatchingAssignment {
        let n = instance.students.count, m = instance.positions.count
        var offsets = Array(repeating: 0, count: m + 1)
        for p in 0..<m { offsets[p + 1] = offsets[p] + max(0, instance.positions[p].capacity) }
        var heap = Array(repeating: Int32(-1), count: offsets[m])
        var heapRank = Array(repeating: Int64(0), count: offsets[m])
        var size = Array(repeating: 0, count: m)
        var next = Array(repeating: 0, count: n)
        let lists = preferences.lists

        for first in 0..<n {
            // `s` proposes down its list; a student pushed out of a full position takes over the loop.
            var s = first
            while s >= 0 {
                let list = lists[s]
                guard next[s] < list.count else { break }      // list exhausted: s stays unmatched
                let p = Int(list[next[s]].position)
                next[s] += 1
                let base = offsets[p], capacity = offsets[p + 1] - base
                if capacity == 0 { continue }
                let r = ranking.rank(of: Int32(s), at: Int32(p))
                let count = size[p]
                if count < capacity {
                    var i = count                               // sift up in the max-heap
                    size[p] = count + 1
                    while i > 0 {
                        let parent = (i - 1) / 2
                        if heapRank[base + parent] >= r { break }
                        heap[base + i] = heap[base + parent]
                        heapRank[base + i] = heapRank[base + parent]
                        i = parent
                    }
                    heap[base + i] = Int32(s)
                    heapRank[base + i] = r
                    s = -1
                    continue
                }
                if heapRank[base] <= r { continue }             // it prefers everyone it holds
                let rejected = Int(heap[base])
                var i = 0                                       // replace the worst (root) and sift down
                while true {
                    let left = 2 * i + 1
                    if left >= count { break }
                    var child = left
                    if left + 1 < count, heapRank[base + left + 1] > heapRank[base + left] { child = left + 1 }
                    if heapRank[base + child] <= r { break }
                    heap[base + i] = heap[base + child]
                    heapRank[base + i] = heapRank[base + child]
                    i = child
                }
                heap[base + i] = Int32(s)
                heapRank[base + i] = r
                s = rejected
            }
        }

        var assignment = MatchingAssignment(studentCount: n)
        for p in 0..<m {
            for slot in offsets[p]..<(offsets[p] + size[p]) {
                let student = Int(heap[slot])
                // A held student's last proposal is the position that holds them.
                assignment.positionOf[student] = Int32(p)
                assignment.rankOf[student] = lists[student][next[student] - 1].rank
            }
        }
        return assignment
    }
}
