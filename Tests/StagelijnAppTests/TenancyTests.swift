import Testing
import Vapor
@testable import StagelijnApp

/// Role × resource × own / other school → the status a user gets. Another school's record is always 404, never 403,
/// so its existence does not leak; a role without access at all gets 403.
@Suite("Tenancy and roles")
struct TenancyTests {
    enum Target: String, CaseIterable {
        case ownStudent, otherStudentSameSchool, studentOtherSchoolSameBoard, studentOtherBoard
        case companyOwnBoard, companyOtherBoard, placementOwn, placementOtherSchool, studentList, auditLog, importPage
    }

    static func path(_ target: Target, _ f: Fixture) -> String {
        switch target {
        case .ownStudent: "/leerlingen/\(f.ownStudent)"
        case .otherStudentSameSchool: "/leerlingen/\(f.otherStudent)"
        case .studentOtherSchoolSameBoard: "/leerlingen/\(f.studentA2)"
        case .studentOtherBoard: "/leerlingen/\(f.studentB1)"
        case .companyOwnBoard: "/bedrijven/\(f.companyA)"
        case .companyOtherBoard: "/bedrijven/\(f.companyB)"
        case .placementOwn: "/stages/\(f.placementA1)"
        case .placementOtherSchool: "/stages/\(f.placementA2)"
        case .studentList: "/leerlingen"
        case .auditLog: "/logboek"
        case .importPage: "/import"
        }
    }

    /// Expected status per role (all users act at school A1). `ownStudent` is in mentor's class and is the student's
    /// and parent's own record.
    static let expected: [String: [Target: UInt]] = [
        "coordinator": [.ownStudent: 200, .otherStudentSameSchool: 200, .studentOtherSchoolSameBoard: 404, .studentOtherBoard: 404,
                        .companyOwnBoard: 200, .companyOtherBoard: 404, .placementOwn: 200, .placementOtherSchool: 404,
                        .studentList: 200, .auditLog: 200, .importPage: 200],
        "supervisor": [.ownStudent: 200, .otherStudentSameSchool: 200, .studentOtherSchoolSameBoard: 404, .studentOtherBoard: 404,
                       .companyOwnBoard: 200, .companyOtherBoard: 404, .placementOwn: 200, .placementOtherSchool: 404,
                       .studentList: 200, .auditLog: 403, .importPage: 403],
        "mentor": [.ownStudent: 200, .otherStudentSameSchool: 404, .studentOtherSchoolSameBoard: 404, .studentOtherBoard: 404,
                   .companyOwnBoard: 200, .companyOtherBoard: 404, .placementOwn: 200, .placementOtherSchool: 404,
                   .studentList: 200, .auditLog: 403, .importPage: 403],
        "careCoordinator": [.ownStudent: 200, .otherStudentSameSchool: 200, .studentOtherSchoolSameBoard: 404, .studentOtherBoard: 404,
                            .companyOwnBoard: 200, .companyOtherBoard: 404, .placementOwn: 200, .placementOtherSchool: 404,
                            .studentList: 200, .auditLog: 403, .importPage: 403],
        "student": [.ownStudent: 200, .otherStudentSameSchool: 404, .studentOtherSchoolSameBoard: 404, .studentOtherBoard: 404,
                    .companyOwnBoard: 200, .companyOtherBoard: 404, .placementOwn: 200, .placementOtherSchool: 404,
                    .studentList: 200, .auditLog: 403, .importPage: 403],
        "parent": [.ownStudent: 200, .otherStudentSameSchool: 404, .studentOtherSchoolSameBoard: 404, .studentOtherBoard: 404,
                   .companyOwnBoard: 403, .companyOtherBoard: 403, .placementOwn: 200, .placementOtherSchool: 404,
                   .studentList: 200, .auditLog: 403, .importPage: 403],
        "leadership": [.ownStudent: 403, .otherStudentSameSchool: 403, .studentOtherSchoolSameBoard: 403, .studentOtherBoard: 403,
                       .companyOwnBoard: 200, .companyOtherBoard: 404, .placementOwn: 403, .placementOtherSchool: 403,
                       .studentList: 403, .auditLog: 403, .importPage: 403],
        "inspector": [.ownStudent: 403, .otherStudentSameSchool: 403, .studentOtherSchoolSameBoard: 403, .studentOtherBoard: 403,
                      .companyOwnBoard: 403, .companyOtherBoard: 403, .placementOwn: 403, .placementOtherSchool: 403,
                      .studentList: 403, .auditLog: 403, .importPage: 403],
    ]

    @Test(arguments: ["coordinator", "supervisor", "mentor", "careCoordinator", "student", "parent", "leadership", "inspector"])
    func accessMatrix(role: String) async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login(role)
            for target in Target.allCases {
                let status = try await browser.get(Self.path(target, fixture)).status.code
                #expect(status == Self.expected[role]?[target], "\(role) → \(target.rawValue)")
            }
        }
    }

    @Test func aStudentListOnlyShowsWhatTheRoleMaySee() async throws {
        try await withTestApp { app, _, _ in
            let mentor = Browser(app)
            try await mentor.login("mentor")
            let page = try await mentor.get("/leerlingen")
            #expect(page.body.contains("Sem de Vries"))
            #expect(!page.body.contains("Noor Bakker"), "a mentor sees only their own class")
        }
    }

    @Test func writesToAnotherSchoolsRecordsAre404AndChangeNothing() async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login("coordinatorB1")
            let page = try await browser.post("/leerlingen/\(fixture.ownStudent)", [("firstName", "Gehackt")])
            #expect(page.status == .notFound)
            let student = try await StudentModel.find(fixture.ownStudent, on: app.db)
            #expect(student?.firstName == "Sem")
        }
    }

    @Test func rolesWithoutWriteAccessGet403OnForms() async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login("mentor")
            #expect(try await browser.get("/leerlingen/nieuw").status == .forbidden)
            #expect(try await browser.post("/leerlingen/\(fixture.ownStudent)", [("firstName", "X")]).status == .forbidden)
            #expect(try await browser.post("/stages/\(fixture.placementA1)/status", [("status", "introduction")]).status == .forbidden)
        }
    }
}
