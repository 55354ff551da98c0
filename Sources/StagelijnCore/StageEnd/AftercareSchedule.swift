/// Aftercare (nazorg): follow a leaver for 2 years with 3 contacts a year (seed 004 §5.2). Every year is cut into
/// three windows of four months; each contact is planned on a school day inside its own window, as close to the
/// middle as the school's holidays allow (the supervisor is at school then).
public enum AftercareSchedule {
    public static let years = 2
    public static let contactsPerYear = 3
    public static let monthsPerWindow = 12 / contactsPerYear

    public struct Contact: Equatable, Sendable {
        /// 1 or 2.
        public let year: Int
        /// 1, 2 or 3 within the year.
        public let number: Int
        public let window: ClosedRange<LocalDate>
        public let planned: LocalDate

        public var dutchName: String { "jaar \(year), contact \(number) van \(AftercareSchedule.contactsPerYear)" }
    }

    /// The six contacts after leaving on `leftOn`. Windows follow each other without gaps or overlap, from the day
    /// after leaving to the day two years later.
    public static func plan(leftOn: LocalDate, calendar: SchoolCalendar) -> [Contact] {
        let first = leftOn.adding(days: 1)
        return (0..<(years * contactsPerYear)).map { index in
            let start = first.addingMonths(index * monthsPerWindow)
            let end = first.addingMonths((index + 1) * monthsPerWindow).adding(days: -1)
            return Contact(year: index / contactsPerYear + 1, number: index % contactsPerYear + 1, window: start...end,
                           planned: plannedDay(in: start...end, calendar: calendar))
        }
    }

    /// The school day nearest the middle of the window; when a whole window is holiday, the nearest weekday; a
    /// planned day never leaves its window.
    static func plannedDay(in window: ClosedRange<LocalDate>, calendar: SchoolCalendar) -> LocalDate {
        let length = window.lowerBound.days(until: window.upperBound)
        let middle = window.lowerBound.adding(days: length / 2)
        for accept in [calendar.isSchoolDay, { (day: LocalDate) in day.isoWeekday <= 5 }] {
            for distance in 0...length {
                for candidate in [middle.adding(days: distance), middle.adding(days: -distance)]
                where window.contains(candidate) && accept(candidate) {
                    return candidate
                }
            }
        }
        return middle
    }

    public enum State: String, Sendable {
        /// The window has not opened yet.
        case upcoming
        /// The window is open and nobody has recorded the contact.
        case due
        /// The window closed without a contact.
        case missed
        case done

        public var dutchName: String {
            switch self {
            case .upcoming: "gepland"
            case .due: "nu doen"
            case .missed: "gemist"
            case .done: "gedaan"
            }
        }
    }

    public static func state(window: ClosedRange<LocalDate>, recordedOn: LocalDate?, today: LocalDate) -> State {
        if recordedOn != nil { return .done }
        if today < window.lowerBound { return .upcoming }
        return today <= window.upperBound ? .due : .missed
    }
}

/// Who gets aftercare. Praktijkonderwijs and Entree follow every leaver (seed 004); VSO only when parents or the
/// student ask for it (WEC art. 44: aftercare up to 2 years on request); other school types when the school chooses.
public enum AftercarePolicy: Equatable, Sendable {
    case always, onRequest, optional

    public static func rule(for schoolType: SchoolType) -> AftercarePolicy {
        switch schoolType {
        case .praktijkonderwijs, .entree: .always
        case .vso: .onRequest
        case .vmboBB, .vmboKB, .leerWerkTraject, .mbo: .optional
        }
    }

    /// Whether a plan is made for this leaver, given whether parents/student asked and whether the school chose to.
    public func plansAftercare(requested: Bool, schoolChooses: Bool) -> Bool {
        switch self {
        case .always: true
        case .onRequest: requested
        case .optional: requested || schoolChooses
        }
    }
}

extension LocalDate {
    /// The same day `months` later; the 31st of a shorter month becomes that month's last day.
    func addingMonths(_ months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (total / 12, total % 12 + 1)
        let last = LocalDate.daysIn(month: newMonth, year: newYear)
        return LocalDate(year: newYear, month: newMonth, day: min(day, last)) ?? self
    }
}
