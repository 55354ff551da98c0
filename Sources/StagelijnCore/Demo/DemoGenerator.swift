import Foundation

/// Builds a realistic, deterministic demo: a praktijkschool in Alkmaar and a vmbo school in Zaandam under one
/// board, ~300 students in leerjaar 2–5, ~150 North-Holland companies over the ten sectors, ~250 positions,
/// two stage periods per school and a first round of placements in every status.
public struct DemoGenerator {
    private var random: SeededGenerator
    private let today: LocalDate

    public init(seed: UInt64 = 2026, today: LocalDate) {
        random = SeededGenerator(seed: seed)
        self.today = today
    }

    public mutating func make() -> DemoDataset {
        let schools = [
            DemoDataset.School(id: uuid(), code: "PRO-ALK", name: "Praktijkschool De Werkplaats", town: "Alkmaar"),
            DemoDataset.School(id: uuid(), code: "VMBO-ZAA", name: "Vakcollege Zaanstreek", town: "Zaandam"),
        ]
        var users = staff(for: schools[0], domain: "dewerkplaats.demo") + staff(for: schools[1], domain: "vakcollege.demo")
        let students = makeStudents(pro: schools[0], vmbo: schools[1], mentors: users.filter { $0.role == .mentor })
        // The demo student account belongs to an upper-year pro student whose stage waits for its agreement, so the
        // whole stage line (agreement, signing, visits, hours) can be walked through with the demo logins.
        let featured = students.first(where: { $0.schoolCode == schools[0].code && $0.input.schoolYearLevel >= 3 })
        if let first = featured {
            users.append(.init(id: uuid(), email: "leerling@dewerkplaats.demo", name: first.input.fullName,
                               schoolCode: schools[0].code, role: .student, linkedStudentID: first.id))
            users.append(.init(id: uuid(), email: "ouder@dewerkplaats.demo", name: "Ouder van \(first.input.firstName)",
                               schoolCode: schools[0].code, role: .parent, linkedStudentID: first.id))
        }
        let companies = makeCompanies(count: 150)
        let positions = makePositions(for: companies)
        var periods: [DemoDataset.Period] = []
        for school in schools { periods += makePeriods(for: school) }
        let placements = makePlacements(students: students, positions: positions, periods: periods, featured: featured?.id)
        return DemoDataset(boardName: "Stichting Onderwijs Kop en Kust", schools: schools, users: users,
                           students: students, companies: companies, positions: positions, periods: periods,
                           placements: placements)
    }

    // MARK: - People

    private mutating func staff(for school: DemoDataset.School, domain: String) -> [DemoDataset.User] {
        let roles: [(Role, String)] = [
            (.coordinator, "coordinator"), (.supervisor, "begeleider1"), (.supervisor, "begeleider2"),
            (.mentor, "mentor1"), (.mentor, "mentor2"), (.mentor, "mentor3"), (.mentor, "mentor4"),
            (.careCoordinator, "zorg"), (.leadership, "directie"), (.inspector, "inspectie"),
        ]
        return roles.map { role, local in
            DemoDataset.User(id: uuid(), email: "\(local)@\(domain)", name: personName(),
                             schoolCode: school.code, role: role, linkedStudentID: nil)
        }
    }

    private mutating func makeStudents(pro: DemoDataset.School, vmbo: DemoDataset.School,
                                       mentors: [DemoDataset.User]) -> [DemoDataset.Student] {
        var result: [DemoDataset.Student] = []
        var number = 24001
        // Praktijkschool: leerjaar 2–5, three classes per year of ~14; vmbo: leerjaar 2–4, bb and kb classes.
        let plan: [(DemoDataset.School, SchoolType, Int, [String], [String])] = [
            (pro, .praktijkonderwijs, 2, ["2A", "2B", "2C"], ["Alkmaar", "Heerhugowaard", "Heiloo", "Bergen"]),
            (pro, .praktijkonderwijs, 3, ["3A", "3B", "3C"], ["Alkmaar", "Broek op Langedijk", "Castricum"]),
            (pro, .praktijkonderwijs, 4, ["4A", "4B", "4C"], ["Alkmaar", "Heerhugowaard", "Schagen"]),
            (pro, .praktijkonderwijs, 5, ["5A", "5B"], ["Alkmaar", "Heiloo", "Uitgeest"]),
            (vmbo, .vmboBB, 2, ["2BB1", "2BB2"], ["Zaandam", "Wormerveer", "Krommenie"]),
            (vmbo, .vmboKB, 3, ["3KB1", "3BB1"], ["Zaandam", "Purmerend", "Amsterdam-Noord"]),
            (vmbo, .vmboBB, 4, ["4BB1", "4KB1", "4BB2"], ["Zaandam", "Wormerveer", "Purmerend"]),
        ]
        for (school, type, level, classes, towns) in plan {
            let schoolMentors = mentors.filter { $0.schoolCode == school.code }
            for (classIndex, className) in classes.enumerated() {
                let mentor = schoolMentors[(classIndex + level) % schoolMentors.count]
                for _ in 0..<Int.random(in: 15...18, using: &random) {
                    let town = town(named: towns.randomElement(using: &random) ?? "Alkmaar")
                    let age = level + 11 + Int.random(in: 0...1, using: &random)
                    let birth = LocalDate(year: today.year - age, month: Int.random(in: 1...12, using: &random),
                                          day: Int.random(in: 1...28, using: &random)) ?? today
                    let (first, last) = (pick(DemoNames.firstNames), pick(DemoNames.surnames))
                    let postcode = postcode(in: town)
                    let input = StudentInput(
                        studentNumber: String(number), firstName: first, lastName: last, birthDate: birth,
                        schoolType: type, schoolYearLevel: level, className: className, mentorEmail: mentor.email,
                        sectorInterests: Array(Sector.allCases.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))),
                        needsSupport: Int.random(in: 0..<100, using: &random) < 22,
                        street: "\(pick(DemoNames.streets)) \(Int.random(in: 1...180, using: &random))",
                        postcode: postcode, city: town.name, email: nil,
                        maxDistanceKm: [8, 10, 15, 20].randomElement(using: &random) ?? 15)
                    result.append(.init(id: uuid(), schoolCode: school.code, input: input, location: jitter(town.centre, km: 2)))
                    number += 1
                }
            }
        }
        return result
    }

    // MARK: - Companies and positions

    private mutating func makeCompanies(count: Int) -> [DemoDataset.Company] {
        var usedNames = Set<String>()
        var result: [DemoDataset.Company] = []
        while result.count < count {
            let town = PostcodeAreas.towns.randomElement(using: &random) ?? PostcodeAreas.towns[0]
            let sector = Sector.allCases.randomElement(using: &random) ?? .green
            let kind = pick(DemoNames.companyKinds(for: sector))
            let name = "\(kind) \(pick(DemoNames.surnames).capitalizedFirst)"
            guard usedNames.insert("\(name)|\(town.name)").inserted else { continue }
            let recognised = Int.random(in: 0..<100, using: &random) < 70
            var sectors = [sector]
            if Int.random(in: 0..<100, using: &random) < 20, let extra = Sector.allCases.randomElement(using: &random),
               extra != sector { sectors.append(extra) }
            let contact = personName()
            let input = CompanyInput(
                name: name, street: "\(pick(DemoNames.streets)) \(Int.random(in: 1...250, using: &random))",
                postcode: postcode(in: town), city: town.name, location: jitter(town.centre, km: 3),
                sectors: sectors, sbbNumber: recognised ? String(Int.random(in: 100_000...999_999, using: &random)) : nil,
                sbbStatus: recognised ? .recognised : .notRecognised, contactName: contact,
                contactEmail: "stage@\(name.lowercased().filter { $0.isLetter }).demo",
                contactPhone: "072-\(Int.random(in: 5_000_000...5_999_999, using: &random))",
                isDeliveryService: kind == "Verhuisbedrijf" && Int.random(in: 0...1, using: &random) == 0,
                notes: nil)
            result.append(.init(id: uuid(), input: input))
        }
        return result
    }

    private mutating func makePositions(for companies: [DemoDataset.Company]) -> [DemoDataset.Position] {
        var result: [DemoDataset.Position] = []
        for company in companies {
            let count = [1, 1, 2, 2, 2, 3].randomElement(using: &random) ?? 1
            for index in 0..<count {
                let sector = company.input.sectors[index % company.input.sectors.count]
                let technical = sector == .constructionAndInfra || sector == .productionTechnology
                let input = PositionInput(
                    companyReference: nil, title: pick(DemoNames.positionTitles(for: sector)), sector: sector,
                    capacity: Int.random(in: 1...3, using: &random), daysPerWeek: Int.random(in: 2...3, using: &random),
                    hoursPerDay: Int.random(in: 5...7, using: &random), minimumAge: technical ? 16 : 14,
                    requiredCertificates: technical && Int.random(in: 0...2, using: &random) == 0 ? [.vcaBasic] : [],
                    description: nil)
                result.append(.init(id: uuid(), companyID: company.id, input: input))
            }
        }
        return result
    }

    private mutating func makePeriods(for school: DemoDataset.School) -> [DemoDataset.Period] {
        Self.periodInputs(today: today).map { .init(id: uuid(), schoolCode: school.code, input: $0) }
    }

    /// Autumn (running or done) and spring (ahead) of the current school year. The demo's first period has always
    /// begun: before its start (August, September) the demo shows the previous school year, so stage hours and visits
    /// always have real, past dates to work with. Shared with the board generator.
    static func periodInputs(today: LocalDate) -> [StagePeriodInput] {
        var year = SchoolYear(containing: today)
        if let autumnStart = LocalDate(year: year.startYear, month: 9, day: 28), today < autumnStart,
           let previous = SchoolYear(parsing: "\(year.startYear - 1)-\(year.startYear)") {
            year = previous
        }
        let autumn = StagePeriodInput(
            name: "Stageperiode 1 (najaar)", schoolYear: year.name,
            startDate: LocalDate(year: year.startYear, month: 9, day: 28) ?? today,
            endDate: LocalDate(year: year.startYear, month: 12, day: 18) ?? today, daysPerWeek: 2, hoursPerDay: 6)
        let spring = StagePeriodInput(
            name: "Stageperiode 2 (voorjaar)", schoolYear: year.name,
            startDate: LocalDate(year: year.startYear + 1, month: 2, day: 8) ?? today,
            endDate: LocalDate(year: year.startYear + 1, month: 5, day: 28) ?? today, daysPerWeek: 3, hoursPerDay: 7)
        return [autumn, spring]
    }

    /// Upper-year students get a placement in the first period, in a realistic spread of statuses.
    private mutating func makePlacements(students: [DemoDataset.Student], positions: [DemoDataset.Position],
                                         periods: [DemoDataset.Period], featured: UUID?) -> [DemoDataset.Placement] {
        var remaining = Dictionary(uniqueKeysWithValues: positions.map { ($0.id, $0.input.capacity) })
        var result: [DemoDataset.Placement] = []
        let statuses: [PlacementStatus] = [.active, .active, .active, .agreement, .introduction, .proposed, .completed, .terminated]
        for student in students where student.input.schoolYearLevel >= 3
            && (student.id == featured || Int.random(in: 0..<100, using: &random) < 45) {
            // The demo keeps the app's own rules: old enough on the first day, with the certificates the place asks.
            guard let period = periods.first(where: { $0.schoolCode == student.schoolCode }) else { continue }
            let fitting = positions.filter { remaining[$0.id, default: 0] > 0 && Self.fits(student.input, $0.input, on: period.input.startDate) }
            let wished = fitting.filter { student.input.sectorInterests.contains($0.input.sector) }
            // The featured student always has a stage to walk through, in another sector if none of theirs fits.
            guard let position = (wished.isEmpty && student.id == featured ? fitting : wished).randomElement(using: &random)
            else { continue }
            remaining[position.id, default: 0] -= 1
            let status = student.id == featured ? .agreement : statuses.randomElement(using: &random) ?? .proposed
            result.append(.init(id: uuid(), studentID: student.id, positionID: position.id, periodID: period.id, status: status))
        }
        return result
    }

    /// The age and certificate rules of `PlacementEligibility` that depend on the student and the place alone.
    static func fits(_ student: StudentInput, _ position: PositionInput, on start: LocalDate) -> Bool {
        PlacementEligibility.meetsAgeAndCertificates(birthDate: student.birthDate, certificates: student.certificates,
                                                     minimumAge: position.minimumAge, required: position.requiredCertificates,
                                                     on: start)
    }

    // MARK: - Helpers

    private mutating func uuid() -> UUID {
        let a = random.next(), b = random.next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i)); bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40 // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80 // RFC 4122 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    private mutating func pick(_ list: [String]) -> String { list.randomElement(using: &random) ?? "" }

    private mutating func personName() -> String { "\(pick(DemoNames.firstNames)) \(pick(DemoNames.surnames))" }

    private func town(named name: String) -> PostcodeAreas.Town {
        PostcodeAreas.towns.first { $0.name == name } ?? PostcodeAreas.towns[0]
    }

    private mutating func postcode(in town: PostcodeAreas.Town) -> String {
        let letters = Array("ABCDEGHJKLMNPRSTVWXZ")
        let area = Int.random(in: town.areas, using: &random)
        return "\(area) \(letters.randomElement(using: &random) ?? "A")\(letters.randomElement(using: &random) ?? "B")"
    }

    private mutating func jitter(_ point: GeoPoint, km: Double) -> GeoPoint {
        let degreesLat = km / 111.0, degreesLon = km / 68.0
        return GeoPoint(lat: point.lat + Double.random(in: -degreesLat...degreesLat, using: &random),
                        lon: point.lon + Double.random(in: -degreesLon...degreesLon, using: &random))
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
