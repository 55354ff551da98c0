import Fluent
import Foundation
import StagelijnCore
import Vapor
@testable import StagelijnApp

/// Two boards; board A has schools A1 and A2, board B has school B1. Every role has a user at A1; A2 and B1 have a
/// coordinator. Each school has students, a period; each board a company with a position; A1 has a placement.
struct Fixture {
    static let now = Date(timeIntervalSince1970: 1_790_000_000) // 2026-09-21
    static let password = "Test-wachtwoord-2026"
    /// One bcrypt hash (cost 12) for all fixture users, computed once per test process.
    static let passwordHash: String = (try? Bcrypt.hash(password, cost: 12)) ?? ""

    var boardA = UUID(), boardB = UUID()
    var schoolA1 = UUID(), schoolA2 = UUID(), schoolB1 = UUID()
    var users: [String: UUID] = [:]
    /// Students of A1: `ownStudent` (linked to the student and parent accounts, in mentor1's class) and `otherStudent`.
    var ownStudent = UUID(), otherStudent = UUID(), studentA2 = UUID(), studentB1 = UUID()
    var companyA = UUID(), companyB = UUID()
    var positionA = UUID(), positionB = UUID()
    var periodA1 = UUID(), periodA2 = UUID(), periodB1 = UUID()
    var placementA1 = UUID(), placementA2 = UUID(), placementB1 = UUID()

    static func email(_ key: String) -> String { "\(key)@test.example" }

    static func load(on db: any Database) async throws -> Fixture {
        var f = Fixture()
        try await SchoolBoardModel(id: f.boardA, name: "Bestuur A").create(on: db)
        try await SchoolBoardModel(id: f.boardB, name: "Bestuur B").create(on: db)
        try await SchoolModel(id: f.schoolA1, boardID: f.boardA, code: "A1", name: "School A1", town: "Alkmaar").create(on: db)
        try await SchoolModel(id: f.schoolA2, boardID: f.boardA, code: "A2", name: "School A2", town: "Hoorn").create(on: db)
        try await SchoolModel(id: f.schoolB1, boardID: f.boardB, code: "B1", name: "School B1", town: "Haarlem").create(on: db)

        let roles: [(String, Role, UUID)] = Role.allCases.map { ($0.rawValue, $0, f.schoolA1) }
            + [("mentor2", .mentor, f.schoolA1), ("coordinatorA2", .coordinator, f.schoolA2), ("coordinatorB1", .coordinator, f.schoolB1)]
        for (key, _, _) in roles {
            let id = UUID()
            f.users[key] = id
            try await UserModel(id: id, email: email(key), name: "Test \(key)", passwordHash: passwordHash).create(on: db)
        }
        f.ownStudent = try await student(f.schoolA1, "1001", "Sem", "de Vries", mentor: f.users["mentor"], on: db)
        f.otherStudent = try await student(f.schoolA1, "1002", "Noor", "Bakker", mentor: f.users["mentor2"], on: db)
        f.studentA2 = try await student(f.schoolA2, "2001", "Daan", "Visser", mentor: nil, on: db)
        f.studentB1 = try await student(f.schoolB1, "3001", "Emma", "Smit", mentor: nil, on: db)
        for (key, role, school) in roles {
            let linked = role == .student || role == .parent ? f.ownStudent : nil
            try await MembershipModel(userID: f.users[key]!, schoolID: school, role: role, studentID: linked).create(on: db)
        }
        f.companyA = try await company(f.boardA, "Bakkerij Alkmaar", on: db)
        f.companyB = try await company(f.boardB, "Hovenier Haarlem", on: db)
        f.positionA = try await position(f.companyA, on: db)
        f.positionB = try await position(f.companyB, on: db)
        f.periodA1 = try await period(f.schoolA1, on: db)
        f.periodA2 = try await period(f.schoolA2, on: db)
        f.periodB1 = try await period(f.schoolB1, on: db)
        f.placementA1 = try await placement(f.schoolA1, f.ownStudent, f.positionA, f.periodA1, on: db)
        f.placementA2 = try await placement(f.schoolA2, f.studentA2, f.positionA, f.periodA2, on: db)
        f.placementB1 = try await placement(f.schoolB1, f.studentB1, f.positionB, f.periodB1, on: db)
        return f
    }

    static let studentInput = StudentInput(
        studentNumber: "0", firstName: "", lastName: "", birthDate: LocalDate(year: 2010, month: 3, day: 4)!,
        schoolType: .praktijkonderwijs, schoolYearLevel: 3, className: "3A", mentorEmail: nil, sectorInterests: [.green],
        needsSupport: false, street: "Dorpsstraat 1", postcode: "1811 AB", city: "Alkmaar", email: nil, maxDistanceKm: 15)

    private static func student(_ school: UUID, _ number: String, _ first: String, _ last: String, mentor: UUID?,
                                on db: any Database) async throws -> UUID {
        var input = studentInput
        input.studentNumber = number
        input.firstName = first
        input.lastName = last
        let model = StudentModel()
        model.$school.id = school
        model.apply(input, mentorID: mentor)
        try await model.create(on: db)
        return try model.requireID()
    }

    private static func company(_ board: UUID, _ name: String, on db: any Database) async throws -> UUID {
        let model = CompanyModel()
        model.$board.id = board
        model.apply(CompanyInput(name: name, street: "Kerkstraat 2", postcode: "1811 AC", city: "Alkmaar",
                                 location: GeoPoint(lat: 52.63, lon: 4.75), sectors: [.food], sbbNumber: "123456",
                                 sbbStatus: .recognised, contactName: "Piet", contactEmail: nil, contactPhone: nil,
                                 isDeliveryService: false, notes: nil))
        try await model.create(on: db)
        return try model.requireID()
    }

    private static func position(_ company: UUID, on db: any Database) async throws -> UUID {
        let model = PositionModel()
        model.$company.id = company
        model.apply(PositionInput(companyReference: nil, title: "Medewerker bakkerij", sector: .food, capacity: 2,
                                  daysPerWeek: 2, hoursPerDay: 6, minimumAge: 14, requiredCertificates: [], description: nil))
        try await model.create(on: db)
        return try model.requireID()
    }

    private static func period(_ school: UUID, on db: any Database) async throws -> UUID {
        let model = StagePeriodModel()
        model.$school.id = school
        model.apply(StagePeriodInput(name: "Periode 1", schoolYear: "2026-2027", startDate: LocalDate(year: 2026, month: 9, day: 28)!,
                                     endDate: LocalDate(year: 2026, month: 12, day: 18)!, daysPerWeek: 2, hoursPerDay: 6))
        try await model.create(on: db)
        return try model.requireID()
    }

    private static func placement(_ school: UUID, _ student: UUID, _ position: UUID, _ period: UUID,
                                  on db: any Database) async throws -> UUID {
        let model = PlacementModel(schoolID: school, studentID: student, positionID: position, periodID: period, status: .proposed)
        try await model.create(on: db)
        try await PlacementStatusChangeModel(placementID: try model.requireID(), from: nil, to: .proposed, reason: "fixture",
                                             by: nil, at: now).create(on: db)
        return try model.requireID()
    }
}
