/// What a role may do with a kind of record, and over which records. This is the *one* place that decides it;
/// the app asks it and then narrows its queries to the returned scope (always within the user's own school).
/// Least privilege (SECURITY.md): leadership and inspectors only get aggregated figures, never individual students.
public enum Resource: String, CaseIterable, Sendable {
    case student, company, position, stagePeriod, placement, importData, auditLog
    /// The stage agreement and work schedule of a placement.
    case agreement
    /// The readiness checklist of a student (who decided what, when).
    case readiness
    /// A reasoned exception to a rule (a stage starting without a signed agreement, an unlawful schedule):
    /// only the coordinator records one, and the quality dashboard counts them.
    case ruleException
    /// Running the matching, comparing, overriding and publishing proposals; the shortage and fairness overviews.
    case matching
    /// Signing an agreement on behalf of the school (bevoegd gezag): the coordinator.
    case schoolSignature
    /// Visits and contact moments of the school's supervisor.
    case supervision
    /// The stage-agenda: days and hours the student records, confirmed by the company.
    case hours
    /// A student's ranked wishes for positions: the student ranks their own, the mentor for their class.
    case preferences
    /// The stage goals of a placement (school goals from the programme phase, personal goals in the student's words).
    case goals
    /// Practical assignments (learning tasks and work tasks) of a placement: handed in, confirmed, assessed.
    case assignment
    /// Interim and final competency assessments of a placement (student, praktijkbegeleider and school parts).
    case assessment
    /// The board's assessment forms, shared between its schools and versioned.
    case assessmentForm
    /// Aggregated figures without names (assessments on time, score distributions): leadership and the inspector.
    case qualityFigures
    /// A dropout (issue 15): cause, talk, company contacted, mentor informed, next step. Coordinator and supervisors
    /// handle it; the mentor reads their class's; the care coordinator (support team) reads.
    case dropout
    /// Leavers' outflow and aftercare contacts (issue 15): coordinator and supervisors; the care coordinator reads.
    case aftercare
    /// The allowance of a placement and its check (issue 15); a student or parent reads their own.
    case allowance
    /// Stage evaluations (issue 13): a student answers their own, the supervisor theirs; the coordinator reads the
    /// answers of the school. Leadership sees only figures without names (`qualityFigures`).
    case evaluation
    /// The school's API tokens (issue 17): only the coordinator creates, lists and revokes them.
    case apiToken
    /// AVG duties (issue 17): a student's full export, deletion, retention periods: only the coordinator.
    case personalData
    /// A student's stage line (issue 14): steps with their outcome and the decisions on the line (advice, sector
    /// choice, VSO step up). Staff of the school read it; the coordinator and supervisors record; a student or parent
    /// reads their own.
    case stageLine
    /// The school's stage-line programmes and interest-test items: the coordinator edits, staff read.
    case stageLineProgramme
    /// The interest test: a student does their own; staff read the result.
    case interestTest
    /// Group-stage locations, the weekly plan and attendance.
    case groupStage
    /// The school's quality requirements and quality-care calendar (issue 13): no personal data. Leadership and the
    /// coordinator state and update them; staff and the inspector read them.
    case qualityCare
}

public enum Action: String, CaseIterable, Sendable {
    case list, view, create, update
}

/// Which records of the school an allowed action reaches.
public enum AccessScope: Equatable, Sendable {
    /// Not allowed at all (403).
    case none
    /// Every record of the user's school.
    case school
    /// Students of the user's own class (mentor) and the placements of those students.
    case mentees
    /// Only the user's own record (a student) or their children's (a parent).
    case linkedStudents
}

public enum AccessPolicy {
    public static func scope(for role: Role, _ action: Action, _ resource: Resource) -> AccessScope {
        let read = action == .list || action == .view
        switch (role, resource) {
        case (.coordinator, _):
            return .school
        case (_, .ruleException), (_, .matching), (_, .schoolSignature):
            return .none
        case (.supervisor, .goals), (.supervisor, .assignment), (.supervisor, .assessment):
            return .school
        case (.mentor, .goals), (.mentor, .assignment), (.mentor, .assessment):
            return read ? .mentees : .none
        case (.careCoordinator, .goals), (.careCoordinator, .assignment), (.careCoordinator, .assessment):
            return read ? .school : .none
        // A student adds personal goals, hands in assignments and fills the self-assessment; a parent only reads.
        case (.student, .goals), (.student, .assignment), (.student, .assessment):
            return .linkedStudents
        case (.parent, .goals), (.parent, .assignment), (.parent, .assessment):
            return read ? .linkedStudents : .none
        // Forms hold no personal data: every staff member may read them; only the coordinator manages them.
        case (.supervisor, .assessmentForm), (.mentor, .assessmentForm), (.careCoordinator, .assessmentForm),
             (.leadership, .assessmentForm):
            return read ? .school : .none
        case (.student, .assessmentForm), (.parent, .assessmentForm):
            return .none
        case (.leadership, .qualityFigures), (.inspector, .qualityFigures):
            return read ? .school : .none
        case (_, .qualityFigures):
            return .none
        case (.leadership, .qualityCare):
            return .school
        case (.inspector, .qualityCare), (.supervisor, .qualityCare), (.mentor, .qualityCare), (.careCoordinator, .qualityCare):
            return read ? .school : .none
        case (_, .qualityCare):
            return .none
        // Answers of a student are never shown to the company, other students or parents (issue 13).
        case (.student, .evaluation):
            return .linkedStudents
        case (.supervisor, .evaluation):
            return .school
        case (_, .evaluation):
            return .none
        case (.supervisor, .dropout), (.supervisor, .aftercare), (.supervisor, .allowance):
            return .school
        case (.mentor, .dropout), (.mentor, .allowance):
            return read ? .mentees : .none
        case (.careCoordinator, .dropout), (.careCoordinator, .aftercare), (.careCoordinator, .allowance):
            return read ? .school : .none
        case (.student, .allowance), (.parent, .allowance):
            return read ? .linkedStudents : .none
        case (_, .dropout), (_, .aftercare), (_, .allowance):
            return .none
        case (.supervisor, .stageLine), (.supervisor, .groupStage):
            return .school
        case (.mentor, .stageLine), (.mentor, .interestTest):
            return read ? .mentees : .none
        case (.careCoordinator, .stageLine), (.careCoordinator, .groupStage), (.careCoordinator, .interestTest),
             (.supervisor, .interestTest), (.supervisor, .stageLineProgramme), (.mentor, .stageLineProgramme),
             (.careCoordinator, .stageLineProgramme):
            return read ? .school : .none
        case (.student, .interestTest):
            return .linkedStudents
        case (.student, .stageLine), (.parent, .stageLine), (.parent, .interestTest):
            return read ? .linkedStudents : .none
        case (_, .stageLineProgramme), (_, .groupStage), (_, .stageLine), (_, .interestTest):
            return .none
        case (.supervisor, .preferences), (.supervisor, .supervision), (.supervisor, .hours):
            return .school
        case (.mentor, .supervision), (.mentor, .hours):
            return read ? .mentees : .none
        case (.careCoordinator, .supervision), (.careCoordinator, .hours):
            return read ? .school : .none
        case (.student, .hours):
            return .linkedStudents
        case (.parent, .hours):
            return read ? .linkedStudents : .none
        case (.student, .supervision), (.parent, .supervision):
            return .none
        case (.mentor, .preferences):
            return .mentees
        case (.student, .preferences):
            return .linkedStudents
        case (.parent, .preferences):
            return read ? .linkedStudents : .none
        case (.careCoordinator, .preferences):
            return read ? .school : .none
        case (.supervisor, .agreement), (.supervisor, .readiness):
            return .school
        case (.mentor, .agreement):
            return read ? .mentees : .none
        case (.mentor, .readiness):
            return .mentees
        case (.careCoordinator, .agreement), (.careCoordinator, .readiness):
            return read ? .school : .none
        case (.student, .agreement), (.student, .readiness), (.parent, .agreement), (.parent, .readiness):
            return read ? .linkedStudents : .none
        case (.supervisor, .student), (.careCoordinator, .student):
            return read ? .school : .none
        case (.supervisor, .placement):
            return .school
        case (.supervisor, .company), (.supervisor, .position):
            return .school
        case (.mentor, .student), (.mentor, .placement):
            return read ? .mentees : .none
        case (.careCoordinator, .placement):
            return read ? .school : .none
        case (.student, .student), (.student, .placement), (.parent, .student), (.parent, .placement):
            return read ? .linkedStudents : .none
        case (.supervisor, .stagePeriod), (.mentor, .stagePeriod), (.careCoordinator, .stagePeriod),
             (.mentor, .company), (.mentor, .position), (.careCoordinator, .company), (.careCoordinator, .position),
             (.student, .company), (.student, .position), (.leadership, .company), (.leadership, .position),
             (.leadership, .stagePeriod):
            return read ? .school : .none
        case (_, .importData), (_, .auditLog), (_, .apiToken), (_, .personalData),
             (.student, .stagePeriod), (.parent, _), (.leadership, _), (.inspector, _):
            return .none
        }
    }

    public static func allows(_ role: Role, _ action: Action, _ resource: Resource) -> Bool {
        scope(for: role, action, resource) != .none
    }
}
