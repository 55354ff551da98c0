import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Meldpunt: who may read reports")
struct MeldpuntAccessTests {
    /// The rule itself over every role, with and without being named, at the own and another school.
    @Test func onlyTheNamedHandlersOfTheSchool() {
        for role in Role.allCases {
            for named in [false, true] {
                let expected = role == .coordinator || role == .careCoordinator
                    || (named && [.supervisor, .mentor].contains(role))
                #expect(MeldpuntAccess.isHandler(role: role, namedConfidant: named, handlers: .init(), sameSchool: true) == expected,
                        "\(role) named: \(named)")
                #expect(!MeldpuntAccess.isHandler(role: role, namedConfidant: named, handlers: .init(), sameSchool: false),
                        "\(role) of another school")
            }
            #expect(!MeldpuntAccess.isHandler(role: role, namedConfidant: false,
                                              handlers: .init(coordinators: false, careCoordinators: false), sameSchool: true))
            #expect(MeldpuntAccess.canSeeStatistics(role: role, isHandler: false, sameSchool: true)
                    == [.coordinator, .leadership, .inspector].contains(role))
            #expect(!MeldpuntAccess.canSeeStatistics(role: role, isHandler: true, sameSchool: false))
        }
    }

    /// Over HTTP: every fixture role of school A1 on A1's report, and the coordinators of A2 (same board) and B1.
    static let expected: [String: (list: UInt, detail: UInt, figures: UInt)] = [
        "coordinator": (200, 200, 200), "careCoordinator": (200, 200, 200),
        "supervisor": (403, 403, 403), "mentor": (403, 403, 403), "student": (403, 403, 403), "parent": (403, 403, 403),
        "leadership": (303, 403, 200), "inspector": (303, 403, 200),
        "coordinatorA2": (200, 404, 200), "coordinatorB1": (200, 404, 200),
    ]

    @Test func everyRoleAndAnotherSchool() async throws {
        try await withTestApp { app, _, _ in
            _ = try await Meldpunt.report(app)
            let id = try await Meldpunt.onlyReport(app).requireID()
            for (user, want) in Self.expected {
                let browser = Browser(app)
                try await browser.login(user)
                let list = try await browser.get("/meldingen")
                let detail = try await browser.get("/meldingen/\(id)")
                let figures = try await browser.get("/meldingen/cijfers")
                #expect(list.status.code == want.list, "\(user) list")
                #expect(detail.status.code == want.detail, "\(user) detail")
                #expect(figures.status.code == want.figures, "\(user) figures")
                #expect(!detail.body.contains("CanaryMeldtekst") || want.detail == 200, "\(user) sees the text")
                #expect(!list.body.contains("Stagediscriminatie") || want.list == 200, "\(user) sees the list")
                let write = try await browser.post("/meldingen/\(id)/actie", [("action", "bericht"), ("text", "Hallo")])
                #expect(write.status.code == (want.detail == 200 ? 303 : want.detail), "\(user) writes")
            }
            #expect(try await IncidentEntryModel.query(on: app.db).count() == 2, "only the two handlers wrote")
        }
    }

    @Test func aNamedVertrouwenspersoonReadsAndACoordinatorCanStepBack() async throws {
        try await withTestApp { app, f, _ in
            _ = try await Meldpunt.report(app)
            let id = try await Meldpunt.onlyReport(app).requireID()
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.get("/meldingen/instellingen").status == .ok)
            // act: name mentor as vertrouwenspersoon, care coordinators no longer handle, coordinators still do
            let mentor = try #require(f.users["mentor"])
            let saved = try await coordinator.post("/meldingen/instellingen", [
                ("coordinatorsHandle", "ja"), ("confidants[]", mentor.uuidString), ("confidants[]", try #require(f.users["student"]).uuidString),
                ("retentionMonths", "12"), ("holidays", "2026-10-19 t/m 2026-10-23"),
            ])
            #expect(saved.status == .seeOther)
            // check
            let mentorBrowser = Browser(app)
            try await mentorBrowser.login("mentor")
            #expect(try await mentorBrowser.get("/meldingen/\(id)").status == .ok)
            let care = Browser(app)
            try await care.login("careCoordinator")
            #expect(try await care.get("/meldingen/\(id)").status == .forbidden)
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.get("/meldingen/\(id)").status == .forbidden, "a student cannot be named")
            let settings = try await MeldpuntRepository(db: app.db).settings(school: f.schoolA1)
            #expect(settings.retentionMonths == 12 && settings.holidays == "2026-10-19 t/m 2026-10-23")
            // Only the coordinator configures.
            #expect(try await mentorBrowser.get("/meldingen/instellingen").status == .forbidden)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "meldpuntHandler").count() == 1)
        }
    }

    @Test func aMentorSeesOnlyTheSummaryAHandlerShares() async throws {
        try await withTestApp { app, f, _ in
            _ = try await Meldpunt.report(app)
            let id = try await Meldpunt.onlyReport(app).requireID()
            let mentor = Browser(app)
            try await mentor.login("mentor")
            #expect(!(try await mentor.get("/").body.contains("Gedeeld vanuit het meldpunt")))
            // act: the coordinator shares a summary with the mentor (and cannot share with a student)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let student = try #require(f.users["student"]), mentorID = try #require(f.users["mentor"])
            let wrong = try await coordinator.post("/meldingen/\(id)/actie", [("action", "delen"), ("recipient", student.uuidString), ("text", "Let op")])
            #expect(wrong.status == .badRequest)
            let shared = try await coordinator.post("/meldingen/\(id)/actie",
                                                    [("action", "delen"), ("recipient", mentorID.uuidString), ("text", "Sem heeft steun nodig; stage wordt verplaatst.")])
            #expect(shared.status == .seeOther)
            // check: the mentor reads the summary on the home page, never the report
            let home = try await mentor.get("/")
            #expect(home.body.contains("Sem heeft steun nodig; stage wordt verplaatst.") && !home.body.contains("CanaryMeldtekst"))
            #expect(try await mentor.get("/meldingen/\(id)").status == .forbidden)
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entity == "incidentSummary").all()
            #expect(audit.count == 1 && !audit[0].changes.contains("steun nodig"))
        }
    }
}
