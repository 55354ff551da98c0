/// What supervision a placement needs and what happened: a visit by the school's supervisor every few weeks
/// (more often with a support need) and the three contact moments of student, school and company (Stagepact:
/// start, midway, end). Pure: the app passes the recorded visits.
public enum SupervisionKind: String, CaseIterable, Sendable, Codable {
    case visit = "bezoek"
    case contactStart = "contact-start"
    case contactMidway = "contact-midden"
    case contactEnd = "contact-eind"

    public var dutchName: String {
        switch self {
        case .visit: "bezoek met voortgangsgesprek"
        case .contactStart: "contactmoment bij de start"
        case .contactMidway: "contactmoment halverwege"
        case .contactEnd: "contactmoment aan het eind"
        }
    }
}

public struct SupervisionItem: Sendable, Equatable {
    public enum State: String, Sendable { case done, overdue, due, upcoming }
    public let kind: SupervisionKind
    public let dueDate: LocalDate
    public let state: State
    /// The date it was done, when done.
    public let doneOn: LocalDate?
}

public enum SupervisionPlan {
    /// How long after its due date an item may still be done before it counts as overdue.
    public static let graceDays = 7

    /// Visits every `intervalWeeks` from the first week (the first one after one interval), the three contact
    /// moments at start, midway and end; each matched with the recorded dates of that kind in order.
    public static func items(start: LocalDate, end: LocalDate, intervalWeeks: Int, today: LocalDate,
                             done: [(kind: SupervisionKind, on: LocalDate)]) -> [SupervisionItem] {
        guard start <= end else { return [] }
        let span = start.days(until: end)
        var planned: [(SupervisionKind, LocalDate)] = [(.contactStart, start.adding(days: min(4, span)))]
        let step = max(1, intervalWeeks) * 7
        var day = step
        while day < span {
            planned.append((.visit, start.adding(days: day)))
            day += step
        }
        planned.append((.contactMidway, start.adding(days: span / 2)))
        planned.append((.contactEnd, end.adding(days: -min(4, span))))
        var remaining = Dictionary(grouping: done, by: \.kind).mapValues { $0.map(\.on).sorted() }
        return planned.sorted { $0.1 < $1.1 }.map { kind, due in
            if var dates = remaining[kind], !dates.isEmpty {
                let first = dates.removeFirst()
                remaining[kind] = dates
                return SupervisionItem(kind: kind, dueDate: due, state: .done, doneOn: first)
            }
            let state: SupervisionItem.State = due.adding(days: graceDays) < today ? .overdue : due <= today ? .due : .upcoming
            return SupervisionItem(kind: kind, dueDate: due, state: state, doneOn: nil)
        }
    }
}
