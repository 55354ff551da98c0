import Testing
@testable import StagelijnCore

@Suite("Quality indicators: definitions, sources, default requirements")
struct QualityIndicatorTests {
    let day = { (m: Int, d: Int) in LocalDate(year: 2026, month: m, day: d)! }

    @Test func theDefaultSetHasTheIssuesRequirementsWithTheirSources() {
        let defaults = Dictionary(uniqueKeysWithValues: QualityRequirement.defaults.map { ($0.indicator, $0) })
        #expect(defaults.count == QualityIndicator.allCases.count)
        #expect(defaults[.signedBeforeStart]?.norm == 100)
        #expect(defaults[.evaluationResponse]?.norm == 60)
        #expect(defaults[.reportsAnswered]?.norm == 100)
        #expect(defaults[.leaversPlaced]?.norm == 90)
        #expect(defaults[.retainedOneYear]?.norm == 75)
        #expect(defaults[.retainedTwoYears]?.norm == 75)
        #expect(QualityIndicator.signedBeforeStart.source == .wvo)
        #expect(QualityIndicator.contactMoments.source == .stagepact)
        #expect(QualityIndicator.reportsAnswered.source == .stagepact)
        #expect(QualityIndicator.visitRhythm.source == .inspectie)
        #expect(QualityIndicator.evaluationResponse.source == .inspectie)
        #expect(QualityIndicator.leaversPlaced.source == .sector)
        for requirement in QualityRequirement.defaults {
            #expect(requirement.statement.contains("\(requirement.norm) %"), "\(requirement.indicator)")
            #expect(QualityRequirement.ownerRoles.contains(requirement.owner))
            #expect(!requirement.indicator.definition.isEmpty)
        }
    }

    @Test func signedBeforeStartCountsStartedStagesAndAnExceptionIsNotMet() {
        #expect(QualityMeasure.signedBeforeStart(started: false, fullySigned: false, startedWithException: false) == nil)
        #expect(QualityMeasure.signedBeforeStart(started: true, fullySigned: true, startedWithException: false) == true)
        #expect(QualityMeasure.signedBeforeStart(started: true, fullySigned: false, startedWithException: false) == false)
        // signed later, after starting with a recorded exception: still not "before the start"
        #expect(QualityMeasure.signedBeforeStart(started: true, fullySigned: true, startedWithException: true) == false)
    }

    @Test func visitsAreNeededOncePerFullThreeWeeks() {
        #expect(QualityMeasure.visitsNeeded(start: day(9, 1), until: day(9, 21)) == 0)
        #expect(QualityMeasure.visitsNeeded(start: day(9, 1), until: day(9, 22)) == 1)
        #expect(QualityMeasure.visitsNeeded(start: day(9, 1), until: day(11, 10)) == 3)
        #expect(QualityMeasure.visitsNeeded(start: day(9, 1), until: day(9, 15), intervalWeeks: 2) == 1)
        // counted up to today while running, up to the end afterwards
        #expect(QualityMeasure.visitRhythm(started: true, start: day(9, 1), end: day(12, 1), today: day(9, 10), visits: 0) == nil)
        #expect(QualityMeasure.visitRhythm(started: true, start: day(9, 1), end: day(12, 1), today: day(10, 1), visits: 0) == false)
        #expect(QualityMeasure.visitRhythm(started: true, start: day(9, 1), end: day(10, 13), today: day(12, 1), visits: 2) == true)
        #expect(QualityMeasure.visitRhythm(started: false, start: day(9, 1), end: day(10, 13), today: day(12, 1), visits: 0) == nil)
    }

    @Test func contactMomentsNeedAllThreeOnACompletedStage() {
        #expect(QualityMeasure.contactMoments(completed: false, distinctContactKinds: 0) == nil)
        #expect(QualityMeasure.contactMoments(completed: true, distinctContactKinds: 2) == false)
        #expect(QualityMeasure.contactMoments(completed: true, distinctContactKinds: 3) == true)
    }

    @Test func onTimeMeansByTheDueDateAndOpenItemsCountOnceOverdue() {
        #expect(QualityMeasure.assessmentOnTime(dueOn: day(10, 1), completedOn: day(10, 1), today: day(12, 1)) == true)
        #expect(QualityMeasure.assessmentOnTime(dueOn: day(10, 1), completedOn: day(10, 2), today: day(12, 1)) == false)
        #expect(QualityMeasure.assessmentOnTime(dueOn: day(10, 1), completedOn: nil, today: day(10, 1)) == nil)
        #expect(QualityMeasure.assessmentOnTime(dueOn: day(10, 1), completedOn: nil, today: day(10, 2)) == false)
        #expect(QualityMeasure.reportAnswered(responseDue: day(10, 5), firstResponseOn: day(10, 5), today: day(11, 1)) == true)
        #expect(QualityMeasure.reportAnswered(responseDue: day(10, 5), firstResponseOn: nil, today: day(10, 5)) == nil)
        #expect(QualityMeasure.reportAnswered(responseDue: day(10, 5), firstResponseOn: nil, today: day(10, 6)) == false)
    }

    @Test func evaluationResponseIsTheLowestPerspective() {
        let ratio = QualityMeasure.evaluationResponse([
            .student: QualityRatio(met: 9, counted: 10), .workplaceMentor: QualityRatio(met: 5, counted: 10),
            .supervisor: QualityRatio(met: 0, counted: 0),
        ])
        #expect(ratio == QualityRatio(met: 5, counted: 10))
        #expect(ratio.meets(60) == false)
        #expect(ratio.meets(50) == true)
        #expect(QualityMeasure.evaluationResponse([:]).percent == nil)
    }

    @Test func aNormIsMetOnTheExactShareNotTheRoundedOne() {
        #expect(QualityRatio(met: 179, counted: 200).percent == 90)
        #expect(QualityRatio(met: 179, counted: 200).meets(90) == false)
        #expect(QualityRatio(met: 180, counted: 200).meets(90) == true)
        #expect(QualityRatio().meets(90) == nil)
    }

    @Test func requirementsAreReadWithDutchProblemsNamingTheField() {
        if case let .failure(problems) = QualityRequirement.read(indicator: .visitRhythm, norm: "110", owner: "student",
                                                                  ownerName: "", statement: "", active: true) {
            #expect(problems.messages.contains { $0.hasPrefix("Norm bij ‘Bezocht volgens het ritme’") })
            #expect(problems.messages.contains { $0.hasPrefix("Eigenaar bij") })
        } else { Issue.record("110 % and a student owner were accepted") }
        let read = try? QualityRequirement.read(indicator: .visitRhythm, norm: " 85 % ", owner: "supervisor",
                                                ownerName: "J. de Vries", statement: "", active: true).get()
        #expect(read?.norm == 85)
        #expect(read?.statement == QualityIndicator.visitRhythm.statement(norm: 85))
    }

    @Test func figuresAddUpStagesAndNameOnlyTheStagesThatFailed() {
        func fact(_ id: String, signed: Bool, started: Bool = true) -> StageQualityFact {
            StageQualityFact(placementID: id, schoolYear: "2026-2027", schoolType: .praktijkonderwijs, yearLevel: 3,
                             sector: .green, needsSupport: false, start: day(9, 1), end: day(11, 1), started: started,
                             completed: false, fullySigned: signed, visits: 0, contactKinds: 0, assessmentsDue: 2,
                             assessmentsOnTime: 1)
        }
        let facts = [fact("a", signed: true), fact("b", signed: false), fact("c", signed: false, started: false)]
        #expect(QualityFigures.ratio(.signedBeforeStart, facts, today: day(12, 1)) == QualityRatio(met: 1, counted: 2))
        #expect(QualityFigures.notMet(.signedBeforeStart, facts, today: day(12, 1)) == ["b"])
        #expect(QualityFigures.ratio(.assessmentsOnTime, facts, today: day(12, 1)) == QualityRatio(met: 3, counted: 6))
    }
}
