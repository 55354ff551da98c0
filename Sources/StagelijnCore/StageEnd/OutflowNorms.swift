/// The sector's outflow figures for praktijkonderwijs (DOMAIN.md, "Quality loop"): at least 90 % of the leavers
/// placed, and at least 75 % still in a lasting destination after one and after two years; the peildatum is
/// 1 November.
public enum OutflowNorms {
    public static let placedNorm = 0.90
    public static let retainedNorm = 0.75

    /// The peildatum `yearsAfter` years after leaving: 1 November of the school year after the one the student left
    /// in (left in school year 2025-2026 → 1 November 2026, then 2027 and 2028).
    public static func peildatum(leftOn: LocalDate, yearsAfter: Int) -> LocalDate {
        let schoolYearEnd = SchoolYear(containing: leftOn).startYear + 1
        return LocalDate(year: schoolYearEnd + yearsAfter, month: 11, day: 1) ?? leftOn
    }

    /// The destination in force on `date`: the latest observation on or before it; `unknown` without one.
    public static func destination(on date: LocalDate, observations: [(on: LocalDate, destination: OutflowDestination)])
        -> OutflowDestination {
        observations.filter { $0.on <= date }.max { $0.on < $1.on }?.destination ?? .unknown
    }

    /// One leaver's destination at the three peildata; nil where that peildatum has not come yet.
    public struct Leaver: Equatable, Sendable {
        public var atStart: OutflowDestination?
        public var afterOneYear: OutflowDestination?
        public var afterTwoYears: OutflowDestination?

        public init(atStart: OutflowDestination?, afterOneYear: OutflowDestination?, afterTwoYears: OutflowDestination?) {
            self.atStart = atStart
            self.afterOneYear = afterOneYear
            self.afterTwoYears = afterTwoYears
        }

        public static func at(observations: [(on: LocalDate, destination: OutflowDestination)], leftOn: LocalDate,
                              today: LocalDate) -> Leaver {
            func at(_ years: Int) -> OutflowDestination? {
                let day = OutflowNorms.peildatum(leftOn: leftOn, yearsAfter: years)
                return day <= today ? OutflowNorms.destination(on: day, observations: observations) : nil
            }
            return Leaver(atStart: at(0), afterOneYear: at(1), afterTwoYears: at(2))
        }
    }

    /// A share with its norm. `counted` leaves out leavers who moved away; an unknown destination counts as not placed.
    public struct Share: Equatable, Sendable, Codable {
        public let lasting: Int
        public let counted: Int
        public let norm: Double

        public init(lasting: Int, counted: Int, norm: Double) {
            self.lasting = lasting
            self.counted = counted
            self.norm = norm
        }

        public var rate: Double? { counted > 0 ? Double(lasting) / Double(counted) : nil }
        /// nil while there is nobody to count.
        public var meetsNorm: Bool? { rate.map { $0 + 1e-9 >= norm } }

        public static func of(_ destinations: [OutflowDestination], norm: Double) -> Share {
            let counted = destinations.filter(\.countsForNorms)
            return Share(lasting: counted.filter(\.isLasting).count, counted: counted.count, norm: norm)
        }
    }

    /// The figures of one cohort of leavers, for the quality dashboard.
    public struct Figures: Equatable, Sendable, Codable {
        public let leavers: Int
        public let placed: Share
        public let afterOneYear: Share
        public let afterTwoYears: Share

        public init(leavers: Int, placed: Share, afterOneYear: Share, afterTwoYears: Share) {
            self.leavers = leavers
            self.placed = placed
            self.afterOneYear = afterOneYear
            self.afterTwoYears = afterTwoYears
        }
    }

    public static func figures(_ leavers: [Leaver]) -> Figures {
        Figures(leavers: leavers.count,
                placed: .of(leavers.compactMap(\.atStart), norm: placedNorm),
                afterOneYear: .of(leavers.compactMap(\.afterOneYear), norm: retainedNorm),
                afterTwoYears: .of(leavers.compactMap(\.afterTwoYears), norm: retainedNorm))
    }

    /// Figures from counts per destination at each peildatum (how the database aggregates them).
    public static func figures(leavers: Int, atStart: [OutflowDestination: Int], afterOneYear: [OutflowDestination: Int],
                               afterTwoYears: [OutflowDestination: Int]) -> Figures {
        func share(_ counts: [OutflowDestination: Int], _ norm: Double) -> Share {
            Share(lasting: counts.filter { $0.key.isLasting }.values.reduce(0, +),
                  counted: counts.filter { $0.key.countsForNorms }.values.reduce(0, +), norm: norm)
        }
        return Figures(leavers: leavers, placed: share(atStart, placedNorm), afterOneYear: share(afterOneYear, retainedNorm),
                       afterTwoYears: share(afterTwoYears, retainedNorm))
    }
}
