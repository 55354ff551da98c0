/// Default due dates for assignments spread over a stage. Seed 004 (pro years 4–5): three periods, each with two
/// practical assignments; the school's stage runs between two dates, so the parts are equal slices of it.
public enum AssignmentPlanning {
    public static let defaultParts = 3
    public static let assignmentsPerPart = 2

    /// The last day of each of `parts` equal slices of `start...end` (the last part ends on `end`). A stage shorter
    /// than the number of parts gives every part the end date.
    public static func partEnds(start: LocalDate, end: LocalDate, parts: Int = defaultParts) -> [LocalDate] {
        guard parts > 0 else { return [] }
        guard start <= end else { return Array(repeating: end, count: parts) }
        let length = start.days(until: end) + 1
        return (1...parts).map { part in
            let lastDay = (length * part) / parts - 1
            return lastDay < 0 ? start : start.adding(days: lastDay)
        }
    }

    /// The due date of a part (1-based), or the stage's end when the part is out of range.
    public static func due(part: Int, start: LocalDate, end: LocalDate, parts: Int = defaultParts) -> LocalDate {
        let ends = partEnds(start: start, end: end, parts: parts)
        return (1...ends.count).contains(part) ? ends[part - 1] : end
    }
}
