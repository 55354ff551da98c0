/// Stage hours over the whole line with a projection to its end, judged by the rules already in Core:
/// `ProStageHourLimit` (WVO art. 32 lid 2: 50 % over the course, 80 % per week while partially of compulsory age)
/// and `EntreeHourTarget` (650 hours). This type only adds up the line; it holds no second copy of those rules.
public enum LineHours {
    public struct StepHours: Equatable, Sendable {
        public let stepKey: String
        /// Hours made so far in the step (confirmed stage-agenda, else scheduled up to today).
        public let doneHours: Double

        public init(stepKey: String, doneHours: Double) {
            self.stepKey = stepKey
            self.doneHours = doneHours
        }
    }

    public struct Summary: Equatable, Sendable {
        public let doneHours: Double
        /// Done hours plus the usual hours of the running step's remainder and every step still ahead.
        public let projectedHours: Double
        public let courseInstructionHours: Double
        /// Praktijkonderwijs: the 50 % average judged on the projection (from `ProStageHourLimit`).
        public let projectedWarnings: [ProStageHourLimit.Warning]
        public let doneWarnings: [ProStageHourLimit.Warning]
        /// Entree: the 650-hour progress of the Entree step (from `EntreeHourTarget`).
        public let entree: EntreeHourTarget.Progress?
        /// Per step of the line: done and still expected hours.
        public let perStep: [(key: String, done: Double, expected: Double)]

        public static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.doneHours == rhs.doneHours && lhs.projectedHours == rhs.projectedHours
                && lhs.projectedWarnings == rhs.projectedWarnings && lhs.doneWarnings == rhs.doneWarnings && lhs.entree == rhs.entree
        }
    }

    /// `instructionHoursPerYear`: instruction time of a school year (stage included).
    /// `entreeSpan`: start and planned end of the running Entree step, for the 650-hour projection.
    public static func summary(programme: StageLineProgramme, state: TrajectoryState, hours: [StepHours],
                               instructionHoursPerYear: Double, entreeSpan: (LocalDate, LocalDate)? = nil) -> Summary {
        var perStep: [(key: String, done: Double, expected: Double)] = []
        for step in programme.steps where step.inUse {
            let done = hours.filter { $0.stepKey == step.key }.reduce(0) { $0 + $1.doneHours }
            let expected: Double
            if state.isDone(step.key) {
                expected = 0
            } else if state.isInProgress(step.key) {
                expected = max(0, step.plannedHours - done)
            } else if step.optional || state.records.contains(where: { $0.stepKey == step.key && $0.status == .stopped }) {
                expected = 0
            } else {
                expected = step.plannedHours
            }
            perStep.append((step.key, done, expected))
        }
        let other = hours.filter { h in !programme.steps.contains { $0.key == h.stepKey } }.reduce(0) { $0 + $1.doneHours }
        let done = perStep.reduce(other) { $0 + $1.done }
        let projected = perStep.reduce(done) { $0 + $1.expected }
        let course = Double(programme.courseYears) * instructionHoursPerYear
        var projectedWarnings: [ProStageHourLimit.Warning] = []
        var doneWarnings: [ProStageHourLimit.Warning] = []
        if programme.schoolType == .praktijkonderwijs {
            // One course-long "week" carries the whole course: the Core's 50 % rule judges the average.
            let monday = state.today.isoWeekMonday
            projectedWarnings = ProStageHourLimit.warnings(birthDate: state.birthDate,
                weeks: [WeekPlan(monday: monday, instructionHours: course, stageHours: projected)]).filter(isCourseAverage)
            doneWarnings = ProStageHourLimit.warnings(birthDate: state.birthDate,
                weeks: [WeekPlan(monday: monday, instructionHours: course, stageHours: done)]).filter(isCourseAverage)
        }
        var entree: EntreeHourTarget.Progress?
        if let entreeStep = programme.steps.first(where: { $0.kind == .entree }), let span = entreeSpan,
           state.isInProgress(entreeStep.key) || state.isDone(entreeStep.key) {
            entree = EntreeHourTarget.progress(doneHours: perStep.first { $0.key == entreeStep.key }?.done ?? 0,
                                               start: span.0, end: span.1, today: state.today)
        }
        return Summary(doneHours: done, projectedHours: projected, courseInstructionHours: course,
                       projectedWarnings: projectedWarnings, doneWarnings: doneWarnings, entree: entree, perStep: perStep)
    }

    private static func isCourseAverage(_ warning: ProStageHourLimit.Warning) -> Bool {
        if case .courseAverage = warning { return true }
        return false
    }
}
