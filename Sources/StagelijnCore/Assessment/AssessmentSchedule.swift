/// When assessments are due (issue 11; DOMAIN.md: pro years 4–5 have an interim assessment per period and a final
/// assessment by the company). Default for a placement: the interim halfway through the stage, the final in its last
/// week — a Friday, so the praktijkbegeleider fills it on a working day. The supervisor may move either.
public enum AssessmentKind: String, CaseIterable, Codable, Sendable {
    case interim = "tussentijds"
    case final = "eind"

    public var dutchName: String { self == .interim ? "tussentijdse beoordeling" : "eindbeoordeling" }
}

public struct PlannedAssessment: Equatable, Sendable {
    public let kind: AssessmentKind
    public let dueOn: LocalDate
}

public enum AssessmentSchedule {
    /// `notBefore`: for a stage that has not started yet (its agreement is still being signed) planning counts from
    /// that day, so nothing is "te laat" before the student has worked a single day.
    public static func defaults(stageStart: LocalDate, stageEnd: LocalDate, notBefore: LocalDate? = nil) -> [PlannedAssessment] {
        let stageStart = max(stageStart, min(notBefore ?? stageStart, stageEnd))
        let length = max(0, stageEnd.dayNumber - stageStart.dayNumber)
        let interim = workingDayOnOrBefore(LocalDate(dayNumber: stageStart.dayNumber + length / 2))
        let final = workingDayOnOrBefore(stageEnd)
        guard interim < final else { return [PlannedAssessment(kind: .final, dueOn: final)] }
        return [PlannedAssessment(kind: .interim, dueOn: interim), PlannedAssessment(kind: .final, dueOn: final)]
    }

    private static func workingDayOnOrBefore(_ date: LocalDate) -> LocalDate {
        date.isoWeekday <= 5 ? date : LocalDate(dayNumber: date.dayNumber - (date.isoWeekday - 5))
    }

    /// Where an assessment stands for the home pages and the quality figures.
    public enum Status: Equatable, Sendable {
        case notYetDue, dueSoon, overdue, doneOnTime, doneLate

        public var dutch: String {
            switch self {
            case .notYetDue: "gepland"
            case .dueSoon: "binnenkort"
            case .overdue: "te laat"
            case .doneOnTime: "op tijd klaar"
            case .doneLate: "te laat klaar"
            }
        }
    }

    /// `completedOn` is the day the school approved it (the end of the chain). "Soon" is within 7 days.
    public static func status(dueOn: LocalDate, completedOn: LocalDate?, today: LocalDate) -> Status {
        if let completedOn { return completedOn <= dueOn ? .doneOnTime : .doneLate }
        if today > dueOn { return .overdue }
        return dueOn.dayNumber - today.dayNumber <= 7 ? .dueSoon : .notYetDue
    }
}
