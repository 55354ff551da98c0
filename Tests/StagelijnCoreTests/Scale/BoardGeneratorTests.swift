import Testing
@testable import StagelijnCore

@Suite("Scale: board generator")
struct BoardGeneratorTests {
    let today = LocalDate(year: 2026, month: 12, day: 2)!

    @Test func theSameSeedGivesTheSameBoard() {
        var first = BoardGenerator(students: 400, schools: 4, seed: 9, today: today)
        var second = BoardGenerator(students: 400, schools: 4, seed: 9, today: today)
        let a = first.make(), b = second.make()
        #expect(a.students.map(\.id) == b.students.map(\.id))
        #expect(a.placements.map(\.positionID) == b.placements.map(\.positionID))
    }

    @Test func aBoardOfTwentySchoolsAndTenThousandStudents() {
        var generator = BoardGenerator(students: 10_000, today: today)
        let board = generator.make()
        #expect(board.schools.count == 20)
        #expect(board.students.count == 10_000)
        let perSchool = Dictionary(grouping: board.students, by: \.schoolCode).mapValues(\.count)
        #expect(perSchool.values.allSatisfy { $0 == 500 })
        // In the proportion of the demo: half a company and about 0.9 position per student.
        #expect(board.companies.count == 5_000)
        #expect((8_000...10_000).contains(board.positions.count))
        #expect(board.periods.count == 40)
        // A school year of placements: most upper-year students in autumn, in every status, some ahead in spring.
        let upper = board.students.filter { $0.input.schoolYearLevel >= 3 }.count
        #expect(board.placements.count > upper / 2 && board.placements.count <= upper)
        #expect(Set(board.placements.map(\.status)) == [.proposed, .introduction, .agreement, .active, .completed, .terminated])
        #expect(board.placements.filter { $0.status == .active }.count > 1_500)
        #expect(Set(board.users.map(\.email)).count == board.users.count, "e-mail addresses are unique")
        #expect(Set(board.students.map(\.input.studentNumber)).count == board.students.count)
        #expect(board.users.contains { $0.email == "coordinator@school1.bestuur.demo" && $0.role == .coordinator })
    }

    @Test func placementsKeepCapacityAndTheRules() {
        var generator = BoardGenerator(students: 2_000, schools: 5, today: today)
        let board = generator.make()
        let capacity = Dictionary(uniqueKeysWithValues: board.positions.map { ($0.id, $0.input) })
        let students = Dictionary(uniqueKeysWithValues: board.students.map { ($0.id, $0.input) })
        let periods = Dictionary(uniqueKeysWithValues: board.periods.map { ($0.id, $0.input) })
        for (key, group) in Dictionary(grouping: board.placements, by: { "\($0.periodID)|\($0.positionID)" }) {
            #expect(group.count <= capacity[group[0].positionID]?.capacity ?? 0, "over capacity: \(key)")
        }
        for placement in board.placements {
            guard let student = students[placement.studentID], let position = capacity[placement.positionID],
                  let period = periods[placement.periodID] else { Issue.record("dangling reference"); continue }
            #expect(DemoGenerator.fits(student, position, on: period.startDate))
        }
        #expect(Set(board.placements.map(\.studentID)).count == board.placements.count, "one placement per student")
        for student in board.students.prefix(200) {
            #expect(throws: Never.self) { try StudentInput.read(student.input.fieldValues, today: today).get() }
        }
    }
}
