/// What the dashboard knows of one stage, gathered by one SQL query per school (counts of its visits, contact
/// moments, assessments and evaluations, its breakdown keys). No names: only the ids the coordinator may follow.
public struct StageQualityFact: Sendable, Equatable {
    public var placementID: String
    public var schoolName: String
    public var schoolYear: String
    public var schoolType: SchoolType
    public var yearLevel: Int
    public var sector: Sector
    public var needsSupport: Bool
    public var start: LocalDate
    public var end: LocalDate
    public var started: Bool
    public var completed: Bool
    public var terminated: Bool
    public var fullySigned: Bool
    public var startedWithException: Bool
    public var visits: Int
    public var contactKinds: Int
    public var intervalWeeks: Int
    /// Assessments of the stage: due by today or completed, and completed on time.
    public var assessmentsDue: Int
    public var assessmentsOnTime: Int
    /// Evaluations sent and answered, per perspective.
    public var evaluations: [EvaluationPerspective: QualityRatio]

    public init(placementID: String, schoolName: String = "", schoolYear: String, schoolType: SchoolType, yearLevel: Int,
                sector: Sector, needsSupport: Bool, start: LocalDate, end: LocalDate, started: Bool, completed: Bool,
                terminated: Bool = false, fullySigned: Bool, startedWithException: Bool = false, visits: Int,
                contactKinds: Int, intervalWeeks: Int = 3, assessmentsDue: Int = 0, assessmentsOnTime: Int = 0,
                evaluations: [EvaluationPerspective: QualityRatio] = [:]) {
        self.placementID = placementID
        self.schoolName = schoolName
        self.schoolYear = schoolYear
        self.schoolType = schoolType
        self.yearLevel = yearLevel
        self.sector = sector
        self.needsSupport = needsSupport
        self.start = start
        self.end = end
        self.started = started
        self.completed = completed
        self.terminated = terminated
        self.fullySigned = fullySigned
        self.startedWithException = startedWithException
        self.visits = visits
        self.contactKinds = contactKinds
        self.intervalWeeks = intervalWeeks
        self.assessmentsDue = assessmentsDue
        self.assessmentsOnTime = assessmentsOnTime
        self.evaluations = evaluations
    }

    /// Whether this stage counts for the indicator and met it (nil: not counted). Stage indicators only.
    public func outcome(_ indicator: QualityIndicator, today: LocalDate) -> Bool? {
        switch indicator {
        case .signedBeforeStart:
            QualityMeasure.signedBeforeStart(started: started, fullySigned: fullySigned, startedWithException: startedWithException)
        case .visitRhythm:
            QualityMeasure.visitRhythm(started: started, start: start, end: end, today: today, visits: visits,
                                       intervalWeeks: intervalWeeks)
        case .contactMoments:
            QualityMeasure.contactMoments(completed: completed, distinctContactKinds: contactKinds)
        default: nil
        }
    }
}

public enum QualityFigures {
    /// The ratio of a stage indicator over some stages. Assessments and evaluations add up their own counts.
    public static func ratio(_ indicator: QualityIndicator, _ facts: [StageQualityFact], today: LocalDate) -> QualityRatio {
        switch indicator {
        case .assessmentsOnTime:
            return facts.reduce(QualityRatio()) { $0 + QualityRatio(met: $1.assessmentsOnTime, counted: $1.assessmentsDue) }
        case .evaluationResponse:
            var perspective: [EvaluationPerspective: QualityRatio] = [:]
            for fact in facts { for (key, value) in fact.evaluations { perspective[key, default: QualityRatio()] = perspective[key, default: QualityRatio()] + value } }
            return QualityMeasure.evaluationResponse(perspective)
        default:
            var ratio = QualityRatio()
            for fact in facts { QualityMeasure.tally(&ratio, fact.outcome(indicator, today: today)) }
            return ratio
        }
    }

    /// The stages behind a figure that did not meet it (for the coordinator, who may follow a figure to the students).
    public static func notMet(_ indicator: QualityIndicator, _ facts: [StageQualityFact], today: LocalDate) -> [String] {
        facts.filter { fact in
            switch indicator {
            case .assessmentsOnTime: fact.assessmentsDue > fact.assessmentsOnTime
            case .evaluationResponse: fact.evaluations.values.contains { $0.met < $0.counted }
            default: fact.outcome(indicator, today: today) == false
            }
        }.map(\.placementID)
    }
}
