import Testing
@testable import StagelijnCore

@Suite("Assessment rules")
struct AssessmentRulesTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func defaultScheduleIsAnInterimHalfwayAndAFinalInTheLastWeekOnWorkingDays() {
        // 2026-09-07 (Mon) to 2026-11-27 (Fri): 81 days, halfway = 2026-10-17 (Sat) → Friday 16-10.
        let plan = AssessmentSchedule.defaults(stageStart: date("2026-09-07"), stageEnd: date("2026-11-29"))
        #expect(plan == [PlannedAssessment(kind: .interim, dueOn: date("2026-10-16")),
                         PlannedAssessment(kind: .final, dueOn: date("2026-11-27"))])
        #expect(plan.allSatisfy { $0.dueOn.isoWeekday <= 5 })
    }

    @Test func aVeryShortStageOnlyGetsAFinalAssessment() {
        let plan = AssessmentSchedule.defaults(stageStart: date("2026-09-07"), stageEnd: date("2026-09-07"))
        #expect(plan.map(\.kind) == [.final])
    }

    @Test func statusSaysDueSoonOverdueAndWhetherItWasDoneOnTime() {
        let due = date("2026-10-16")
        #expect(AssessmentSchedule.status(dueOn: due, completedOn: nil, today: date("2026-10-01")) == .notYetDue)
        #expect(AssessmentSchedule.status(dueOn: due, completedOn: nil, today: date("2026-10-09")) == .dueSoon)
        #expect(AssessmentSchedule.status(dueOn: due, completedOn: nil, today: date("2026-10-17")) == .overdue)
        #expect(AssessmentSchedule.status(dueOn: due, completedOn: date("2026-10-16"), today: date("2026-12-01")) == .doneOnTime)
        #expect(AssessmentSchedule.status(dueOn: due, completedOn: date("2026-10-19"), today: date("2026-12-01")) == .doneLate)
    }

    @Test func anItemTheCompanyCannotOfferNeedsARealAlternative() {
        let keys: Set = ["a", "b", "c", "d"]
        let problems = OfferGaps.problems(marked: ["a", "b", "c", "d"],
                                          alternatives: ["a": "n.v.t.", "b": "kort", "c": "Telefoon aannemen voor de afdeling", "d": ""],
                                          knownKeys: keys)
        #expect(Set(problems.keys) == ["a", "b", "d"])
        #expect(OfferGaps.problems(marked: ["x"], alternatives: ["x": "Een heel goed alternatief"], knownKeys: keys)["x"] != nil)
        #expect(OfferGaps.problems(marked: [], alternatives: [:], knownKeys: keys).isEmpty)
    }

    @Test func anUnusedFormIsEditedInPlaceAndAFormInUseGetsANewVersion() {
        let current = StandardForms.praktijkonderwijs
        let changed = AssessmentFormContent(title: current.title, items: Array(current.items.dropLast()))
        #expect(FormVersioning.edit(current: current, version: 3, inUse: false, proposed: changed) == .editInPlace)
        #expect(FormVersioning.edit(current: current, version: 3, inUse: true, proposed: changed) == .newVersion(number: 4))
        #expect(FormVersioning.edit(current: current, version: 3, inUse: true, proposed: current) == .unchanged)
    }

    @Test func standardFormsHaveAllFiveAreasTheTenCoreSkillsAndUniqueKeys() {
        for form in [StandardForms.praktijkonderwijs, StandardForms.vso] {
            #expect(FormVersioning.problems(form).isEmpty)
            let areas = Set(form.items.map(\.area))
            #expect(areas == Set(CompetencyArea.allCases).subtracting([.goals]))
            #expect(form.items.filter { $0.area == .coreWorkSkills }.count == 10)
        }
    }

    @Test func goalsAreAddedAsTheirOwnGroupAfterTheAreas() {
        let groups = StandardForms.vso.items(withGoals: [(key: "doel.1", text: "harder praten")])
        #expect(groups.last?.area == .goals)
        #expect(groups.last?.items.map(\.text) == ["harder praten"])
        #expect(groups.first?.area == .personal)
    }

    @Test func anItemKeyIgnoresCaseAndAccentsSoRetypingKeepsGrowthComparable() {
        #expect(FormVersioning.key(area: .work, text: "Werkt nauwkeurig") == FormVersioning.key(area: .work, text: "werkt  NAUWKEURIG"))
        #expect(FormVersioning.key(area: .work, text: "Werkt nauwkeurig") != FormVersioning.key(area: .social, text: "Werkt nauwkeurig"))
        let doubled = AssessmentFormContent(title: "x", items: [FormItem(key: "k", area: .work, text: "a"), FormItem(key: "k", area: .work, text: "b")])
        #expect(!FormVersioning.problems(doubled).isEmpty)
    }

    @Test func growthComparesThisRoundWithThePrevious() {
        #expect(Growth.compare(previous: .practising, current: .good) == .up(by: 2))
        #expect(Growth.compare(previous: .good, current: .sufficient) == .down(by: 1))
        #expect(Growth.compare(previous: .good, current: .good) == .same)
        #expect(Growth.compare(previous: nil, current: .good) == .new)
        #expect(Growth.compare(previous: .good, current: nil) == nil)
    }

    @Test func theScaleReadsWordsAndNumbersAndCountsSufficientAsReached() {
        #expect(Score(word: "oefenen") == .practising)
        #expect(Score(word: "4") == .good)
        #expect(Score(word: "soms") == nil)
        #expect(Score(word: "5") == nil)
        #expect(Score.allCases.filter(\.isReached) == [.sufficient, .good])
    }

    @Test func phaseFollowsSchoolTypeAndYear() {
        #expect(ProgrammePhase.of(.praktijkonderwijs, year: 3) == .proIndividual)
        #expect(ProgrammePhase.of(.praktijkonderwijs, year: 5) == .proDeepening)
        #expect(ProgrammePhase.of(.vso, year: 3) == .vsoGuidedExternal)
        #expect(ProgrammePhase.allCases.allSatisfy { !$0.standardGoals.isEmpty })
    }
}

@Suite("Assessment figures")
struct AssessmentFiguresTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func timelinessCountsOnlyWhatWasDueAndGoalsReachedFromTheSchoolsScores() {
        let facts = [
            AssessmentFact(group: "Groen", dueOn: date("2026-10-01"), completedOn: date("2026-10-01"),
                           scores: ["doel.a": .good, "doel.b": .practising, "x": .never], goalKeys: ["doel.a", "doel.b"]),
            AssessmentFact(group: "Groen", dueOn: date("2026-10-01"), completedOn: date("2026-10-05"), scores: ["doel.c": .sufficient], goalKeys: ["doel.c"]),
            AssessmentFact(group: "Groen", dueOn: date("2026-10-10"), completedOn: nil, scores: [:], goalKeys: []),
            AssessmentFact(group: "Groen", dueOn: date("2027-01-10"), completedOn: nil, scores: [:], goalKeys: []),
            AssessmentFact(group: "Logistiek", dueOn: date("2026-10-10"), completedOn: nil, scores: [:], goalKeys: []),
        ]
        let figures = AssessmentFigures.timeliness(facts, today: date("2026-11-01"))
        #expect(figures.map(\.group) == ["Groen", "Logistiek"])
        let green = figures[0].figures
        #expect(green.due == 3 && green.onTime == 1 && green.late == 1 && green.overdue == 1)
        #expect(green.goalsAssessed == 3 && green.goalsReached == 2)
    }

    @Test func distributionCountsEachScorePerItem() {
        let item = FormItem(key: "k", area: .work, text: "Werkt nauwkeurig")
        let facts = [Score.good, .good, .practising].map {
            AssessmentFact(group: "", dueOn: date("2026-10-01"), completedOn: date("2026-10-01"), scores: ["k": $0], goalKeys: [])
        }
        #expect(AssessmentFigures.distribution(facts, items: [item]).first?.counts == [0, 1, 0, 2])
    }
}

@Suite("Assessment schedule before the stage starts")
struct AssessmentScheduleStartTests {
    @Test func aStageThatHasNotStartedIsPlannedFromTodaySoNothingIsLateBeforeTheFirstDay() {
        let start = LocalDate(iso: "2026-09-28")!, end = LocalDate(iso: "2026-12-18")!, today = LocalDate(iso: "2026-12-02")!
        let plan = AssessmentSchedule.defaults(stageStart: start, stageEnd: end, notBefore: today)
        #expect(plan.allSatisfy { $0.dueOn >= today })
        #expect(plan.last == PlannedAssessment(kind: .final, dueOn: end))
        // a running stage planned late keeps its real dates (and shows the interim as overdue, honestly)
        #expect(AssessmentSchedule.defaults(stageStart: start, stageEnd: end).first?.dueOn == LocalDate(iso: "2026-11-06"))
    }
}
