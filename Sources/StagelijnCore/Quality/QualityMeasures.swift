/// A measured share: `met` of `counted`. Percentages are whole numbers; nothing counted is "no value", not 0 %.
public struct QualityRatio: Equatable, Sendable {
    public var met: Int
    public var counted: Int

    public init(met: Int = 0, counted: Int = 0) {
        self.met = met
        self.counted = counted
    }

    public var percent: Int? { counted == 0 ? nil : Int((Double(met) * 100 / Double(counted)).rounded()) }

    /// Meets the norm when the exact share is at least the norm (not the rounded one: 89.6 % is not 90 %).
    public func meets(_ norm: Int) -> Bool? { counted == 0 ? nil : met * 100 >= norm * counted }

    public static func + (lhs: QualityRatio, rhs: QualityRatio) -> QualityRatio {
        QualityRatio(met: lhs.met + rhs.met, counted: lhs.counted + rhs.counted)
    }
}

/// The indicators' definitions as pure functions of one stage, one assessment or one report. The dashboard's SQL
/// gathers these plain values per stage; these functions decide what counts (see `QualityIndicator.definition`).
public enum QualityMeasure {
    /// WVO art. 35: counts when the stage started; met when the agreement was fully signed and no exception was used.
    public static func signedBeforeStart(started: Bool, fullySigned: Bool, startedWithException: Bool) -> Bool? {
        guard started else { return nil }
        return fullySigned && !startedWithException
    }

    /// Visits needed for a stage from `start` up to `until` (today or the end): one per full `intervalWeeks`.
    public static func visitsNeeded(start: LocalDate, until: LocalDate, intervalWeeks: Int = 3) -> Int {
        guard until > start else { return 0 }
        return start.days(until: until) / (max(1, intervalWeeks) * 7)
    }

    /// Counts when the stage started and needed a visit by now; met when it had at least as many visits.
    public static func visitRhythm(started: Bool, start: LocalDate, end: LocalDate, today: LocalDate, visits: Int,
                                   intervalWeeks: Int = 3) -> Bool? {
        guard started else { return nil }
        let needed = visitsNeeded(start: start, until: min(end, today), intervalWeeks: intervalWeeks)
        guard needed > 0 else { return nil }
        return visits >= needed
    }

    /// Stagepact: counts for completed stages; met with all three contact moments recorded.
    public static func contactMoments(completed: Bool, distinctContactKinds: Int) -> Bool? {
        completed ? distinctContactKinds >= 3 : nil
    }

    /// Counts when due by today or completed; met when completed on or before the due date.
    public static func assessmentOnTime(dueOn: LocalDate, completedOn: LocalDate?, today: LocalDate) -> Bool? {
        if let completedOn { return completedOn <= dueOn }
        return dueOn < today ? false : nil
    }

    /// Counts when the deadline passed or a response was given; met when the first response came by the deadline.
    public static func reportAnswered(responseDue: LocalDate, firstResponseOn: LocalDate?, today: LocalDate) -> Bool? {
        if let firstResponseOn { return firstResponseOn <= responseDue }
        return responseDue < today ? false : nil
    }

    /// The evaluation response: the lowest perspective's share (perspectives with nothing sent are left out).
    public static func evaluationResponse(_ perPerspective: [EvaluationPerspective: QualityRatio]) -> QualityRatio {
        let sent = perPerspective.values.filter { $0.counted > 0 }
        return sent.min { Double($0.met) / Double($0.counted) < Double($1.met) / Double($1.counted) } ?? QualityRatio()
    }

    /// Adds one unit's outcome to a ratio: `nil` is not counted.
    public static func tally(_ ratio: inout QualityRatio, _ outcome: Bool?) {
        guard let outcome else { return }
        ratio.counted += 1
        if outcome { ratio.met += 1 }
    }
}
