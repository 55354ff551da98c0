import Testing
@testable import StagelijnCore

@Suite("Stage line: default programmes, step rules, position, decisions")
struct StageLineRulesTests {
    let today = LocalDate(year: 2027, month: 6, day: 20)!
    let born2012 = LocalDate(year: 2012, month: 3, day: 1)!

    func state(year: Int = 3, birth: LocalDate? = nil, records: [StepRecord] = [], decisions: [LineDecision] = [],
               ready: Bool = false, room: Bool = true) -> TrajectoryState {
        TrajectoryState(schoolYear: year, birthDate: birth ?? born2012, today: today, records: records, decisions: decisions,
                        readinessMet: ready, groupStageHasRoom: room)
    }

    func decision(_ kind: LineDecisionKind, _ outcome: String, on date: LocalDate? = nil) -> LineDecision {
        LineDecision(kind: kind, outcome: outcome, decidedOn: date ?? today, decidedBy: "Coördinator", participants: [.student],
                     reason: "Besproken")
    }

    @Test func everySchoolTypeShipsAUsableLine() {
        for type in SchoolType.allCases {
            let programme = DefaultStageLines.programme(for: type)
            #expect(programme.schoolType == type)
            #expect(programme.problems().isEmpty, "\(type): \(programme.problems())")
            #expect(!programme.steps.isEmpty)
        }
        let pro = DefaultStageLines.programme(for: .praktijkonderwijs)
        #expect(pro.phases.map(\.key) == ["voorbereiding", "orientatie", "verdieping", "entree"])
        #expect(DefaultStageLines.programme(for: .vso).steps.map(\.kind) == [.vsoInternal, .vsoGuidedExternal, .vsoIndependent])
        #expect(Set(DefaultStageLines.programme(for: .vmboBB).steps.map(\.kind)) == [.blockStage, .weeklyStage])
        // seed 004: individual stage I is 2 days of 5 hours, II 2 days of 6 hours, deepening 3 days of 7 hours
        #expect(pro.step("individueel-1").map { ($0.daysPerWeek, $0.hoursPerDay) }! == (2, 5))
        #expect(pro.step("individueel-2").map { ($0.daysPerWeek, $0.hoursPerDay) }! == (2, 6))
        #expect(pro.step("sectorstage").map { ($0.daysPerWeek, $0.hoursPerDay) }! == (3, 7))
    }

    @Test func anEditedLineWithProblemsIsRefused() {
        var programme = DefaultStageLines.programme(for: .praktijkonderwijs)
        programme.phases[0].steps[0].name = " "
        programme.phases[1].steps[0].hoursPerDay = 20
        programme.phases[1].steps[1].conditions[0] = .minimumYear(12)
        let problems = programme.problems()
        #expect(problems.contains("Geef elke stap een naam."))
        #expect(problems.contains { $0.hasPrefix("Groepsstage: dagen per week") })
        #expect(problems.contains("Individuele stage I: het leerjaar moet tussen 1 en 8 liggen."))
    }

    @Test func theIndividualStageNeedsAgeReadinessAndTheAdvice() {
        let pro = DefaultStageLines.programme(for: .praktijkonderwijs)
        let step = pro.step("individueel-1")!
        let advice = decision(.provisionalAdvice, ProvisionalAdvice.individualStage.rawValue)
        #expect(!StageLineRules.isOffered(step, state(decisions: [advice], ready: false)))
        #expect(StageLineRules.isOffered(step, state(decisions: [advice], ready: true)))
        // 13 years old on the day: not offered although ready
        let young = LocalDate(year: 2013, month: 7, day: 1)!
        #expect(!StageLineRules.isOffered(step, state(birth: young, decisions: [advice], ready: true)))
        // a later advice for the group stage replaces the earlier one
        let later = decision(.provisionalAdvice, ProvisionalAdvice.groupStage.rawValue, on: today.adding(days: 1))
        #expect(!StageLineRules.isOffered(step, state(decisions: [advice, later], ready: true)))
        #expect(StageLineRules.isOffered(pro.step("groepsstage")!, state(decisions: [advice, later])))
        #expect(!StageLineRules.isOffered(pro.step("groepsstage")!, state(decisions: [advice, later], room: false)))
        // from the group stage back to an individual stage
        let back = decision(.readyForIndividual, "ja", on: today.adding(days: 2))
        #expect(StageLineRules.isOffered(step, state(decisions: [advice, later, back], ready: true)))
    }

    @Test func theVSOLineStepsUpOnlyByDecisionWithinAProfile() {
        let vso = DefaultStageLines.programme(for: .vso)
        let bis = StepRecord(stepKey: "bis", status: .done, startedOn: today.adding(days: -300), endedOn: today, outcome: .movedOn)
        #expect(StageLineRules.offered(vso, state(year: 1)).map(\.key) == ["bis"])
        #expect(StageLineRules.offered(vso, state(records: [bis], decisions: [decision(.stepUp, "bes")])).isEmpty)
        let withProfile = state(records: [bis], decisions: [decision(.profile, "Groen"), decision(.stepUp, "bes")])
        #expect(StageLineRules.offered(vso, withProfile).map(\.key) == ["bes"])
        let position = StageLineRules.position(vso, withProfile)
        #expect(position.phaseKey == "bis" && position.status == .between)
        let running = StepRecord(stepKey: "bes", status: .inProgress, startedOn: today)
        var inBES = withProfile
        inBES.records.append(running)
        #expect(StageLineRules.position(vso, inBES) == LinePosition(vso, stepKey: "bes", status: .inProgress))
        #expect(StageLineRules.position(vso, inBES).dutch(in: vso) == "Bezig met: Begeleide externe stage (BES)")
        let next = StageLineRules.nextSteps(vso, inBES)
        #expect(next.map(\.step.key) == ["zes"])
        #expect(next[0].conditions.filter { !$0.holds }.map(\.text) == ["‘Begeleide externe stage (BES)’ is afgerond",
                                                                         "Doorstroom: naar ZES (zelfstandige externe stage)"])
    }

    @Test func decisionsNeedAReasonTheRightPeopleAndTheLineOrder() {
        let none = state()
        let problems = { (kind: LineDecisionKind, outcome: String, people: [DecisionParticipant], type: SchoolType, s: TrajectoryState) in
            LineDecisionRules.problems(kind: kind, outcome: outcome, reason: "Goed besproken", participants: people,
                                       schoolType: type, profiles: DefaultStageLines.vsoProfiles, state: s).map(\.field)
        }
        #expect(problems(.provisionalAdvice, "groepsstage", [.student, .parents], .praktijkonderwijs, none).isEmpty)
        #expect(problems(.provisionalAdvice, "groepsstage", [.parents], .praktijkonderwijs, none) == ["participants"])
        #expect(problems(.provisionalAdvice, "iets", [.student], .praktijkonderwijs, none) == ["outcome"])
        #expect(problems(.provisionalAdvice, "groepsstage", [.student], .vso, none) == ["kind"])
        #expect(problems(.readyForIndividual, "ja", [.parents, .mentor], .praktijkonderwijs, none) == ["participants"])
        #expect(problems(.readyForIndividual, "ja", [.parents, .mentor, .supervisor], .praktijkonderwijs, none).isEmpty)
        #expect(problems(.sectorChoice, "groen", [.student], .praktijkonderwijs, none).isEmpty)
        #expect(problems(.profile, "Ruimtevaart", [.student], .vso, none) == ["outcome"])
        // BES only after BIS, within a profile; ZES only after BES
        #expect(problems(.stepUp, "bes", [.student], .vso, none).filter { $0 == "outcome" }.count == 2)
        let inBIS = state(records: [StepRecord(stepKey: "bis", status: .inProgress, startedOn: today)],
                          decisions: [decision(.profile, "Horeca")])
        #expect(problems(.stepUp, "bes", [.student, .jobCoach], .vso, inBIS).isEmpty)
        #expect(problems(.stepUp, "zes", [.student], .vso, inBIS) == ["outcome"])
        let noReason = LineDecisionRules.problems(kind: .stepUp, outcome: "blijft", reason: " ", participants: [.student],
                                                  schoolType: .vso, profiles: [], state: inBIS)
        #expect(noReason.map(\.field) == ["reason"])
    }

    @Test func positionsCanBeCounted() {
        let vso = DefaultStageLines.programme(for: .vso)
        let a = LinePosition(vso, stepKey: "bis", status: .inProgress)
        let b = LinePosition(vso, stepKey: "bes", status: .inProgress)
        #expect(LinePosition.counts([a, b, a]) == [a: 2, b: 1])
        #expect(StageLineRules.position(vso, state()).status == .notStarted)
    }
}
