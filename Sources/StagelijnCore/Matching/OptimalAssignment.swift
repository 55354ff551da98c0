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
        var network = FlowNetwork(instance: instance, preferences: preferences)
        network.run()
        return network.assignment(studentCount: instance.students.count, preferences: preferences)
    }
}

struct FlowNetwork {
    let nodeCount: Int
    let source: Int
    let sink: Int
    let firstPosition: Int
    var head: [Int32]          // CSR: edges of node v are adjacency[head[v] ..< head[v + 1]]
    var adjacency: [Int32]
    var to: [Int32]
    var capacity: [Int32]
    var cost: [Int32]
    var studentEdgeStart: [Int32]   // first student→position edge id of each student (edges are consecutive)

    init(instance: MatchingInstance, preferences: EligiblePreferences) {
        let n = instance.students.count, m = instance.positions.count
        nodeCount = n + m + 2
        source = 0
        sink = n + m + 1
        firstPosition = n + 1
        let arcCount = preferences.lists.reduce(0) { $0 + $1.count }
        let edgeCount = 2 * (n + arcCount + m)
        var from = [Int32](); from.reserveCapacity(edgeCount)
        var to = [Int32](); to.reserveCapacity(edgeCount)
        var capacity = [Int32](); capacity.reserveCapacity(edgeCount)
        var cost = [Int32](); cost.reserveCapacity(edgeCount)
        func add(_ u: Int, _ v: Int, _ c: Int32, _ w: Int32) {
            from.append(Int32(u)); to.append(Int32(v)); capacity.append(c); cost.append(w)
            from.append(Int32(v)); to.append(Int32(u)); capacity.append(0); cost.append(-w)
        }
        for s in 0..<n { add(source, 1 + s, 1, 0) }
        var starts = [Int32](repeating: 0, count: n + 1)
        for s in 0..<n {
            starts[s] = Int32(from.count)
            for (position, rank) in preferences.lists[s] { add(1 + s, n + 1 + Int(position), 1, rank) }
        }
        starts[n] = Int32(from.count)
        for p in 0..<m { add(n + 1 + p, n + m + 1, Int32(max(0, instance.positions[p].capacity)), 0) }
        var head = [Int32](repeating: 0, count: nodeCount + 1)
        for u in from { head[Int(u) + 1] += 1 }
        for v in 0..<nodeCount { head[v + 1] += head[v] }
        var fill = head
        var adjacency = [Int32](repeating: 0, count: from.count)
        for (edge, u) in from.enumerated() {
            adjacency[Int(fill[Int(u)])] = Int32(edge)
            fill[Int(u)] += 1
        }
        self.head = head
        self.adjacency = adjacency
        self.to = to
        self.capacity = capacity
        self.cost = cost
        self.studentEdgeStart = starts
    }

    mutating func run() {
        var potential = [Int64](repeating: 0, count: nodeCount)
        var distance = [Int64](repeating: 0, count: nodeCount)
        var level = [Int32](repeating: -1, count: nodeCount)
        var current = [Int32](repeating: 0, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        var buckets: [[Int32]] = []
        while shortestPaths(potential: potential, distance: &distance, buckets: &buckets) {
            for v in 0..<nodeCount { potential[v] += distance[v] }
            // Push every augmenting path of zero reduced cost (Dinic on the admissible graph).
            while levels(potential: potential, level: &level, queue: &queue) {
                for v in 0..<nodeCount { current[v] = head[v] }
                while augment(potential: potential, level: level, current: &current) {}
            }
        }
    }

    @inline(__always)
    func reducedCost(_ edge: Int, _ u: Int, _ potential: [Int64]) -> Int64 {
        Int64(cost[edge]) + potential[u] - potential[Int(to[edge])]
    }

    /// Dijkstra with a bucket queue on reduced costs, stopped when the sink is settled; every node not settled by
    /// then gets the sink's distance, which keeps all reduced costs non-negative. False when the sink is unreachable.
    func shortestPaths(potential: [Int64], distance: inout [Int64], buckets: inout [[Int32]]) -> Bool {
        let infinity = Int64.max / 4
        for v in 0..<nodeCount { distance[v] = infinity }
        var settled = [Bool](repeating: false, count: nodeCount)
        for index in buckets.indices { buckets[index].removeAll(keepingCapacity: true) }
        distance[source] = 0
        if buckets.isEmpty { buckets.append([]) }
        buckets[0].append(Int32(source))
        var d = 0
        var pending = 1
        var sinkDistance: Int64 = -1
        while pending > 0 {
            while d < buckets.count, buckets[d].isEmpty { d += 1 }
            guard d < buckets.count, let node = buckets[d].popLast() else { break }
            pending -= 1
            let u = Int(node)
            if settled[u] || distance[u] != Int64(d) { continue }
            settled[u] = true
            if u == sink { sinkDistance = Int64(d); break }
            for slot in Int(head[u])..<Int(head[u + 1]) {
                let edge = Int(adjacency[slot])
                guard capacity[edge] > 0 else { continue }
                let v = Int(to[edge])
                if settled[v] { continue }
                let candidate = Int64(d) + reducedCost(edge, u, potential)
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
        guard sinkDistance >= 0 else { return false }
        for v in 0..<nodeCount where !settled[v] || distance[v] > sinkDistance { distance[v] = sinkDistance }
        return true
    }

    /// BFS levels over residual edges of zero reduced cost; true when the sink is reached.
    func levels(potential: [Int64], level: inout [Int32], queue: inout [Int32]) -> Bool {
        for v in 0..<nodeCount { level[v] = -1 }
        level[source] = 0
        queue[0] = Int32(source)
        var read = 0, write = 1
        while read < write {
            let u = Int(queue[read]); read += 1
            for slot in Int(head[u])..<Int(head[u + 1]) {
                let edge = Int(adjacency[slot])
                let v = Int(to[edge])
                if capacity[edge] > 0, level[v] < 0, reducedCost(edge, u, potential) == 0 {
                    level[v] = level[u] + 1
                    queue[write] = Int32(v); write += 1
                }
            }
        }
        return level[sink] >= 0
    }

    /// One augmenting path along the level graph (iterative DFS with current-arc pointers); every path carries one
    /// unit because every student has capacity 1.
    mutating func augment(potential: [Int64], level: [Int32], current: inout [Int32]) -> Bool {
        var pathEdges: [Int32] = []
        var u = source
        while true {
            if u == sink {
                for edge in pathEdges {
                    capacity[Int(edge)] -= 1
                    capacity[Int(edge) ^ 1] += 1
                }
                return true
            }
            var advanced = false
            while current[u] < head[u + 1] {
                let edge = Int(adjacency[Int(current[u])])
                let v = Int(to[edge])
                if capacity[edge] > 0, level[v] == level[u] + 1, reducedCost(edge, u, potential) == 0 {
                    pathEdges.append(Int32(edge))
                    u = v
                    advanced = true
                    break
                }
                current[u] += 1
            }
            if advanced { continue }
            // Dead end: retreat and never try this node's remaining arcs again in this round.
            guard let last = pathEdges.popLast() else { return false }
            u = Int(to[Int(last) ^ 1])
            current[u] += 1
        }
    }

    func assignment(studentCount n: Int, preferences: EligiblePreferences) -> MatchingAssignment {
        var result = MatchingAssignment(studentCount: n)
        for s in 0..<n {
            var edge = Int(studentEdgeStart[s])
            for (position, rank) in preferences.lists[s] {
                if capacity[edge] == 0 {
                    result.positionOf[s] = position
                    result.rankOf[s] = rank
                }
                edge += 2
            }
        }
        return result
    }
}
