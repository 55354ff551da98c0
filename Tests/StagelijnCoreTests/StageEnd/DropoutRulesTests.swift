import Foundation
import Testing
@testable import StagelijnCore

@Suite("Stage end: dropout rules")
struct DropoutRulesTests {
    static func situation(_ type: SchoolType = .praktijkonderwijs, room: Bool = true, support: Bool = false,
                          entree: EntreeOutlook? = nil) -> DropoutSituation {
        DropoutSituation(schoolType: type, groupStageHasRoom: room, supportTeamConsulted: support, entree: entree)
    }

    @Test func backToTheGroupStageOnlyWithRoom() {
        // act
        let full = DropoutNextStepRules.refusal(.backToGroupStage, Self.situation(room: false))
        let free = DropoutNextStepRules.refusal(.backToGroupStage, Self.situation(room: true))
        // check
        #expect(full?.contains("groepsstage is vol") == true)
        #expect(free == nil)
    }

    @Test func anAlternativeProgrammeOnlyAfterTheSupportTeam() {
        #expect(DropoutNextStepRules.refusal(.alternativeProgramme, Self.situation(support: false)) != nil)
        #expect(DropoutNextStepRules.refusal(.alternativeProgramme, Self.situation(support: true)) == nil)
    }

    @Test func aNewPlaceIsAlwaysPossible() {
        for type in SchoolType.allCases {
            for room in [true, false] {
                #expect(DropoutNextStepRules.refusal(.newPlacement, Self.situation(type, room: room)) == nil)
            }
        }
    }

    @Test func theEntreeExtensionOnlyWhen650HoursCannotBeMade() {
        // setup: 300 hours done, 10 weeks of 21 hours left → 510, short of 650
        let short = EntreeOutlook(doneHours: 300, remainingWeeks: 10, hoursPerWeek: 21)
        let enough = EntreeOutlook(doneHours: 500, remainingWeeks: 10, hoursPerWeek: 21)
        // check
        #expect(!short.canStillReachTarget)
        #expect(short.reachableHours == 510)
        #expect(DropoutNextStepRules.refusal(.entreeExtension, Self.situation(.entree, entree: short)) == nil)
        #expect(DropoutNextStepRules.refusal(.entreeExtension, Self.situation(.entree, entree: enough))?.contains("haalbaar") == true)
        #expect(DropoutNextStepRules.refusal(.entreeExtension, Self.situation(.praktijkonderwijs, entree: short)) != nil)
        // The option is not even offered outside Entree.
        #expect(!DropoutNextStepRules.options(Self.situation(.praktijkonderwijs)).map(\.step).contains(.entreeExtension))
        #expect(DropoutNextStepRules.options(Self.situation(.entree, entree: short)).map(\.step).contains(.entreeExtension))
    }

    @Test func theTargetIsTheOneEntreeTarget() {
        // The outlook uses EntreeHourTarget's 650, exactly at the boundary.
        let exact = EntreeOutlook(doneHours: EntreeHourTarget.requiredHours - 42, remainingWeeks: 2, hoursPerWeek: 21)
        #expect(exact.canStillReachTarget)
        let justShort = EntreeOutlook(doneHours: EntreeHourTarget.requiredHours - 42.5, remainingWeeks: 2, hoursPerWeek: 21)
        #expect(!justShort.canStillReachTarget)
    }

    @Test func aNextStepNeedsTheTalkAndTheCompanyFirst() {
        let none = DropoutProgress(talkRecorded: false, companyContacted: false, mentorInformed: true, nextStep: nil)
        let problems = DropoutNextStepRules.problems(choosing: .newPlacement, Self.situation(), progress: none)
        #expect(problems.count == 2)
        let ready = DropoutProgress(talkRecorded: true, companyContacted: true, mentorInformed: true, nextStep: nil)
        #expect(DropoutNextStepRules.problems(choosing: .newPlacement, Self.situation(), progress: ready).isEmpty)
        #expect(DropoutNextStepRules.problems(choosing: .backToGroupStage, Self.situation(room: false), progress: ready).count == 1)
    }

    @Test func onlyARunningStageEndedEarlyIsADropout() {
        for from in PlacementStatus.allCases {
            for to in PlacementStatus.allCases {
                #expect(DropoutTrigger.opensDropout(from: from, to: to) == (from == .active && to == .terminated))
            }
        }
    }

    @Test func openUntilANextStepIsRecorded() {
        var progress = DropoutProgress(talkRecorded: true, companyContacted: true, mentorInformed: true, nextStep: nil)
        #expect(progress.isOpen)
        #expect(progress.missing == ["vervolgstap kiezen"])
        progress.nextStep = .newPlacement
        #expect(!progress.isOpen)
        #expect(progress.missing.isEmpty)
    }
}
