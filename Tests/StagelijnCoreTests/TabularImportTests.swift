import Testing
@testable import StagelijnCore

@Suite("Tabular import")
struct TabularImportTests {
    let today = LocalDate(year: 2026, month: 9, day: 1)!
    let header = ["Leerlingnummer", "Roepnaam", "Achternaam", "Geb.datum", "Onderwijstype", "Leerjaar", "Klas", "Postcode", "Hobby"]
    func row(_ number: String, level: String = "3") -> [String] {
        [number, "Noor", "Bakker", "2011-02-03", "pro", level, "3A", "1811 AB", "voetbal"]
    }

    @Test func headersAreMatchedOnLabelAndAliasesCaseInsensitively() {
        let reading = TabularImport.read(StudentInput.self, records: [header, row("1"), row("2")], today: today)
        #expect(reading.isClean)
        #expect(reading.rows.map(\.line) == [2, 3])
        #expect(reading.ignoredColumns == ["Hobby"])
    }

    @Test func problemsCarryTheLineAndTheColumnLabel() {
        let reading = TabularImport.read(StudentInput.self, records: [header, row("1"), [], row("2", level: "8")], today: today)
        #expect(reading.problems == [ImportProblem(line: 4, column: "leerjaar", message: "Moet tussen 1 en 6 liggen (nu 8).")])
        #expect(reading.rows.count == 1, "the good rows are read, but the file is not clean")
    }

    @Test func aMissingRequiredColumnStopsBeforeTheRows() {
        let reading = TabularImport.read(StudentInput.self, records: [Array(header.dropLast(2)), Array(row("1").dropLast(2))], today: today)
        #expect(reading.problems.map(\.column) == ["postcode"])
        #expect(reading.problems.first?.line == 1)
        #expect(reading.rows.isEmpty)
    }

    @Test func aColumnTwiceIsAProblem() {
        let reading = TabularImport.read(StudentInput.self, records: [header + ["klas"], row("1") + ["3B"]], today: today)
        #expect(reading.problems.first?.message.contains("twee keer") == true)
    }

    @Test func duplicateKeysPointAtTheEarlierLine() {
        let reading = TabularImport.read(StudentInput.self, records: [header, row("1"), row("2"), row("1")], today: today)
        let duplicates = TabularImport.duplicateProblems(in: reading.rows, column: "leerlingnummer") { $0.studentNumber }
        #expect(duplicates == [ImportProblem(line: 4, column: "leerlingnummer", message: "‘1’ staat ook al op regel 2.")])
    }

    @Test func anEmptyFileIsAProblem() {
        #expect(!TabularImport.read(StudentInput.self, records: [], today: today).isClean)
        #expect(!TabularImport.read(StudentInput.self, records: [header], today: today).isClean)
    }
}
