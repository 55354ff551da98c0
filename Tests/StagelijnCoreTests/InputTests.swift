import Testing
@testable import StagelijnCore

@Suite("Reading forms and CSV rows")
struct InputTests {
    let today = LocalDate(year: 2026, month: 9, day: 1)!

    static let validStudent: [String: String] = [
        "studentNumber": "1001", "firstName": "Sem", "lastName": "Vries", "lastNamePrefix": "de",
        "birthDate": "01-05-2011", "schoolType": "Praktijkonderwijs", "schoolYearLevel": "3", "className": "3A",
        "sectorInterests": "Groen; horeca en winkel", "needsSupport": "x", "postcode": "1811ab", "maxDistanceKm": "",
    ]

    @Test func aValidStudentIsReadAndNormalised() throws {
        let student = try InputTests.validStudent.readStudent(today: today).get()
        #expect(student.lastName == "de Vries")
        #expect(student.schoolType == .praktijkonderwijs)
        #expect(student.sectorInterests == [.green, .hospitalityAndRetail])
        #expect(student.needsSupport)
        #expect(student.postcode == "1811 AB")
        #expect(student.maxDistanceKm == StudentInput.defaultMaxDistanceKm)
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        var values = InputTests.validStudent
        values["firstName"] = " "
        values["birthDate"] = "2011-02-30"
        values["schoolYearLevel"] = "zeven"
        values["postcode"] = "0123 AB"
        values["email"] = "sem@"
        values["needsSupport"] = "misschien"
        guard case let .failure(errors) = values.readStudent(today: today) else {
            Issue.record("expected errors")
            return
        }
        #expect(Set(errors.errors.map(\.field)) == ["firstName", "birthDate", "schoolYearLevel", "postcode", "email", "needsSupport"])
        #expect(errors.message(for: "schoolYearLevel") == "‘zeven’ is geen geheel getal.")
        #expect(errors.errors.first { $0.field == "postcode" }?.label == "postcode")
    }

    @Test func anImplausibleAgeIsRefused() {
        var values = InputTests.validStudent
        values["birthDate"] = "01-01-1960"
        #expect(values.readStudent(today: today).failureFields == ["birthDate"])
    }

    @Test func aRecognisedCompanyNeedsAnSBBNumberAndGetsCoordinatesFromItsPostcode() throws {
        var values = ["name": "Kwekerij", "street": "Weg 1", "postcode": "1721 AB", "city": "Broek", "sectors": "groen",
                      "sbbStatus": "erkend"]
        #expect(CompanyInput.read(values, today: today).failureFields == ["sbbNumber"])
        values["sbbNumber"] = "445566"
        let company = try CompanyInput.read(values, today: today).get()
        #expect(company.location == PostcodeAreas.centre(of: "1721 AB"))
        #expect(company.location != nil)
    }

    @Test func aCompanyWithOnlyOneCoordinateIsRefused() {
        let values = ["name": "X", "street": "Weg 1", "postcode": "1811 AB", "city": "Alkmaar", "sectors": "groen", "lat": "52.6"]
        #expect(CompanyInput.read(values, today: today).failureFields == ["lat"] || CompanyInput.read(values, today: today).failureFields == ["lon"])
    }

    @Test func positionHoursStayWithinTheLegalDailyMaximum() {
        let values = ["title": "Monteur", "sector": "technisch-onderhoud", "capacity": "2", "hoursPerDay": "10"]
        #expect(PositionInput.read(values, today: today).failureFields == ["hoursPerDay"])
    }

    @Test func aPeriodEndsAfterItStarts() {
        let values = ["name": "P1", "schoolYear": "2026-2027", "startDate": "2026-10-01", "endDate": "2026-09-01",
                      "daysPerWeek": "2", "hoursPerDay": "6"]
        #expect(StagePeriodInput.read(values, today: today).failureFields == ["endDate"])
    }

    @Test(arguments: [("1811ab", "1811 AB"), (" 1811 AB ", "1811 AB"), ("0811 AB", nil), ("1811 A", nil), ("18111AB", nil)])
    func postcodes(text: String, expected: String?) {
        #expect(Postcode.normalise(text) == expected)
    }

    @Test func listsDropDuplicatesAndNameTheUnknownEntry() throws {
        #expect(try Sector.parseList("groen,Groen|logistiek").get() == [.green, .logistics])
        #expect(Certificate.parseList("VCA Basis; onbekend") == .failure(UnknownValue(value: "onbekend")))
    }
}

extension Dictionary where Key == String, Value == String {
    func readStudent(today: LocalDate) -> Result<StudentInput, FieldErrors> { StudentInput.read(self, today: today) }
}

extension Result where Failure == FieldErrors {
    var failureFields: [String] {
        if case let .failure(errors) = self { return errors.errors.map(\.field) }
        return []
    }
}
