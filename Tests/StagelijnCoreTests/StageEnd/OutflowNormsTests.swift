import Foundation
import Testing
@testable import StagelijnCore

@Suite("Stage end: outflow norms")
struct OutflowNormsTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test func thePeildatumIsTheFirstOfNovemberAfterTheSchoolYear() {
        #expect(OutflowNorms.peildatum(leftOn: Self.day("2026-07-10"), yearsAfter: 0) == Self.day("2026-11-01"))
        #expect(OutflowNorms.peildatum(leftOn: Self.day("2026-07-10"), yearsAfter: 2) == Self.day("2028-11-01"))
        // Leaving in the autumn belongs to the school year that ends next summer.
        #expect(OutflowNorms.peildatum(leftOn: Self.day("2026-10-01"), yearsAfter: 0) == Self.day("2027-11-01"))
    }

    @Test func theStatusAtThePeildatumIsTheLatestObservationBeforeIt() {
        let observations: [(on: LocalDate, destination: OutflowDestination)] = [
            (Self.day("2026-07-10"), .mboBOL), (Self.day("2026-10-15"), .none), (Self.day("2026-11-02"), .work),
        ]
        #expect(OutflowNorms.destination(on: Self.day("2026-11-01"), observations: observations) == .none)
        #expect(OutflowNorms.destination(on: Self.day("2026-07-01"), observations: observations) == .unknown)
        let leaver = OutflowNorms.Leaver.at(observations: observations, leftOn: Self.day("2026-07-10"), today: Self.day("2027-12-01"))
        #expect(leaver.atStart == OutflowDestination.none)
        #expect(leaver.afterOneYear == .work)
        #expect(leaver.afterTwoYears == nil, "the second peildatum has not come yet")
    }

    @Test func normsCountLastingDestinationsAndLeaveOutMovedLeavers() {
        // setup: 10 leavers: 8 lasting, 1 without work, 1 moved → 8 of 9 = 88.9 % placed, below 90 %
        let start: [OutflowDestination] = [.work, .work, .mboBOL, .workWithBBL, .dayActivities, .shelteredWork,
                                           .otherSchool, .programme, .none, .moved]
        let leavers = start.map { OutflowNorms.Leaver(atStart: $0, afterOneYear: $0 == .none ? .work : $0, afterTwoYears: nil) }
        // act
        let figures = OutflowNorms.figures(leavers)
        // check
        #expect(figures.leavers == 10)
        #expect(figures.placed.lasting == 8 && figures.placed.counted == 9)
        #expect(figures.placed.meetsNorm == false)
        #expect(figures.afterOneYear.lasting == 9)
        #expect(figures.afterOneYear.meetsNorm == true)
        #expect(figures.afterTwoYears.meetsNorm == nil)
    }

    @Test func countsGiveTheSameFiguresAsLeavers() {
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<100 {
            let leavers = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                OutflowNorms.Leaver(atStart: OutflowDestination.allCases.randomElement(using: &generator),
                                    afterOneYear: Bool.random(using: &generator) ? OutflowDestination.allCases.randomElement(using: &generator) : nil,
                                    afterTwoYears: nil)
            }
            func counts(_ list: [OutflowDestination?]) -> [OutflowDestination: Int] {
                Dictionary(grouping: list.compactMap { $0 }, by: { $0 }).mapValues(\.count)
            }
            let fromCounts = OutflowNorms.figures(leavers: leavers.count, atStart: counts(leavers.map(\.atStart)),
                                                  afterOneYear: counts(leavers.map(\.afterOneYear)), afterTwoYears: [:])
            #expect(fromCounts == OutflowNorms.figures(leavers))
        }
    }

    @Test func exactlyTheNormMeetsIt() {
        #expect(OutflowNorms.Share(lasting: 9, counted: 10, norm: OutflowNorms.placedNorm).meetsNorm == true)
        #expect(OutflowNorms.Share(lasting: 3, counted: 4, norm: OutflowNorms.retainedNorm).meetsNorm == true)
        #expect(OutflowNorms.Share(lasting: 0, counted: 0, norm: OutflowNorms.retainedNorm).rate == nil)
    }
}
