import Testing
@testable import StagelijnCore

@Suite("Stage line: hours over the whole line, the interest test")
struct LineHoursAndInterestTests {
    let today = LocalDate(year: 2027, month: 2, day: 1)!

    func state(_ records: [StepRecord], type: SchoolType = .praktijkonderwijs) -> TrajectoryState {
        TrajectoryState(schoolYear: 4, birthDate: LocalDate(year: 2011, month: 1, day: 1)!, today: today, records: records,
                        decisions: [], readinessMet: true, groupStageHasRoom: true)
    }

    @Test func theProjectionAddsTheRestOfTheLineAndUsesTheFiftyPercentRule() {
        let pro = DefaultStageLines.programme(for: .praktijkonderwijs)
        let done = ["interne-stage", "snuffelstage", "individueel-1", "individueel-2"].map {
            StepRecord(stepKey: $0, status: .done, startedOn: today.adding(days: -400), endedOn: today.adding(days: -30), outcome: .good)
        }
        let running = StepRecord(stepKey: "sectorstage", status: .inProgress, startedOn: today.adding(days: -100))
        let hours = [LineHours.StepHours(stepKey: "individueel-1", doneHours: 180),
                     LineHours.StepHours(stepKey: "individueel-2", doneHours: 220),
                     LineHours.StepHours(stepKey: "sectorstage", doneHours: 300)]
        let summary = LineHours.summary(programme: pro, state: state(done + [running]), hours: hours, instructionHoursPerYear: 988)
        #expect(summary.doneHours == 700)
        // the sector stage's remainder (3 × 7 × 76 − 300) is still expected; the optional group stage and Entree are not
        #expect(summary.projectedHours == 700 + 1596 - 300)
        #expect(summary.courseInstructionHours == 5 * 988)
        #expect(summary.projectedWarnings.isEmpty)
        // a school week of 20 hours: the projection breaks the 50 % average, the hours so far do not
        let tight = LineHours.summary(programme: pro, state: state(done + [running]), hours: hours, instructionHoursPerYear: 380)
        #expect(tight.doneWarnings.isEmpty)
        #expect(tight.projectedWarnings == [.courseAverage(stageHours: 1996, instructionHours: 1900)])
    }

    @Test func entreeUsesTheSixHundredFiftyHourTarget() {
        let pro = DefaultStageLines.programme(for: .praktijkonderwijs)
        let running = StepRecord(stepKey: "entree", status: .inProgress, startedOn: LocalDate(year: 2026, month: 9, day: 1)!)
        let summary = LineHours.summary(programme: pro, state: state([running]), hours: [.init(stepKey: "entree", doneHours: 250)],
                                        instructionHoursPerYear: 988,
                                        entreeSpan: (LocalDate(year: 2026, month: 9, day: 1)!, LocalDate(year: 2027, month: 6, day: 30)!))
        let expected = EntreeHourTarget.progress(doneHours: 250, start: LocalDate(year: 2026, month: 9, day: 1)!,
                                                 end: LocalDate(year: 2027, month: 6, day: 30)!, today: today)
        #expect(summary.entree == expected)
        #expect(summary.entree?.isOnTrack == false)
    }

    @Test func theInterestTestProposesTheTwoBestSectors() {
        let items = StandardInterestItems.items
        #expect(InterestTest.problems(items).isEmpty)
        #expect(items.count == 30)
        #expect(items.prefix(10).map(\.sector) == Sector.allCases) // interleaved
        var answers: [String: InterestAnswer] = [:]
        for item in items { answers[item.key] = .dislike }
        for item in items where item.sector == .green { answers[item.key] = .like }
        for item in items where item.sector == .logistics { answers[item.key] = .unsure }
        answers["logistiek-1"] = .like
        answers["voedsel-1"] = .like
        let result = InterestTest.score(items: items, answers: answers)
        #expect(result.proposed == [.green, .logistics])
        #expect(result.scores.first == .init(sector: .green, percent: 100, likes: 3, answered: 3))
        #expect(result.scores[1].percent == 67)
        #expect(result.scores[2].sector == .food && result.scores[2].percent == 33)
        // nothing liked: nothing proposed
        #expect(InterestTest.score(items: items, answers: [:]).proposed.isEmpty)
        #expect(InterestTest.mergedInterests(existing: [.food, .green], proposed: [.green, .logistics]) == [.green, .logistics, .food])
    }

    @Test func aSchoolsItemListNeedsTwoItemsPerSector() {
        var items = StandardInterestItems.items.filter { $0.sector != .cleaning || $0.key == "schoonmaak-1" }
        #expect(InterestTest.problems(items) == ["Schoonmaak heeft minstens twee uitspraken nodig."])
        items.append(InterestItem(key: "x", sector: .cleaning, statement: "", picture: "🧽"))
        #expect(InterestTest.problems(items) == ["Een uitspraak is leeg."])
    }
}
