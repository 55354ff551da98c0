import Foundation
import Testing
@testable import StagelijnCore

@Suite("LocalDate")
struct LocalDateTests {
    @Test(arguments: [("2011-05-01", "2011-05-01"), ("01-05-2011", "2011-05-01"), ("1/5/2011", "2011-05-01"),
                      ("29.02.2024", "2024-02-29")])
    func parsesISOAndDutchNotation(text: String, iso: String) {
        #expect(LocalDate(parsing: text)?.iso == iso)
    }

    @Test(arguments: ["2011-02-29", "31-04-2011", "2011-13-01", "11-05-01", "", "gisteren", "2011-5"])
    func rejectsImpossibleOrUnclearDates(text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test func ageCountsTheBirthdayItself() throws {
        let birth = try #require(LocalDate(year: 2011, month: 5, day: 1))
        #expect(birth.age(on: LocalDate(year: 2026, month: 4, day: 30)!) == 14)
        #expect(birth.age(on: LocalDate(year: 2026, month: 5, day: 1)!) == 15)
    }

    @Test func leapDayBirthdaysTurnOlderOnTheFirstOfMarch() throws {
        let birth = try #require(LocalDate(year: 2008, month: 2, day: 29))
        #expect(birth.age(on: LocalDate(year: 2026, month: 2, day: 28)!) == 17)
        #expect(birth.age(on: LocalDate(year: 2026, month: 3, day: 1)!) == 18)
    }

    @Test func arithmeticIsIndependentOfTheServerTimeZone() throws {
        let date = try #require(LocalDate(year: 2026, month: 12, day: 31))
        #expect(date.adding(days: 1).iso == "2027-01-01")
        #expect(date.days(until: LocalDate(year: 2027, month: 3, day: 1)!) == 60)
        #expect(LocalDate(date.startOfDay) == date)
    }

    @Test func codableUsesISOText() throws {
        let date = try #require(LocalDate(year: 2026, month: 9, day: 1))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-09-01\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [date])
    }

    @Test func schoolYearRunsFromAugust() throws {
        #expect(SchoolYear(containing: LocalDate(year: 2026, month: 7, day: 31)!).name == "2025-2026")
        #expect(SchoolYear(containing: LocalDate(year: 2026, month: 8, day: 1)!).name == "2026-2027")
        #expect(SchoolYear(parsing: "2026-2028") == nil)
    }
}
