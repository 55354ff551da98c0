import Foundation
import Testing
@testable import StagelijnCore

@Suite("Meldpunt rules")
struct MeldpuntRulesTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    // MARK: 3 school days

    @Test(arguments: [
        ("2026-09-21", "2026-09-24"), // Monday → Thursday
        ("2026-09-24", "2026-09-29"), // Thursday → Tuesday (weekend skipped)
        ("2026-09-25", "2026-09-30"), // Friday → Wednesday
        ("2026-09-26", "2026-09-30"), // Saturday → Wednesday
        ("2026-09-27", "2026-09-30"), // Sunday → Wednesday
    ])
    func theDeadlineIsTheThirdSchoolDayAfterArrival(received: String, due: String) {
        #expect(ResponseDeadline.due(receivedOn: Self.day(received), calendar: SchoolCalendar()) == Self.day(due))
    }

    @Test func holidaysDoNotCount() {
        // setup: herfstvakantie 19–23 October 2026
        let calendar = SchoolCalendar(holidays: [Self.day("2026-10-19")...Self.day("2026-10-23")])
        // act / check: a report on Friday 16 October is due on Wednesday 28 October
        #expect(ResponseDeadline.due(receivedOn: Self.day("2026-10-16"), calendar: calendar) == Self.day("2026-10-28"))
        #expect(!calendar.isSchoolDay(Self.day("2026-10-21")))
        #expect(calendar.schoolDays(from: Self.day("2026-10-16"), to: Self.day("2026-10-27")) == 2)
    }

    @Test func overdueOnlyAfterTheDueDayWithoutAnAnswer() {
        let due = Self.day("2026-09-24")
        #expect(!ResponseDeadline.isOverdue(status: .new, firstResponseOn: nil, due: due, today: due))
        #expect(ResponseDeadline.isOverdue(status: .new, firstResponseOn: nil, due: due, today: Self.day("2026-09-25")))
        #expect(!ResponseDeadline.isOverdue(status: .inProgress, firstResponseOn: Self.day("2026-09-22"), due: due, today: Self.day("2026-10-25")))
        #expect(!ResponseDeadline.isOverdue(status: .registered, firstResponseOn: nil, due: due, today: Self.day("2026-10-25")),
                "a report that is only registered asks for no action")
        #expect(!ResponseDeadline.isOverdue(status: .closed, firstResponseOn: nil, due: due, today: Self.day("2026-10-25")))
    }

    @Test func holidaysAreReadLineByLineAndWrongLinesNamed() {
        let parsed = SchoolCalendar.parseHolidays("2026-12-21 t/m 2027-01-01\n\n06-04-2027\nkerst\n2027-05-01 t/m 2027-04-01")
        #expect(parsed.ranges == [Self.day("2026-12-21")...Self.day("2027-01-01"), Self.day("2027-04-06")...Self.day("2027-04-06")])
        #expect(parsed.unreadable == ["kerst", "2027-05-01 t/m 2027-04-01"])
        #expect(SchoolCalendar.parseHolidays(SchoolCalendar.formatHolidays(parsed.ranges)).ranges == parsed.ranges)
    }

    // MARK: "< 5"

    @Test func cellsBelowFiveAreHidden() {
        #expect(SmallCellSuppression.text(0) == "< 5")
        #expect(SmallCellSuppression.text(4) == "< 5")
        #expect(SmallCellSuppression.text(5) == "5")
        let row = SmallCellSuppression.row([3, 7])
        // One hidden cell with a shown total could be recomputed (10 − 7): the next smallest is hidden too.
        #expect(row.cells == ["< 5", "< 5"] && row.total == "10")
        #expect(SmallCellSuppression.row([6, 9]).cells == ["6", "9"])
        #expect(SmallCellSuppression.row([1, 2]).total == "< 5")
    }

    @Test func noSuppressedCellCanBeRecomputedFromItsRow() {
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<500 {
            let counts = (0..<Int.random(in: 1...5, using: &generator)).map { _ in Int.random(in: 0...12, using: &generator) }
            let row = SmallCellSuppression.row(counts)
            for (count, cell) in zip(counts, row.cells) where count < 5 { #expect(cell == "< 5") }
            let hidden = row.cells.indices.filter { row.cells[$0] == "< 5" }
            if row.total != "< 5" && hidden.count == 1 { #expect(counts[hidden[0]] == 0, "\(counts)") }
        }
    }

    @Test func statisticsCountWithoutTextAndSuppress() {
        let base = IncidentFact(category: .discrimination, grounds: [.origin], phase: .searching, mode: .followUp, status: .new,
                                sector: .food, receivedOn: Self.day("2026-10-01"))
        var facts = Array(repeating: base, count: 6)
        facts.append(IncidentFact(category: .unsafeWork, phase: .during, mode: .register, status: .registered,
                                  receivedOn: Self.day("2026-10-02")))
        facts.append(IncidentFact(category: .unsafeWork, phase: .during, mode: .register, status: .registered,
                                  receivedOn: Self.day("2025-10-02"))) // outside the period
        let tables = IncidentStatistics.tables(facts, from: Self.day("2026-08-01"), to: Self.day("2027-07-31"), calendar: SchoolCalendar())
        let categories = tables[0]
        #expect(categories.rows.first { $0.label == "Stagediscriminatie" }?.cells == ["6", "< 5"])
        #expect(categories.rows.first { $0.label == "Onveilig werk" }?.total == "< 5")
        let csv = IncidentStatistics.csv(tables)
        #expect(csv.contains("Meldingen per soort;Bij het zoeken naar een stage;Tijdens de stage;Totaal"))
        #expect(csv.contains("Stagediscriminatie;6;< 5;6"))
    }

    @Test func csvCellsCannotRunAsFormulas() {
        let table = StatisticsTable(title: "=HYPERLINK(\"x\")", columns: ["Aantal"], rows: [])
        #expect(IncidentStatistics.csv([table]).hasPrefix("\"'=HYPERLINK"))
    }

    // MARK: retention

    @Test func closedReportsExpireAfterTheSchoolsPeriodOpenOnesNever() {
        let closed = Self.day("2026-01-31")
        #expect(IncidentRetention.expiresOn(closedOn: closed, months: 1) == Self.day("2026-02-28"))
        #expect(IncidentRetention.expiresOn(closedOn: closed, months: 24) == Self.day("2028-01-31"))
        #expect(IncidentRetention.expiresOn(closedOn: Self.day("2026-09-21"), months: 6) == Self.day("2027-03-21"))
        #expect(IncidentRetention.expiresOn(closedOn: Self.day("2026-12-15"), months: 1) == Self.day("2027-01-15"))
        #expect(!IncidentRetention.isExpired(status: .closed, closedOn: closed, receivedOn: closed, months: 24, today: Self.day("2028-01-30")))
        #expect(IncidentRetention.isExpired(status: .closed, closedOn: closed, receivedOn: closed, months: 24, today: Self.day("2028-01-31")))
        #expect(IncidentRetention.isExpired(status: .registered, closedOn: nil, receivedOn: closed, months: 12, today: Self.day("2027-02-01")))
        #expect(!IncidentRetention.isExpired(status: .inProgress, closedOn: nil, receivedOn: closed, months: 1, today: Self.day("2036-01-01")))
    }

    // MARK: codes and input

    @Test func followUpCodesAreReadAsTyped() {
        let code = FollowUpCode.make()
        #expect(code.count == 14 && code.split(separator: "-").count == 3)
        #expect(FollowUpCode.normalise(code.lowercased().replacingOccurrences(of: "-", with: " ")) == code)
        #expect(FollowUpCode.normalise("K7PM3QXD9TWR") == "K7PM-3QXD-9TWR")
        #expect(FollowUpCode.normalise("K7PM-3QXD-9TW0") == nil, "0 is not in the alphabet")
        #expect(FollowUpCode.normalise(String(repeating: "A", count: 500)) == nil)
    }

    @Test func aReportNeedsChoicesAndTextAndKeepsGroundsOnlyForDiscrimination() {
        let today = Self.day("2026-09-21")
        let empty = IncidentReportInput.read([:], today: today)
        guard case let .failure(errors) = empty else { Issue.record("empty form accepted"); return }
        #expect(Set(errors.errors.map(\.field)) == ["category", "phase", "mode", "reporterKind", "description"])
        let values = ["category": "sociale-onveiligheid", "grounds": "herkomst", "phase": "tijdens", "mode": "opvolgen",
                      "reporterKind": "leerling", "description": "Ik word elke dag uitgescholden door een collega."]
        guard case let .success(input) = IncidentReportInput.read(values, today: today) else { Issue.record("refused"); return }
        #expect(input.grounds.isEmpty && input.isAnonymous)
        var long = values
        long["description"] = String(repeating: "a", count: 4001)
        long["happenedOn"] = "2030-01-01"
        guard case let .failure(more) = IncidentReportInput.read(long, today: today) else { Issue.record("accepted"); return }
        #expect(Set(more.errors.map(\.field)) == ["description", "happenedOn"])
    }
}
