/// When a day may be written in the stage-agenda (the logbook of days and hours the company signs, seed 004).
/// Hours belong to a running stage: before it runs there is no agreement yet that covers the work (WVO art. 35,
/// "signed before start"), and after it ended the company has nothing left to confirm.
public enum StageAgendaProblem: Equatable, Sendable {
    case notRunning(PlacementStatus)
    case beforeStart(LocalDate)
    case afterEnd(LocalDate)
    case inFuture

    public var dutchMessage: String {
        switch self {
        case .notRunning(let status) where status.isFinal:
            "Deze stage is \(status.dutchName): er kunnen geen uren meer bij."
        case .notRunning(let status):
            "Uren schrijven kan alleen tijdens een lopende stage. Deze stage heeft nu de status ‘\(status.dutchName)’; "
                + "ze gaat lopen als de stageovereenkomst rond is."
        case .beforeStart(let start): "Kies een dag vanaf de eerste stagedag, \(start.dutch)."
        case .afterEnd(let end): "Kies een dag tot en met de laatste stagedag, \(end.dutch)."
        case .inFuture: "Kies een dag die al geweest is, niet in de toekomst."
        }
    }
}

public enum StageAgendaRules {
    /// Why hours cannot be written at all on a stage with this status; nil while it runs.
    public static func closed(status: PlacementStatus) -> StageAgendaProblem? {
        status == .active ? nil : .notRunning(status)
    }

    /// Why this day cannot be written; nil when it can. `start` and `end` are the stage's own dates.
    public static func problem(day: LocalDate, status: PlacementStatus, start: LocalDate, end: LocalDate,
                               today: LocalDate) -> StageAgendaProblem? {
        if let closed = closed(status: status) { return closed }
        if day > today { return .inFuture }
        if day < start { return .beforeStart(start) }
        if day > end { return .afterEnd(end) }
        return nil
    }
}
