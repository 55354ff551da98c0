/// A half day of the school week (dagdeel): the unit of the group stage's capacity (seed 004: 5 per dagdeel).
public struct Dagdeel: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// ISO weekday, 1 = Monday … 5 = Friday.
    public let weekday: Int
    public let afternoon: Bool

    public init?(weekday: Int, afternoon: Bool) {
        guard (1...5).contains(weekday) else { return nil }
        self.weekday = weekday
        self.afternoon = afternoon
    }

    public static let all: [Dagdeel] = (1...5).flatMap { day in [false, true].compactMap { Dagdeel(weekday: day, afternoon: $0) } }

    /// "ma-o", "di-m": the code in forms and the database.
    public var code: String { ["ma", "di", "wo", "do", "vr"][weekday - 1] + (afternoon ? "-m" : "-o") }
    public init?(code: String) {
        guard let match = Dagdeel.all.first(where: { $0.code == code }) else { return nil }
        self = match
    }

    public var dutch: String { ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"][weekday - 1] + (afternoon ? "middag" : "ochtend") }
    public var description: String { code }

    public static func < (lhs: Dagdeel, rhs: Dagdeel) -> Bool { (lhs.weekday, lhs.afternoon ? 1 : 0) < (rhs.weekday, rhs.afternoon ? 1 : 0) }
}

/// The weekly plan of the group stage as a pure function: students are assigned to a location's dagdelen without
/// ever exceeding the capacity of a dagdeel, at most once per dagdeel, never more than they asked for.
public enum GroupStagePlanning {
    public static let defaultCapacity = 5

    public struct Location: Equatable, Sendable {
        public let id: String
        /// Capacity per dagdeel; a dagdeel missing here is closed.
        public let capacity: [Dagdeel: Int]

        public init(id: String, capacity: [Dagdeel: Int]) {
            self.id = id
            self.capacity = capacity
        }
    }

    public struct Request: Equatable, Sendable {
        public let student: String
        /// How many dagdelen a week the student should come.
        public let dagdelen: Int
        /// When the student can come (school timetable); empty means any dagdeel.
        public let available: Set<Dagdeel>

        public init(student: String, dagdelen: Int, available: Set<Dagdeel> = []) {
            self.student = student
            self.dagdelen = dagdelen
            self.available = available
        }
    }

    public struct Slot: Hashable, Sendable {
        public let student: String
        public let location: String
        public let dagdeel: Dagdeel

        public init(student: String, location: String, dagdeel: Dagdeel) {
            self.student = student
            self.location = location
            self.dagdeel = dagdeel
        }
    }

    public struct Plan: Equatable, Sendable {
        public let slots: [Slot]
        /// Students with fewer dagdelen than asked, and how many are missing.
        public let shortfall: [String: Int]
    }

    /// Keeps the `fixed` slots that still fit and adds slots for the requests: the student with the fewest possible
    /// dagdelen goes first; within a student, the emptiest dagdeel first, so the group spreads over the week.
    public static func plan(locations: [Location], requests: [Request], fixed: [Slot] = []) -> Plan {
        var used: [String: [Dagdeel: Int]] = [:]
        var slots: [Slot] = []
        var taken = Set<String>() // student|dagdeel
        let capacity = { (location: String, dagdeel: Dagdeel) in
            locations.first { $0.id == location }?.capacity[dagdeel] ?? 0
        }
        for slot in fixed where used[slot.location, default: [:]][slot.dagdeel, default: 0] < capacity(slot.location, slot.dagdeel)
            && !taken.contains("\(slot.student)|\(slot.dagdeel)") {
            used[slot.location, default: [:]][slot.dagdeel, default: 0] += 1
            taken.insert("\(slot.student)|\(slot.dagdeel)")
            slots.append(slot)
        }
        let options = { (request: Request) in
            Dagdeel.all.filter { request.available.isEmpty || request.available.contains($0) }
        }
        let ordered = requests.enumerated().sorted {
            (options($0.element).count, $0.offset) < (options($1.element).count, $1.offset)
        }.map(\.element)
        var shortfall: [String: Int] = [:]
        for request in ordered {
            var have = slots.filter { $0.student == request.student }.count
            while have < request.dagdelen {
                let free = locations.flatMap { location in
                    options(request).compactMap { dagdeel -> (String, Dagdeel, Int)? in
                        let left = (location.capacity[dagdeel] ?? 0) - used[location.id, default: [:]][dagdeel, default: 0]
                        guard left > 0, !taken.contains("\(request.student)|\(dagdeel)") else { return nil }
                        return (location.id, dagdeel, left)
                    }
                }
                guard let best = free.max(by: { ($0.2, $1.1) < ($1.2, $0.1) }) else { break }
                used[best.0, default: [:]][best.1, default: 0] += 1
                taken.insert("\(request.student)|\(best.1)")
                slots.append(Slot(student: request.student, location: best.0, dagdeel: best.1))
                have += 1
            }
            if have < request.dagdelen { shortfall[request.student] = request.dagdelen - have }
        }
        return Plan(slots: slots.sorted { ($0.dagdeel, $0.location, $0.student) < ($1.dagdeel, $1.location, $1.student) },
                    shortfall: shortfall)
    }

    /// Free places per location and dagdeel given the slots already planned (never negative).
    public static func free(locations: [Location], slots: [Slot]) -> [String: [Dagdeel: Int]] {
        var result: [String: [Dagdeel: Int]] = [:]
        for location in locations {
            for (dagdeel, capacity) in location.capacity {
                let used = slots.filter { $0.location == location.id && $0.dagdeel == dagdeel }.count
                result[location.id, default: [:]][dagdeel] = max(0, capacity - used)
            }
        }
        return result
    }

    /// Whether any dagdeel of any location still has room (the dropout's way back to the group stage).
    public static func hasRoom(locations: [Location], slots: [Slot]) -> Bool {
        free(locations: locations, slots: slots).values.contains { $0.values.contains { $0 > 0 } }
    }
}
