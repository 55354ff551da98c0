/// The planned hours of one school week: instruction time (onderwijstijd, stage hours included) and stage hours.
public struct WeekPlan: Sendable, Equatable {
    public var monday: LocalDate
    public var instructionHours: Double
    public var stageHours: Double

    public init(monday: LocalDate, instructionHours: Double, stageHours: Double) {
        self.monday = monday
        self.instructionHours = instructionHours
        self.stageHours = stageHours
    }
}

/// WVO art. 32 lid 2 for praktijkonderwijs: over the whole course the stage takes at most 50 % of the instruction
/// time on average; while the student is partially of compulsory school age (partiële leerplicht) at most 80 % of
/// the instruction time of every week.
public enum ProStageHourLimit {
    public static let courseAverageLimit = 0.5
    public static let partialCompulsoryWeekLimit = 0.8
    public static let source = "WVO art. 32 lid 2 (praktijkonderwijs)"

    public enum Warning: Equatable, Sendable {
        /// Stage hours over the course above 50 % of the instruction hours.
        case courseAverage(stageHours: Double, instructionHours: Double)
        /// A week of partial compulsory school age with stage hours above 80 % of that week's instruction hours.
        case partialCompulsoryWeek(monday: LocalDate, stageHours: Double, instructionHours: Double)

        public var dutchMessage: String {
            switch self {
            case let .courseAverage(stage, instruction):
                "Over de hele opleiding is \(percent(stage, of: instruction)) van de onderwijstijd stage "
                    + "(\(hours(stage)) van \(hours(instruction))); gemiddeld is maximaal 50 % toegestaan."
            case let .partialCompulsoryWeek(monday, stage, instruction):
                "In de week van \(monday.dutch) is \(percent(stage, of: instruction)) van de onderwijstijd stage "
                    + "(\(hours(stage)) van \(hours(instruction))); zolang de leerling partieel leerplichtig is, mag dat per week maximaal 80 % zijn."
            }
        }
    }

    /// Partial compulsory school age: the school year (1 August – 31 July) after the one in which the student turned 16,
    /// when full compulsory education ends (Leerplichtwet art. 3 and 4; the 12-school-years route is not modelled).
    public static func isPartiallyCompulsory(birthDate: LocalDate, on date: LocalDate) -> Bool {
        let schoolYearStart = date.month >= 8 ? date.year : date.year - 1
        let turned16InSchoolYearStarting = birthDate.month >= 8 ? birthDate.year + 16 : birthDate.year + 15
        return schoolYearStart == turned16InSchoolYearStarting + 1
    }

    public static func warnings(birthDate: LocalDate, weeks: [WeekPlan]) -> [Warning] {
        var warnings: [Warning] = []
        let stage = weeks.reduce(0) { $0 + $1.stageHours }
        let instruction = weeks.reduce(0) { $0 + $1.instructionHours }
        if stage > courseAverageLimit * instruction + 1e-9 {
            warnings.append(.courseAverage(stageHours: stage, instructionHours: instruction))
        }
        for week in weeks.sorted(by: { $0.monday < $1.monday })
        where isPartiallyCompulsory(birthDate: birthDate, on: week.monday)
            && week.stageHours > partialCompulsoryWeekLimit * week.instructionHours + 1e-9 {
            warnings.append(.partialCompulsoryWeek(monday: week.monday, stageHours: week.stageHours,
                                                   instructionHours: week.instructionHours))
        }
        return warnings
    }
}

/// Entree (mbo-1): at least 650 stage hours, with a projection at the current pace.
public enum EntreeHourTarget {
    public static let requiredHours = 650.0

    public struct Progress: Equatable, Sendable {
        public let doneHours: Double
        public let weeksElapsed: Int
        public let weeksRemaining: Int
        /// Average hours per elapsed week.
        public let pacePerWeek: Double
        /// Done hours plus the remaining weeks at the current pace.
        public let projectedHours: Double

        public var isOnTrack: Bool { projectedHours >= EntreeHourTarget.requiredHours }
        public var shortfall: Double { max(0, EntreeHourTarget.requiredHours - projectedHours) }
        /// Hours per remaining week needed to still reach 650.
        public var neededPerRemainingWeek: Double? {
            weeksRemaining > 0 ? max(0, EntreeHourTarget.requiredHours - doneHours) / Double(weeksRemaining) : nil
        }

        public var dutchSummary: String {
            let base = "\(hours(doneHours)) van \(hours(EntreeHourTarget.requiredHours)) stage-uren gemaakt; "
                + "in dit tempo (\(hours(pacePerWeek)) per week) wordt het \(hours(projectedHours))"
            if isOnTrack { return base + "." }
            let needed = neededPerRemainingWeek.map { "; nodig is \(hours($0)) per week" } ?? ""
            return base + ", \(hours(shortfall)) te weinig\(needed)."
        }
    }

    /// Progress on `today` for a stage running from `start` to `end` with `doneHours` confirmed so far.
    public static func progress(doneHours: Double, start: LocalDate, end: LocalDate, today: LocalDate) -> Progress {
        let totalWeeks = max(1, (start.days(until: end) + 7) / 7)
        let elapsedDays = min(max(0, start.days(until: today) + 1), start.days(until: end) + 1)
        let elapsed = min(totalWeeks, max(0, (elapsedDays + 6) / 7))
        let remaining = totalWeeks - elapsed
        let pace = elapsed > 0 ? doneHours / Double(elapsed) : 0
        return Progress(doneHours: doneHours, weeksElapsed: elapsed, weeksRemaining: remaining,
                        pacePerWeek: pace, projectedHours: doneHours + pace * Double(remaining))
    }
}

/// "12,5 uur", "650 uur".
func hours(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10) uur" : "\(tenths / 10),\(tenths % 10) uur"
}

/// "62 %" (Dutch notation, also used by the app's pages).
public func percent(_ part: Double, of whole: Double) -> String {
    whole > 0 ? "\(Int((part / whole * 100).rounded())) %" : "–"
}
