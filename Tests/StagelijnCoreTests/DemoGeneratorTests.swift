import Testing
@testable import StagelijnCore

@Suite("Demo data")
struct DemoGeneratorTests {
    let today = LocalDate(year: 2026, month: 11, day: 23)!

    @Test func theSameSeedGivesTheSameData() {
        var first = DemoGenerator(seed: 7, today: today), second = DemoGenerator(seed: 7, today: today)
        let a = first.make(), b = second.make()
        #expect(a.students.map(\.input) == b.students.map(\.input))
        #expect(a.students.map(\.id) == b.students.map(\.id))
        #expect(a.companies.map(\.input) == b.companies.map(\.input))
    }

    @Test func theDemoLooksLikeAPraktijkschoolAndAVmboSchool() {
        var generator = DemoGenerator(seed: 2026, today: today)
        let demo = generator.make()
        #expect((280...320).contains(demo.students.count))
        #expect(Set(demo.students.map(\.input.schoolYearLevel)) == [2, 3, 4, 5])
        #expect(demo.companies.count == 150)
        #expect(Set(demo.companies.flatMap(\.input.sectors)).count == Sector.allCases.count)
        #expect((220...300).contains(demo.positions.count))
        #expect(demo.periods.count == 4)
        // every demo record passes the same validation as a form or import
        for student in demo.students {
            #expect(throws: Never.self) { try StudentInput.read(student.input.fieldValues, today: today).get() }
        }
        #expect(Set(demo.students.map(\.input.studentNumber)).count == demo.students.count)
    }

    @Test func placementsRespectCapacity() {
        var generator = DemoGenerator(seed: 2026, today: today)
        let demo = generator.make()
        let capacity = Dictionary(uniqueKeysWithValues: demo.positions.map { ($0.id, $0.input.capacity) })
        let used = Dictionary(grouping: demo.placements, by: \.positionID).mapValues(\.count)
        for (position, count) in used { #expect(count <= capacity[position] ?? 0) }
    }

    /// The demo obeys the app's own rules: nobody is placed where they are too young or lack a certificate.
    @Test func placementsRespectAgeAndCertificates() {
        var generator = DemoGenerator(seed: 2026, today: today)
        let demo = generator.make()
        let students = Dictionary(uniqueKeysWithValues: demo.students.map { ($0.id, $0.input) })
        let positions = Dictionary(uniqueKeysWithValues: demo.positions.map { ($0.id, $0.input) })
        let periods = Dictionary(uniqueKeysWithValues: demo.periods.map { ($0.id, $0.input) })
        #expect(demo.placements.count > 50)
        for placement in demo.placements {
            let student = students[placement.studentID]!, position = positions[placement.positionID]!
            let start = periods[placement.periodID]!.startDate
            #expect(student.birthDate.age(on: start) >= position.minimumAge, "\(student.firstName) at \(position.title)")
            #expect(Set(position.requiredCertificates).isSubset(of: Set(student.certificates)))
        }
    }

    @Test func haversineDistanceAlkmaarHoorn() {
        let alkmaar = GeoPoint(lat: 52.6324, lon: 4.7534), hoorn = GeoPoint(lat: 52.6425, lon: 5.0597)
        #expect(abs(alkmaar.distanceKm(to: hoorn) - 20.7) < 0.3)
        #expect(alkmaar.distanceKm(to: alkmaar) == 0)
    }
}

extension StudentInput {
    /// The input as the text fields a form would post.
    var fieldValues: [String: String] {
        ["studentNumber": studentNumber, "firstName": firstName, "lastName": lastName, "birthDate": birthDate.iso,
         "schoolType": schoolType.rawValue, "schoolYearLevel": String(schoolYearLevel), "className": className,
         "mentorEmail": mentorEmail ?? "", "sectorInterests": sectorInterests.map(\.rawValue).joined(separator: ","),
         "needsSupport": needsSupport ? "ja" : "nee", "street": street ?? "", "postcode": postcode, "city": city ?? "",
         "email": email ?? "", "maxDistanceKm": String(maxDistanceKm)]
    }
}
