/// The kind of stage decides which column of the youth labour table applies (DOMAIN.md, "The law").
public enum StageKind: String, CaseIterable, Sendable, Codable {
    /// Beroepsstage: vocational stage, allowed from 14.
    case vocational = "beroepsstage"
    /// Maatschappelijke stage: community service, allowed from 13, light non-industrial work only.
    case socialStage = "maatschappelijkeStage"

    public var dutchName: String {
        switch self {
        case .vocational: "beroepsstage"
        case .socialStage: "maatschappelijke stage"
        }
    }
}

/// Recorded circumstances under which Sunday work is allowed.
public enum ScheduleException: String, CaseIterable, Sendable, Codable {
    /// The work by its nature has to happen on Sunday (e.g. a church service, a zoo).
    case sundayInherentToWork
    /// The parents gave explicit consent for Sunday work (maatschappelijke stage).
    case parentalConsentSunday
    /// Sunday work is agreed in the CAO or the contract (16–17).
    case sundayAgreedInContract

    public var dutchName: String {
        switch self {
        case .sundayInherentToWork: "zondagswerk vloeit voort uit de aard van het werk"
        case .parentalConsentSunday: "ouders hebben toestemming gegeven voor zondagswerk"
        case .sundayAgreedInContract: "zondagswerk is vastgelegd in cao of overeenkomst"
        }
    }
}

/// A time of day in whole minutes after midnight (0 ..< 1440).
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (also `H:MM`).
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}

/// One working day of a stage: from `start` to `end` on `date`, minus the breaks.
public struct Shift: Hashable, Sendable {
    public var date: LocalDate
    public var start: ClockTime
    public var end: ClockTime
    /// Length of every break in minutes.
    public var breaks: [Int]
    /// A day on which the student also has school (matters for the maatschappelijke stage).
    public var schoolDay: Bool

    public init(date: LocalDate, start: ClockTime, end: ClockTime, breaks: [Int] = [], schoolDay: Bool = false) {
        self.date = date
        self.start = start
        self.end = end
        self.breaks = breaks
        self.schoolDay = schoolDay
    }

    /// Minutes from start to end, breaks included.
    public var spanMinutes: Int { end.minutes - start.minutes }
    /// Worked time = end − start − breaks.
    public var workedMinutes: Int { spanMinutes - breaks.reduce(0, +) }
    /// Minutes since 1970-01-01 00:00 of the start and end, to measure rest across dates.
    var absoluteStart: Int { date.dayNumber * 1440 + start.minutes }
    var absoluteEnd: Int { date.dayNumber * 1440 + end.minutes }
}

/// What the schedule check needs to know: the student, the kind of stage, the shifts and any recorded exceptions.
public struct WorkSchedule: Sendable, Equatable {
    public var birthDate: LocalDate
    public var stageKind: StageKind
    public var shifts: [Shift]
    public var exceptions: Set<ScheduleException>

    public init(birthDate: LocalDate, stageKind: StageKind, shifts: [Shift], exceptions: Set<ScheduleException> = []) {
        self.birthDate = birthDate
        self.stageKind = stageKind
        self.shifts = shifts
        self.exceptions = exceptions
    }

    /// Problems that make the schedule unreadable rather than unlawful: the check refuses to judge such input.
    /// Each names the field in the JSON form (`shifts[2].end`).
    public func structuralProblems() -> [FieldError] {
        var problems: [FieldError] = []
        var seen: [LocalDate: Int] = [:]
        for (index, shift) in shifts.enumerated() {
            let field = "shifts[\(index)]"
            if shift.end <= shift.start {
                problems.append(FieldError(field: "\(field).end",
                                           message: "De eindtijd \(shift.end) ligt niet na de begintijd \(shift.start); een dienst moet op dezelfde datum eindigen."))
            }
            if let negative = shift.breaks.firstIndex(where: { $0 <= 0 }) {
                problems.append(FieldError(field: "\(field).breaks[\(negative)]",
                                           message: "Een pauze moet minstens 1 minuut duren."))
            } else if shift.end > shift.start, shift.workedMinutes <= 0 {
                problems.append(FieldError(field: "\(field).breaks",
                                           message: "De pauzes zijn samen even lang of langer dan de hele dienst."))
            }
            if let earlier = seen[shift.date] {
                problems.append(FieldError(field: "\(field).date",
                                           message: "Op \(shift.date.iso) staat al een dienst (shifts[\(earlier)]); per datum is één dienst toegestaan."))
            } else {
                seen[shift.date] = index
            }
        }
        return problems
    }
}
