/// How far a stage goal had come at a visit (issue 11: goals come back in every visit report).
public struct GoalProgress: Sendable, Equatable, Codable {
    public let goal: String
    public let score: Score

    public init(goal: String, score: Score) {
        self.goal = goal
        self.score = score
    }
}

/// A visit or contact moment as it was recorded: the report the supervisor wrote in the progress talk.
public struct VisitReport: Sendable, Equatable {
    public let kind: SupervisionKind
    public let date: LocalDate
    public let present: String
    public let progress: String
    /// Staff only: worries about the student (home, health, safety, support) that need care before they are shared.
    public let concerns: String
    public let nextStep: String
    public let recordedBy: String
    /// The goals discussed, each with where it stands; the student and parents read these too.
    public let goalProgress: [GoalProgress]

    public init(kind: SupervisionKind, date: LocalDate, present: String, progress: String, concerns: String,
                nextStep: String, recordedBy: String, goalProgress: [GoalProgress] = []) {
        self.goalProgress = goalProgress
        self.kind = kind
        self.date = date
        self.present = present
        self.progress = progress
        self.concerns = concerns
        self.nextStep = nextStep
        self.recordedBy = recordedBy
    }
}

/// Who reads a stage dossier.
public enum DossierReader: Sendable {
    /// Coordinator, supervisor, mentor, care coordinator: the whole report and the school's to-do states.
    case staff
    /// The student and their parents.
    case family
}

/// The visits and contact moments of one stage as one timeline, oldest first: what happened (the reports) and
/// what is planned.
///
/// The student and parents read progress and next step — they were discussed with the student in the progress talk
/// (seed 004: "voortgangsgesprek") and the Inspectie asks that goals are shared (seed 000) — but not the supervisor's
/// concerns: those may be about the home situation or a support need and go through the mentor or the care
/// coordinator first, so they stay staff-only. The family sees what happened and what comes next; the overdue and
/// missed markers are the school's work list (a gap between visits still shows in the dates).
public enum SupervisionTimeline {
    public struct Entry: Sendable, Equatable {
        public let date: LocalDate
        public let kind: SupervisionKind
        public let state: SupervisionItem.State
        public let report: VisitReport?
    }

    public static func entries(plan: [SupervisionItem], reports: [VisitReport], reader: DossierReader) -> [Entry] {
        let done = reports.map { report in
            Entry(date: report.date, kind: report.kind, state: .done, report: reader == .staff ? report : VisitReport(
                kind: report.kind, date: report.date, present: report.present, progress: report.progress, concerns: "",
                nextStep: report.nextStep, recordedBy: report.recordedBy, goalProgress: report.goalProgress))
        }
        let open = plan.filter { $0.state != .done && (reader == .staff || $0.state == .upcoming || $0.state == .due) }
            .map { Entry(date: $0.dueDate, kind: $0.kind, state: $0.state, report: nil) }
        return (done + open).sorted { ($0.date, $0.report == nil ? 1 : 0) < ($1.date, $1.report == nil ? 1 : 0) }
    }
}
