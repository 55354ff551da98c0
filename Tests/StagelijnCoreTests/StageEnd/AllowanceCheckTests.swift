import Foundation
import Testing
@testable import StagelijnCore

@Suite("Stage end: allowance check")
struct AllowanceCheckTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test(arguments: [(15, 441), (16, 507), (17, 581), (18, 736), (19, 883), (20, 1177), (21, 1471), (35, 1471)])
    func theYouthMinimumWageOf2026ByAge(age: Int, cents: Int) {
        #expect(YouthMinimumWageTable.netherlands.centsPerHour(age: age, on: Self.day("2026-03-01")) == cents)
    }

    @Test func noMinimumWageBelowFifteenOrBeforeTheTable() {
        #expect(YouthMinimumWageTable.netherlands.centsPerHour(age: 14, on: Self.day("2026-03-01")) == nil)
        #expect(YouthMinimumWageTable.netherlands.referenceCentsPerHour(age: 14, on: Self.day("2026-03-01")) == 441)
        #expect(YouthMinimumWageTable.netherlands.centsPerHour(age: 18, on: Self.day("2025-12-31")) == nil)
    }

    @Test func anIndexationIsADataChange() {
        // setup: the 2026 table plus an (invented) July indexation
        var entries = YouthMinimumWageTable.netherlands.entries
        entries.append(.init(effectiveFrom: Self.day("2026-07-01"), centsPerHourByAge: [21: 1500, 18: 750, 15: 450]))
        let table = YouthMinimumWageTable(entries: entries)
        // check: the date decides which table counts
        #expect(table.centsPerHour(age: 18, on: Self.day("2026-06-30")) == 736)
        #expect(table.centsPerHour(age: 18, on: Self.day("2026-07-01")) == 750)
        #expect(table.centsPerHour(age: 19, on: Self.day("2026-07-01")) == 750, "a missing age takes the nearest lower age")
    }

    @Test func perHourAndPerMonthForTheScheduledHours() {
        // setup: €400 a month for 3 days of 7 hours, a 17-year-old
        let allowance = Allowance(amountCents: 40000, unit: .perMonth, source: .cao, costReimbursementCentsPerMonth: 5000)
        // act
        let result = AllowanceCheck.check(allowance, age: 17, on: Self.day("2026-03-01"), hoursPerWeek: 21, norm: nil)
        // check: 21 × 52 / 12 = 91 hours a month
        #expect(abs(result.scheduledHoursPerMonth - 91) < 1e-9)
        #expect(result.allowanceCentsPerHour == 440)
        #expect(result.minimumWageCentsPerHour == 581)
        #expect(result.minimumWageCentsPerMonth == 52871)
        #expect(result.isOK)
    }

    @Test func anHourlyAllowanceIsTurnedIntoAMonth() {
        let allowance = Allowance(amountCents: 300, unit: .perHour, source: .companyPolicy, costReimbursementCentsPerMonth: 0)
        let result = AllowanceCheck.check(allowance, age: 16, on: Self.day("2026-03-01"), hoursPerWeek: 12, norm: nil)
        #expect(result.allowanceCentsPerMonth == 15600)
    }

    @Test func theSchoolNormFlagsTooLittleAndNoCosts() {
        let norm = AllowanceNorm(minimumCentsPerMonth: 20000, requiresCostReimbursement: true)
        let none = Allowance(amountCents: 0, unit: .perMonth, source: .none, costReimbursementCentsPerMonth: 0)
        let result = AllowanceCheck.check(none, age: 16, on: Self.day("2026-03-01"), hoursPerWeek: 12, norm: norm)
        #expect(result.flags == [.noCostReimbursement, .belowSchoolNorm(normCentsPerMonth: 20000)])
        let fair = Allowance(amountCents: 25000, unit: .perMonth, source: .cao, costReimbursementCentsPerMonth: 3000)
        #expect(AllowanceCheck.check(fair, age: 16, on: Self.day("2026-03-01"), hoursPerWeek: 12, norm: norm).isOK)
    }

    @Test func manyHoursForAlmostNothingIsFlaggedAsUnpaidLabour() {
        // setup: 32 hours a week for €100 a month at 18: far below half the youth minimum wage
        let little = Allowance(amountCents: 10000, unit: .perMonth, source: .companyPolicy, costReimbursementCentsPerMonth: 0)
        let result = AllowanceCheck.check(little, age: 18, on: Self.day("2026-03-01"), hoursPerWeek: 32, norm: nil)
        guard case let .reallyUnpaidLabour(hours, share)? = result.flags.first else {
            Issue.record("expected the unpaid-labour flag, got \(result.flags)"); return
        }
        #expect(hours == 32)
        #expect(share < 0.1)
        #expect(result.flags.first?.dutchMessage.contains("verkapte arbeid") == true)
        // The same pay for a normal stage week (3 days of 7 hours) is not labour.
        #expect(AllowanceCheck.check(little, age: 18, on: Self.day("2026-03-01"), hoursPerWeek: 21, norm: nil).isOK)
        // Paid at least half the minimum wage is not flagged either.
        let half = Allowance(amountCents: 368, unit: .perHour, source: .cao, costReimbursementCentsPerMonth: 0)
        #expect(AllowanceCheck.check(half, age: 18, on: Self.day("2026-03-01"), hoursPerWeek: 32, norm: nil).isOK)
    }

    @Test(arguments: [("400", 40000), ("400,50", 40050), ("€ 1.250,00", 125000), ("4.41", 441), ("4,4", 440), ("0", 0)])
    func amountsAreReadAsTyped(text: String, cents: Int) {
        #expect(parseEuroCents(text) == cents)
    }

    @Test(arguments: ["", "abc", "4,441", "-5", "1.2.3", "99999999"])
    func wrongAmountsAreRefused(text: String) {
        #expect(parseEuroCents(text) == nil)
    }

    @Test func euroIsWrittenTheDutchWay() {
        #expect(euro(125050) == "€ 1.250,50")
        #expect(euro(441) == "€ 4,41")
    }

    @Test func sharePerSectorLeavesOutEmptySectors() {
        let rows = AllowanceShare.table([.green: (1, 4), .food: (0, 0), .logistics: (3, 3)])
        #expect(rows.map(\.sector) == [.green, .logistics])
        #expect(rows[0].rate == 0.25)
    }
}
