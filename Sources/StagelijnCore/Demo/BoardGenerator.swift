import Foundation

/// Builds a school board at scale for benchmarks (`stagelijn demo --board-size N`): `schoolCount` schools (by
/// default 20, praktijkonderwijs and vmbo) with `studentCount` students between them, companies and positions in the
/// proportion of the demo (half a company and almost one position per student), two stage periods per school and a
/// school year of placements: the autumn period for most upper-year students in every status, the spring period
/// arranged ahead for others. Hours and visits are recorded by the app's loader on the running stages.
/// Deterministic for a seed; staff sign in as `coordinator@school1.bestuur.demo` … with the demo password.
public struct BoardGenerator {
    var random: SeededGenerator
    let today: LocalDate
    public let schoolCount: Int
    public let studentCount: Int

    public init(students: Int, schools: Int = 20, seed: UInt64 = 2027, today: LocalDate) {
        random = SeededGenerator(seed: seed)
        self.today = today
        schoolCount = max(1, schools)
        studentCount = max(schoolCount, students)
    }

    /// The e-mail domain of the n-th school (1-based).
    public static func domain(school number: Int) -> String { "school\(number).bestuur.demo" }

    public mutating func make() -> DemoDataset {
        let towns = PostcodeAreas.towns
        var schools: [DemoDataset.School] = []
        for number in 1...schoolCount {
            let town = towns[(number - 1) % towns.count]
            let praktijk = number % 5 == 1 || number % 5 == 3
            let name = (praktijk ? "Praktijkschool " : "Vakcollege ") + town.name
                + (number > towns.count ? " \(number / towns.count + 1)" : "")
            schools.append(.init(id: uuid(), code: String(format: "BST%02d", number), name: name, town: town.name))
        }
        var users: [DemoDataset.User] = []
        var students: [DemoDataset.Student] = []
        var number = 100_001
        for (index, school) in schools.enumerated() {
            let share = studentCount / schoolCount + (index < studentCount % schoolCount ? 1 : 0)
            let domain = Self.domain(school: index + 1)
            let staff = staff(for: school, domain: domain, students: share)
            users += staff
            let own = makeStudents(share, school: school, mentors: staff.filter { $0.role == .mentor }, number: &number)
            if let featured = own.first(where: { $0.input.schoolYearLevel >= 3 }) {
                users.append(.init(id: uuid(), email: "leerling@\(domain)", name: featured.input.fullName,
                                   schoolCode: school.code, role: .student, linkedStudentID: featured.id))
                users.append(.init(id: uuid(), email: "ouder@\(domain)", name: "Ouder van \(featured.input.firstName)",
                                   schoolCode: school.code, role: .parent, linkedStudentID: featured.id))
            }
            students += own
        }
        let companies = makeCompanies(count: max(10, studentCount / 2))
        let positions = makePositions(for: companies)
        let periods = schools.flatMap { makePeriods(for: $0) }
        let featured = Set(users.compactMap(\.linkedStudentID))
        let placements = makePlacements(students: students, positions: positions, periods: periods, featured: featured)
        return DemoDataset(boardName: "Stichting Voortgezet Onderwijs Noord-Holland (schaaltest)", schools: schools,
                           users: users, students: students, companies: companies, positions: positions,
                           periods: periods, placements: placements)
    }

    // MARK: - People

    private mutating func staff(for school: DemoDataset.School, domain: String, students: Int) -> [DemoDataset.User] {
        var roles: [(Role, String)] = [(.coordinator, "coordinator"), (.careCoordinator, "zorg"),
                                       (.leadership, "directie"), (.inspector, "inspectie")]
        for index in 1...max(2, students / 100) { roles.append((.supervisor, "begeleider\(index)")) }
        for index in 1...max(2, students / 45) { roles.append((.mentor, "mentor\(index)")) }
        return roles.map { role, local in
            DemoDataset.User(id: uuid(), email: "\(local)@\(domain)", name: personName(), schoolCode: school.code,
                             role: role, linkedStudentID: nil)
        }
    }

    private mutating func makeStudents(_ count: Int, school: DemoDataset.School, mentors: [DemoDataset.User],
                                       number: inout Int) -> [DemoDataset.Student] {
        let praktijk = school.name.hasPrefix("Praktijkschool")
        let levels = praktijk ? [2, 3, 4, 5] : [2, 3, 4]
        let home = PostcodeAreas.towns.first { $0.name == school.town } ?? PostcodeAreas.towns[0]
        var result: [DemoDataset.Student] = []
        for index in 0..<count {
            let level = levels[index * levels.count / count]
            let classNumber = index / 15 % 4 + 1
            let type: SchoolType = praktijk ? .praktijkonderwijs : (classNumber % 2 == 0 ? .vmboKB : .vmboBB)
            let className = praktijk ? "\(level)\(["A", "B", "C", "D"][classNumber - 1])" : "\(level)\(type == .vmboKB ? "KB" : "BB")\(classNumber)"
            let mentor = mentors[(index / 15) % mentors.count]
            // Most live in the school's town, some in a town nearby.
            let town = Int.random(in: 0..<100, using: &random) < 70 ? home
                : PostcodeAreas.towns.randomElement(using: &random) ?? home
            let age = level + 11 + Int.random(in: 0...1, using: &random)
            let birth = LocalDate(year: today.year - age, month: Int.random(in: 1...12, using: &random),
                                  day: Int.random(in: 1...28, using: &random)) ?? today
            let input = StudentInput(
                studentNumber: String(number), firstName: pick(DemoNames.firstNames), lastName: pick(DemoNames.surnames),
                birthDate: birth, schoolType: type, schoolYearLevel: level, className: className, mentorEmail: mentor.email,
                sectorInterests: Array(Sector.allCases.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))),
                needsSupport: Int.random(in: 0..<100, using: &random) < 22,
                street: "\(pick(DemoNames.streets)) \(Int.random(in: 1...180, using: &random))",
                postcode: postcode(in: town), city: town.name, email: nil,
                maxDistanceKm: [8, 10, 15, 20].randomElement(using: &random) ?? 15)
            result.append(.init(id: uuid(), schoolCode: school.code, input: input, location: jitter(town.centre, km: 2)))
            number += 1
        }
        return result
    }
}
