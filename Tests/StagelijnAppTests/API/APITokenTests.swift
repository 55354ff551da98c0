import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

@Suite("API: tokens, school scope, audit and rate limit")
struct APITokenTests {
    @Test func theCommandPrintsTheTokenLastAndStoresOnlyItsHash() async throws {
        let console = CapturingConsole()
        try await withTestApp(arguments: ["stagelijn", "token", "create", "--school", "A1", "--name", "Magister", "--read-only"]) { app, f, _ in
            app.console = console
            try await app.startup()
            let token = try #require(console.lines.last)
            #expect(token.hasPrefix("stl_") && token.count > 40)
            let stored = try await APITokenModel.query(on: app.db).all()
            #expect(stored.count == 1)
            #expect(stored.first?.tokenHash == SecureToken.hash(token))
            #expect(stored.first?.readOnly == true && stored.first?.$school.id == f.schoolA1)
            #expect(!stored.contains { $0.tokenHash.contains(token) })
            let answer = try await APICaller(app: app, token: token).get("/api/v1/students")
            #expect(answer.status == .ok)
        }
    }

    @Test func withoutAValidTokenTheAnswerIsAProblemInDutch() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1)
            for bearer in [nil, "stl_wrong", "", String(repeating: "x", count: 5000)] as [String?] {
                let answer = try await caller.send(.GET, "/api/v1/students", bearer: .some(bearer))
                #expect(answer.status == .unauthorized, "\(bearer?.prefix(10) ?? "none")")
                #expect(answer.headers.contentType?.subType == "problem+json")
                #expect(answer.json?["detail"]?.stringValue?.contains("API-sleutel") == true)
            }
            // A signed-in browser session does not open the API.
            let browser = Browser(app)
            try await browser.login("coordinator")
            #expect(try await browser.get("/api/v1/students").status == .unauthorized)
        }
    }

    @Test func anotherSchoolsRecordsAnswer404() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1)
            #expect(try await caller.get("/api/v1/students/\(f.ownStudent)").status == .ok)
            for path in ["/api/v1/students/\(f.studentA2)", "/api/v1/students/\(f.studentB1)",
                         "/api/v1/companies/\(f.companyB)", "/api/v1/positions/\(f.positionB)",
                         "/api/v1/stage-periods/\(f.periodA2)", "/api/v1/placements/\(f.placementA2)",
                         "/api/v1/placements/\(f.placementB1)/agreement", "/api/v1/placements/\(f.placementB1)/hours",
                         "/api/v1/placements/\(f.placementA2)/supervision"] {
                let answer = try await caller.get(path)
                #expect(answer.status == .notFound, "\(path)")
                #expect(answer.json?["status"] == 404)
            }
            let list = try await caller.get("/api/v1/students?perPage=200")
            let ids = list.json?["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            #expect(Set(ids) == [f.ownStudent.uuidString, f.otherStudent.uuidString])
            // The company of the same board is shared (as on the pages).
            #expect(try await caller.get("/api/v1/companies/\(f.companyA)").status == .ok)
        }
    }

    @Test func writesFollowTheFormsRulesAndAreAuditedWithTheTokensName() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1, name: "Magister-koppeling")
            let body = #"{"studentNumber":"5005","firstName":"Lina","lastName":"Jansen","birthDate":"2011-03-04","schoolType":"pro","schoolYearLevel":3,"className":"3A","postcode":"1811 AB","maxDistanceKm":15,"sectorInterests":["groen"],"needsSupport":false}"#
            let created = try await caller.send(.POST, "/api/v1/students", json: body)
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created.json?["id"]?.stringValue.flatMap(UUID.init(uuidString:)))
            #expect(created.headers.first(name: .location) == "/api/v1/students/\(id)")
            let entry = try await AuditEntryModel.query(on: app.db).filter(\.$entityID == id).filter(\.$action == "create").first()
            #expect(entry?.actorName.contains("Magister-koppeling") == true)
            #expect(entry?.schoolID == f.schoolA1)

            // The same number again: the form's rule, the field named.
            let duplicate = try await caller.send(.POST, "/api/v1/students", json: body)
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.json?["errors"]?.arrayValue?.first?["field"] == "studentNumber")
            #expect(duplicate.json?["detail"]?.stringValue?.contains("studentNumber") == true)

            let badDate = try await caller.send(.PUT, "/api/v1/students/\(id)", json: body.replacingOccurrences(of: "2011-03-04", with: "2011-13-45"))
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.json?["errors"]?.arrayValue?.contains { $0["field"] == "birthDate" } == true)
            let unknown = try await caller.send(.PUT, "/api/v1/students/\(id)", json: #"{"ethnicity":"x"}"#)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.json?["errors"]?.arrayValue?.contains { $0["field"] == "ethnicity" } == true)
            for broken in ["", "[]", "{", #"{"firstName":{"a":1}}"#, "null"] {
                let answer = try await caller.send(.PUT, "/api/v1/students/\(id)", json: broken)
                #expect((400..<500).contains(answer.status.code), "\(broken) → \(answer.status)")
            }
            let renamed = try await caller.send(.PUT, "/api/v1/students/\(id)", json: body.replacingOccurrences(of: "Lina", with: "Lena"))
            #expect(renamed.status == .ok)
            #expect(try await StudentModel.find(id, on: app.db)?.firstName == "Lena")
            // Another school's student cannot be changed: 404.
            #expect(try await caller.send(.PUT, "/api/v1/students/\(f.studentB1)", json: body).status == .notFound)
        }
    }

    @Test func aReadOnlyTokenReadsButNeverWrites() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1, readOnly: true)
            #expect(try await caller.get("/api/v1/companies").status == .ok)
            let answer = try await caller.send(.POST, "/api/v1/companies", json: #"{"name":"X"}"#)
            #expect(answer.status == .forbidden)
            #expect(try await CompanyModel.query(on: app.db).count() == 2)
        }
    }

    @Test func eachTokenHasItsOwnLimitPerMinute() async throws {
        try await withTestApp { app, f, clock in
            APIRateLimit.set(APIRateLimit(perMinute: 3), on: app)
            let first = try await APICaller.make(app, school: f.schoolA1)
            let second = try await APICaller.make(app, school: f.schoolA1, name: "Rapportage")
            for _ in 0..<3 { #expect(try await first.get("/api/v1/stage-periods").status == .ok) }
            let refused = try await first.get("/api/v1/stage-periods")
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers.first(name: "Retry-After") ?? "") != nil)
            #expect(try await second.get("/api/v1/stage-periods").status == .ok)
            clock.advance(by: 61)
            #expect(try await first.get("/api/v1/stage-periods").status == .ok)
        }
    }

    @Test func theCoordinatorMakesListsAndRevokesTokensOnTheSettingsPage() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let page = try await browser.post(APITokensController.path, [("name", "Rapportage"), ("readOnly", "ja")])
            #expect(page.status == .ok)
            let token = try #require(page.body.range(of: #"stl_[A-Za-z0-9_-]{40,}"#, options: .regularExpression).map { String(page.body[$0]) })
            let caller = APICaller(app: app, token: token)
            #expect(try await caller.get("/api/v1/students").status == .ok)
            let stored = try #require(try await APITokenModel.query(on: app.db).first())
            #expect(stored.readOnly)
            #expect(try await browser.get(APITokensController.path).body.contains("Rapportage"))
            let empty = try await browser.post(APITokensController.path, [("name", "")])
            #expect(empty.status == .badRequest)
            let revoked = try await browser.post("\(APITokensController.path)/\(try stored.requireID())/intrekken")
            #expect(revoked.status == .seeOther)
            #expect(try await caller.get("/api/v1/students").status == .unauthorized)
            // Another school's coordinator cannot revoke it; a mentor cannot open the page.
            let other = Browser(app)
            try await other.login("coordinatorB1")
            #expect(try await other.post("\(APITokensController.path)/\(try stored.requireID())/intrekken").status == .notFound)
            let mentor = Browser(app)
            try await mentor.login("mentor")
            #expect(try await mentor.get(APITokensController.path).status == .forbidden)
            _ = f
        }
    }
}

/// A console that keeps what a command prints.
final class CapturingConsole: Console, @unchecked Sendable {
    private(set) var lines: [String] = []
    private var current = ""
    var userInfo: [AnySendableHashable: any Sendable] = [:]
    var size: (width: Int, height: Int) { (120, 40) }

    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) {
        current += text.description
        if newLine { lines.append(current); current = "" }
    }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) { lines.append(error) }
}
