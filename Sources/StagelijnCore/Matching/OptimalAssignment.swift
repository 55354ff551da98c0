/// The optimal matching: as many students matched as possible and, among those, the smallest sum of ranks.
///
/// Solved exactly as a min-cost max-flow (source → student, capacity 1; student → position, capacity 1, cost = rank;
/// position → sink, capacity = places) with the primal-dual method: Dijkstra on reduced costs (a bucket queue,
/// because ranks are small integers) sets the potentials, then Dinic blocking flows push every augmenting path of
/// that cost at once (Hopcroft–Karp on the zero-reduced-cost graph). The number of phases is the number of distinct
/// augmenting-path costs — a few dozen for ranks 1–10 — so the total work is a few dozen passes over the arcs.
/// Successive shortest paths give a minimum-cost flow for every flow value, so the final flow is maximum with
/// minimum cost: exactly "cardinality first, then rank sum".
public enum OptimalAssignment {
    public static func solve(_ instance: MatchingInstance, preferences: EligiblePreferences) -> MatchingAssignment {
        solveWithStats(instance, preferences: preferences).assignment
    }

    public static func solveWithStats(_ instance: MatchingInstance,
                                      preferences: EligiblePreferences) -> (assignment: MatchingAssignment, stats: FlowStats) {
        var network = FlowNetwork(instance: instance, preferences: preferences)
        let stats = network.run()
        return (network.assignment(studentCount: instance.students.count, preferences: preferences), stats)
    }
}

/// Where the optimal solver spent its work: phases (Dijkstra runs), search passes, augmenting paths, and time.
public struct FlowStats: Sendable, Equatable {
    public var phases = 0
    public var passes = 0
    public var paths = 0
    public var dijkstra = Duration.zero
    public var flow = Duration.zero

    public var summary: String {
        "phases \(phases), passes \(passes), augmenting paths \(paths), dijkstra \(dijkstra), flow \(flow)"
    }
}

struct FlowNetwork {
    let nodeCount: Int
    let source: Int
    let sink: Int
    let firstPosition: Int
    /// Edges are stored in the order of their tail (CSR): the edges of node v are head[v] ..< head[v + 1], so a
    /// scan over a node's arcs reads `to`, `cost` and `capacity` sequentially. `reverse[e]` is e's residual twin.
    var head: [Int32]
    var to: [Int32]
    var capacity: [Int32]
    var cost: [Int32]
    var reverse: [Int32]

    init(instance: MatchingInstance, preferences: EligiblePreferences) {
        let n = instance.students.count, m = instance.positions.count
        nodeCount = n + m + 2
        source = 0
        sink = n + m + 1
        firstPosition = n + 1
        let arcCount = preferences.lists.reduce(0) { $0 + $1.count }
        let pairCount = n + arcCount + m
        var tails = [Int32](); tails.reserveCapacity(pairCount)
        var heads = [Int32](); heads.reserveCapacity(pairCount)
        var caps = [Int32](); caps.reserveCapacity(pairCount)
        var costs = [Int32](); costs.reserveCapacity(pairCount)
        func add(_ u: Int, _ v: Int, _ c: Int32, _ w: Int32) {
            tails.append(Int32(u)); heads.append(Int32(v)); caps.append(c); costs.append(w)
        }
        for s in 0..<n { add(source, 1 + s, 1, 0) }
        for s in 0..<n {
            for (position, rank) in preferences.lists[s] { add(1 + s, n + 1 + Int(position), 1, rank) }
        }
        for p in 0..<m { add(n + 1 + p, n + m + 1, Int32(max(0, instance.positions[p].capacity)), 0) }
        // Counting sort of both directions of every pair by tail.
        var head = [Int32](repeating: 0, count: nodeCount + 1)
        for i in 0..<pairCount {
            head[Int(tails[i]) + 1] += 1
            head[Int(heads[i]) + 1] += 1
        }
        for v in 0..<nodeCount { head[v + 1] += head[v] }
        var fill = head
        let edgeCount = 2 * pairCount
        var to = [Int32](repeating: 0, count: edgeCount)
        var capacity = [Int32](repeating: 0, count: edgeCount)
        var cost = [Int32](repeating: 0, count: edgeCount)
        var reverse = [Int32](repeating: 0, count: edgeCount)
        for i in 0..<pairCount {
            let u = Int(tails[i]), v = Int(heads[i])
            let forward = Int(fill[u]); fill[u] += 1
            let backward = Int(fill[v]); fill[v] += 1
            to[forward] = Int32(v); capacity[forward] = caps[i]; cost[forward] = costs[i]
            to[backward] = Int32(u); capacity[backward] = 0; cost[backward] = -costs[i]
            reverse[forward] = Int32(backward)
            reverse[backward] = Int32(forward)
        }
        self.head = head
        self.to = to
        self.capacity = capacity
        self.cost = cost
        self.reverse = reverse
    }

    mutating func run() -> FlowStats {
        var potential = [Int64](repeating: 0, count: nodeCount)
        var distance = [Int64](repeating: 0, count: nodeCount)
        var level = [Int32](repeating: -1, count: nodeCount)
        var current = [Int32](repeating: 0, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        var path = [Int32](repeating: 0, count: nodeCount)
        var buckets: [[Int32]] = []
        var stats = FlowStats()
        let clock = ContinuousClock()
        while true {
            var found = false
            stats.dijkstra += clock.measure { found = shortestPaths(potential: potential, distance: &distance, buckets: &buckets) }
            guard found else { break }
            stats.phases += 1
            for v in 0..<nodeCount { potential[v] += distance[v] }
            // Push every augmenting path of zero reduced cost (Dinic on the admissible graph).
            stats.flow += clock.measure {
                let pushed = pushAdmissibleFlow(potential: potential, level: &level, current: &current, queue: &queue, path: &path)
                stats.passes += pushed.rounds
                stats.paths += pushed.paths
            }
        }
        return stats
    }

    /// Dijkstra with a bucket queue on reduced costs, stopped when the sink is settled; every node not settled by
    /// then gets the sink's distance, which keeps all reduced costs non-negative. False when the sink is unreachable.
    func shortestPaths(potential: [Int64], distance: inout [Int64], buckets: inout [[Int32]]) -> Bool {
        let infinity = Int64.max / 4
        let nodes = nodeCount, source = self.source, sink = self.sink
        var settled = [Bool](repeating: false, count: nodes)
        for index in buckets.indices { buckets[index].removeAll(keepingCapacity: true) }
        if buckets.isEmpty { buckets.append([]) }
        var sinkDistance: Int64 = -1
        head.withUnsafeBufferPointer { head in
        reverse.withUnsafeBufferPointer { reverse in
        to.withUnsafeBufferPointer { to in
        cost.withUnsafeBufferPointer { cost in
        capacity.withUnsafeBufferPointer { capacity in
        potential.withUnsafeBufferPointer { potential in
        distance.withUnsafeMutableBufferPointer { distance in
        settled.withUnsafeMutableBufferPointer { settled in
            for v in 0..<nodes { distance[v] = infinity }
            distance[source] = 0
            buckets[0].append(Int32(source))
            var d = 0
            var pending = 1
            while pending > 0 {
                while d < buckets.count, buckets[d].isEmpty { d += 1 }
                guard d < buckets.count, let node = buckets[d].popLast() else { break }
                pending -= 1
                let u = Int(node)
                if settled[u] || distance[u] != Int64(d) { continue }
                settled[u] = true
                if u == sink { sinkDistance = Int64(d); break }
                let base = Int64(d) + potential[u]
                for edge in Int(head[u])..<Int(head[u + 1]) {
                    guard capacity[edge] > 0 else { continue }
                    let v = Int(to[edge])
                    if settled[v] { continue }
                    let candidate = base + Int64(cost[edge]) - potential[v]
                    // Nothing at or beyond the sink's tentative distance can shorten the path to it: skip it.
                    if candidate < distance[v], v == sink || candidate < distance[sink] {
                        distance[v] = candidate
                        let bucket = Int(candidate)
                        while buckets.count <= bucket { buckets.append([]) }
                        buckets[bucket].append(Int32(v))
                        pending += 1
                    }
                }
            }
            if sinkDistance >= 0 {
                for v in 0..<nodes where !settled[v] || distance[v] > sinkDistance { distance[v] = sinkDistance }
            }
        }}}}}}}}
        return sinkDistance >= 0
    }

    /// Pushes every augmenting path of zero reduced cost: passes of a depth-first search with current-arc pointers
    /// over the admissible graph (a node that leads nowhere is dead for the rest of the pass; a node on the current
    /// path is skipped, so zero-cost cycles cannot trap the search), until a pass finds no path — then the sink is
    /// unreachable in the admissible graph, because a pass without any path is a complete reachability search.
    /// Returns (passes, paths).
    /// The hot loops run on raw buffers: this is where the solver spends its time.
    mutating func pushAdmissibleFlow(potential: [Int64], level: inout [Int32], current: inout [Int32],
                                     queue: inout [Int32], path: inout [Int32]) -> (rounds: Int, paths: Int) {
        var rounds = 0, paths = 0
        let nodes = nodeCount, source = self.source, sink = self.sink
        head.withUnsafeBufferPointer { head in
        reverse.withUnsafeBufferPointer { reverse in
        to.withUnsafeBufferPointer { to in
        cost.withUnsafeBufferPointer { cost in
        potential.withUnsafeBufferPointer { potential in
        capacity.withUnsafeMutableBufferPointer { capacity in
        level.withUnsafeMutableBufferPointer { level in
        current.withUnsafeMutableBufferPointer { current in
        queue.withUnsafeMutableBufferPointer { queue in
        path.withUnsafeMutableBufferPointer { path in
            @inline(__always) func admissible(_ edge: Int, _ u: Int) -> Bool {
                capacity[edge] > 0 && Int64(cost[edge]) + potential[u] - potential[Int(to[edge])] == 0
            }
            // level[] is reused as the search state: 0 = open, 1 = on the current path, -1 = dead in this pass.
            while true {
                for v in 0..<nodes { level[v] = 0; current[v] = head[v] }
                rounds += 1
                var found = 0
                var depth = 0
                var u = source
                level[source] = 1
                while true {
                    if u == sink {
                        for i in 0..<depth {
                            let edge = Int(path[i])
                            capacity[edge] -= 1
                            capacity[Int(reverse[edge])] += 1
                            level[Int(to[edge])] = 0        // off the path again, still usable (positions hold several)
                        }
                        found += 1
                        depth = 0
                        u = source
                        continue
                    }
                    var advanced = false
                    let end = head[u + 1]
                    while current[u] < end {
                        let edge = Int(current[u])
                        let v = Int(to[edge])
                        if level[v] == 0, admissible(edge, u) {
                            path[depth] = Int32(edge)
                            depth += 1
                            level[v] = 1
                            u = v
                            advanced = true
                            break
                        }
                        current[u] += 1
                    }
                    if advanced { continue }
                    // Dead end: no augmenting path goes through u in this pass.
                    level[u] = -1
                    if depth == 0 { break }
                    depth -= 1
                    u = Int(to[Int(reverse[Int(path[depth])])])
                    current[u] += 1
                }
                paths += found
                if found == 0 { break }
            }
        }}}}}}}}}}
        return (rounds, paths)
    }

    func assignment(studentCount n: Int, preferences: EligiblePreferences) -> MatchingAssignment {
        var result = MatchingAssignment(studentCount: n)
        for s in 0..<n {
            let u = 1 + s
            // A saturated forward arc (cost = rank > 0) from the student to a position is the assignment.
            for edge in Int(head[u])..<Int(head[u + 1])
            where capacity[edge] == 0 && cost[edge] > 0 && Int(to[edge]) >= firstPosition && Int(to[edge]) < sink {
                result.positionOf[s] = to[edge] - Int32(firstPosition)
                result.rankOf[s] = cost[edge]
            }
        }
        return result
    }
}
