/// The figures the quality dashboard reads (issue 11, point 6), from plain values and without names: assessments due
/// versus done on time per group (sector, year, school type), the distribution of the school's scores per item, and
/// how many goals were reached. Small groups are shown as "< 5" (`SmallCellSuppression`).
public struct AssessmentFact: Sendable {
    public let group: String
    public let dueOn: LocalDate
    public let completedOn: LocalDate?
    /// The school's judgement of a completed assessment (empty while not completed).
    public let scores: [String: Score]
    /// The keys of the placement's goals among `scores`.
    public let goalKeys: Set<String>

    public init(group: String, dueOn: LocalDate, completedOn: LocalDate?, scores: [String: Score], goalKeys: Set<String>) {
        self.group = group
        self.dueOn = dueOn
        self.completedOn = completedOn
        self.scores = scores
        self.goalKeys = goalKeys
    }
}

public enum AssessmentFigures {
    public struct Timeliness: Equatable, Sendable {
        public var due = 0, onTime = 0, late = 0, overdue = 0, goalsReached = 0, goalsAssessed = 0
    }

    /// Per group, the assessments that were due by `today` (or done already) and how they went.
    public static func timeliness(_ facts: [AssessmentFact], today: LocalDate) -> [(group: String, figures: Timeliness)] {
        var byGroup: [String: Timeliness] = [:]
        for fact in facts where fact.dueOn <= today || fact.completedOn != nil {
            var t = byGroup[fact.group] ?? Timeliness()
            t.due += 1
            switch AssessmentSchedule.status(dueOn: fact.dueOn, completedOn: fact.completedOn, today: today) {
            case .doneOnTime: t.onTime += 1
            case .doneLate: t.late += 1
            case .overdue: t.overdue += 1
            case .notYetDue, .dueSoon: break
            }
            let goals = fact.scores.filter { fact.goalKeys.contains($0.key) }
            t.goalsAssessed += goals.count
            t.goalsReached += goals.values.filter(\.isReached).count
            byGroup[fact.group] = t
        }
        return byGroup.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Per form item, how often the school gave each score in completed assessments (in `Score` order).
    public static func distribution(_ facts: [AssessmentFact], items: [FormItem]) -> [(item: FormItem, counts: [Int])] {
        items.map { item in
            let given = facts.compactMap { $0.scores[item.key] }
            return (item, Score.allCases.map { score in given.filter { $0 == score }.count })
        }
    }
}
