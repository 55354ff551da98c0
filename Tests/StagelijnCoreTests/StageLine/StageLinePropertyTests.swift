import Testing
@testable import StagelijnCore

@Suite("Stage line properties: a step is only offered when its conditions hold; never more than the dagdeel capacity")
struct StageLinePropertyTests {
    /// Random states over every default line: every offered step has all conditions holding, and every step in use
    /// that is neither done nor running and whose conditions all hold is offered.
    @Test func aStepIsOfferedExactlyWhenItsConditionsHold() {
        var random = SeededGenerator(seed: 14)
        let today = LocalDate(year: 2027, month: 3, day: 1)!
        for round in 0..<3000 {
            let type = SchoolType.allCases.randomElement(using: &random)!
            var programme = DefaultStageLines.programme(for: type)
            if Bool.random(using: &random), !programme.phases[0].steps.isEmpty { programme.phases[0].steps[0].inUse = false }
            let keys = programme.steps.map(\.key)
            let records = keys.compactMap { key -> StepRecord? in
                switch Int.random(in: 0..<4, using: &random) {
                case 0: StepRecord(stepKey: key, status: .done, startedOn: today.adding(days: -100), endedOn: today, outcome: .good)
                case 1: StepRecord(stepKey: key, status: .inProgress, startedOn: today.adding(days: -10))
                case 2: StepRecord(stepKey: key, status: .stopped, startedOn: today.adding(days: -50), outcome: .droppedOut)
                default: nil
                }
            }
            let decisions = (0..<Int.random(in: 0...4, using: &random)).map { index -> LineDecision in
                let kind = LineDecisionKind.allCases.randomElement(using: &random)!
                let outcome = kind.outcomes?.randomElement(using: &random)
                    ?? (kind == .sectorChoice ? Sector.allCases.randomElement(using: &random)!.rawValue : "Groen")
                return LineDecision(kind: kind, outcome: outcome, decidedOn: today.adding(days: -index), decidedBy: "x",
                                    participants: [.student], reason: "r")
            }
            let state = TrajectoryState(schoolYear: Int.random(in: 1...6, using: &random),
                                        birthDate: today.adding(days: -Int.random(in: 12 * 365...18 * 365, using: &random)),
                                        today: today, records: records, decisions: decisions,
                                        readinessMet: Bool.random(using: &random), groupStageHasRoom: Bool.random(using: &random))
            let offered = Set(StageLineRules.offered(programme, state).map(\.key))
            for step in programme.steps {
                let allHold = step.conditions.allSatisfy { StageLineRules.holds($0, state) }
                let free = step.inUse && !state.isDone(step.key) && !state.isInProgress(step.key)
                #expect(offered.contains(step.key) == (allHold && free), "round \(round) \(step.key)")
            }
            // The next steps agree with the offer and show every failing condition.
            for next in StageLineRules.nextSteps(programme, state) {
                #expect(next.offered == next.conditions.allSatisfy(\.holds))
                #expect(next.offered == offered.contains(next.step.key))
            }
        }
    }

    @Test func theWeeklyPlanNeverExceedsTheCapacityOfADagdeel() {
        var random = SeededGenerator(seed: 5)
        for round in 0..<500 {
            let locations = (0..<Int.random(in: 1...3, using: &random)).map { index in
                GroupStagePlanning.Location(id: "L\(index)", capacity: Dictionary(uniqueKeysWithValues:
                    Dagdeel.all.filter { _ in Bool.random(using: &random) }.map { ($0, Int.random(in: 0...6, using: &random)) }))
            }
            let requests = (0..<Int.random(in: 0...40, using: &random)).map { index in
                GroupStagePlanning.Request(student: "S\(index)", dagdelen: Int.random(in: 1...4, using: &random),
                                           available: Set(Dagdeel.all.filter { _ in Int.random(in: 0..<3, using: &random) > 0 }))
            }
            // fixed slots from an earlier week, some of them now over capacity or doubled
            let fixed = (0..<Int.random(in: 0...15, using: &random)).map { _ in
                GroupStagePlanning.Slot(student: "S\(Int.random(in: 0..<10, using: &random))", location: "L0",
                                        dagdeel: Dagdeel.all.randomElement(using: &random)!)
            }
            let plan = GroupStagePlanning.plan(locations: locations, requests: requests, fixed: fixed)
            for location in locations {
                for dagdeel in Dagdeel.all {
                    let used = plan.slots.filter { $0.location == location.id && $0.dagdeel == dagdeel }.count
                    #expect(used <= location.capacity[dagdeel] ?? 0, "round \(round) \(location.id) \(dagdeel)")
                }
            }
            // a student is never in two places in one dagdeel, gets no more than asked, only when available
            let pairs = plan.slots.map { "\($0.student)|\($0.dagdeel)" }
            #expect(Set(pairs).count == pairs.count)
            for request in requests {
                let mine = plan.slots.filter { $0.student == request.student }
                let isFixed = { (slot: GroupStagePlanning.Slot) in fixed.contains(slot) }
                #expect(mine.filter { !isFixed($0) }.allSatisfy { request.available.isEmpty || request.available.contains($0.dagdeel) })
                #expect(mine.count <= max(request.dagdelen, mine.filter(isFixed).count))
                #expect(mine.count + (plan.shortfall[request.student] ?? 0) >= request.dagdelen)
            }
            // room is left exactly when some dagdeel has a free place
            let free = GroupStagePlanning.free(locations: locations, slots: plan.slots)
            #expect(free.values.allSatisfy { $0.values.allSatisfy { $0 >= 0 } })
            #expect(GroupStagePlanning.hasRoom(locations: locations, slots: plan.slots) == free.values.contains { $0.values.contains { $0 > 0 } })
        }
    }

    @Test func aFullGroupStageLeavesAShortfallAndSpreadsOverTheWeek() {
        let monday = Dagdeel(weekday: 1, afternoon: false)!
        let location = GroupStagePlanning.Location(id: "kas", capacity: [monday: 5])
        let requests = (1...7).map { GroupStagePlanning.Request(student: "S\($0)", dagdelen: 1) }
        let plan = GroupStagePlanning.plan(locations: [location], requests: requests)
        #expect(plan.slots.count == 5)
        #expect(plan.shortfall == ["S6": 1, "S7": 1])
        #expect(!GroupStagePlanning.hasRoom(locations: [location], slots: plan.slots))
        let week = GroupStagePlanning.Location(id: "kas", capacity: Dictionary(uniqueKeysWithValues: Dagdeel.all.map { ($0, 5) }))
        let spread = GroupStagePlanning.plan(locations: [week], requests: requests)
        #expect(Set(spread.slots.map(\.dagdeel)).count == 7)
        #expect(Dagdeel(code: "wo-m")?.dutch == "woensdagmiddag")
        #expect(Dagdeel(code: "za-o") == nil)
    }
}
