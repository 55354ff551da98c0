/// What supervision a placement needs and what happened: a visit by the school's supervisor every few weeks
/// (more often with a support need) and the three contact moments of student, school and company (Stagepact:
/// start, midway, end — seed 003). Pure: the app passes the stage's own dates, its status and the recorded visits.
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
    /// `missed`: not done while the stage ran, and the stage is over — history, no longer a to-do.
    public enum State: String, Sendable { case done, overdue, due, upcoming, missed }
    public let kind: SupervisionKind
    public let dueDate: LocalDate
    public let state: State
    /// The date it was done, when done.
    public let doneOn: LocalDate?

    public init(kind: SupervisionKind, dueDate: LocalDate, state: State, doneOn: LocalDate?) {
        self.kind = kind
        self.dueDate = dueDate
        self.state = state
        self.doneOn = doneOn
    }
}

public enum SupervisionPlan {
    /// How long after its due date an item may still be done before it counts as overdue.
    public static let graceDays = 7

    /// The plan of one stage, from the stage's *own* dates (the agreement's start and end when known — a stage that
    /// starts on 30 November has no visits due in October), matched with what was recorded.
    ///
    /// Only a running stage (`lopend`) has items due or overdue: before it starts everything is planned, and after it
    /// ended what was not done is `missed` (slots after the end are dropped). Visits every `intervalWeeks` (the first
    /// one after one interval), the three contact moments at start, midway and end.
    public static func items(start: LocalDate, end: LocalDate, intervalWeeks: Int, today: LocalDate,
                             done: [(kind: SupervisionKind, on: LocalDate)],
                             status: PlacementStatus = .active) -> [SupervisionItem] {
        guard start <= end else { return [] }
        let span = start.days(until: end)
        let step = max(1, intervalWeeks) * 7
        var planned: [(kind: SupervisionKind, due: LocalDate)] = [(.contactStart, start.adding(days: min(4, span)))]
        var day = step
        while day < span {
            planned.append((.visit, start.adding(days: day)))
            day += step
        }
        planned.append((.contactMidway, start.adding(days: span / 2)))
        planned.append((.contactEnd, end.adding(days: -min(4, span))))
        planned.sort { $0.due < $1.due }
        let closedBy = match(planned, done: done, visitWindow: step)
        return planned.indices.compactMap { index in
            let (kind, due) = planned[index]
            if let on = closedBy[index] { return SupervisionItem(kind: kind, dueDate: due, state: .done, doneOn: on) }
            guard let state = openState(due: due, today: today, status: status) else { return nil }
            return SupervisionItem(kind: kind, dueDate: due, state: state, doneOn: nil)
        }
    }

    /// The state of an item not done; nil when the slot no longer exists (after a stage ended).
    static func openState(due: LocalDate, today: LocalDate, status: PlacementStatus) -> SupervisionItem.State? {
        switch status {
        case .active:
            return due.adding(days: graceDays) < today ? .overdue : due <= today ? .due : .upcoming
        case .completed, .terminated:
            return due <= today ? .missed : nil
        case .proposed, .introduction, .agreement:
            return .upcoming
        }
    }

    /// Which recorded date closes which planned slot (by index).
    ///
    /// A recorded visit closes the still-open visit slot *nearest to its date* (on a tie the earlier one), and only a
    /// slot within one visit interval of it. Why: the plan is a rhythm, and a visit counts for the moment in that
    /// rhythm it was closest to. A visit made today then closes today's slot — not the oldest overdue one, which would
    /// hide that an earlier visit was skipped (the Inspectie found visits silently not happening, seed 000) and leave
    /// today's slot looking undone. A visit a few days early still closes its own slot, and one visit never pays off a
    /// slot a whole interval away; a visit with no open slot nearby is an extra visit (its report still counts).
    /// Each contact moment has one slot of its own, so a recorded contact moment of that kind closes it.
    static func match(_ planned: [(kind: SupervisionKind, due: LocalDate)], done: [(kind: SupervisionKind, on: LocalDate)],
                      visitWindow: Int) -> [Int: LocalDate] {
        var closed: [Int: LocalDate] = [:]
        for record in done.sorted(by: { $0.on < $1.on }) {
            let candidates = planned.indices.filter { index in
                planned[index].kind == record.kind && closed[index] == nil
                    && (record.kind != .visit || abs(planned[index].due.days(until: record.on)) <= visitWindow)
            }
            let nearest = candidates.min { a, b in
                let da = abs(planned[a].due.days(until: record.on)), db = abs(planned[b].due.days(until: record.on))
                return da != db ? da < db : planned[a].due < planned[b].due
            }
            if let nearest { closed[nearest] = record.on }
        }
        return closed
    }
}
