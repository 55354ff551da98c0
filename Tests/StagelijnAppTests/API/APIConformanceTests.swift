import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// The hand-written routes and the served OpenAPI document cannot drift: every route is documented, every documented
/// operation exists, and every answer matches the schema the document gives for its status.
@Suite("API: the served OpenAPI document matches the implementation")
struct APIConformanceTests {
    static func operations(_ document: JSONValue) -> Set<String> {
        var found = Set<String>()
        for (path, item) in document["paths"]?.objectValue ?? [:] {
            for method in (item.objectValue ?? [:]).keys { found.insert("\(method.uppercased()) /api/v1\(path)") }
        }
        return found
    }

    static func routes(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            let parts = route.path.map { component -> String in
                switch component {
                case let .constant(value): value
                case let .parameter(name): "{\(name)}"
                default: "*"
                }
            }
            guard parts.starts(with: ["api", "v1"]) else { return nil }
            return "\(route.method.rawValue) /\(parts.joined(separator: "/"))"
        })
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedOperationExists() async throws {
        try await withTestApp { app, _, _ in
            let answer = try await APICaller(app: app, token: "").send(.GET, "/api/openapi.json", bearer: .some(nil))
            #expect(answer.status == .ok)
            let document = try #require(answer.json)
            #expect(document["openapi"] == "3.1.0")
            let documented = Self.operations(document)
            let implemented = Self.routes(app)
            #expect(implemented.count >= 25)
            #expect(implemented.subtracting(documented).isEmpty, "undocumented: \(implemented.subtracting(documented).sorted())")
            #expect(documented.subtracting(implemented).isEmpty, "not implemented: \(documented.subtracting(implemented).sorted())")
            // Every operation has an id and a 4xx answer in the problem format; every $ref resolves.
            for (_, item) in document["paths"]?.objectValue ?? [:] {
                for (_, operation) in item.objectValue ?? [:] {
                    #expect(operation["operationId"]?.stringValue != nil)
                    #expect(operation["responses"]?["401"] != nil)
                }
            }
            let text = answer.body
            for match in text.matches(of: /"#\/components\/schemas\/([A-Za-z]+)"/) {
                #expect(document["components"]?["schemas"]?[String(match.1)] != nil, "\(match.1)")
            }
        }
    }

    @Test func everyAnswerMatchesItsSchema() async throws {
        try await withTestApp { app, f, _ in
            try await Self.addRecords(app, f)
            let document = OpenAPIDocument.document
            let caller = try await APICaller.make(app, school: f.schoolA1)
            let run = try #require(try await MatchingRunModel.query(on: app.db).first()?.id)
            let (dropout, leaver) = try await Self.addStageEnd(app, f)
            let ids = ["/students/{id}": f.ownStudent, "/companies/{id}": f.companyA, "/positions/{id}": f.positionA,
                       "/stage-periods/{id}": f.periodA1, "/placements/{id}": f.placementA1,
                       "/placements/{id}/agreement": f.placementA1, "/placements/{id}/hours": f.placementA1,
                       "/placements/{id}/supervision": f.placementA1, "/matching-runs/{id}": run,
                       "/dropouts/{id}": dropout, "/leavers/{id}": leaver]
            var checked = 0
            for (path, item) in document["paths"]?.objectValue ?? [:] where item["get"] != nil {
                let operation = try #require(item["get"])
                let concrete = path.replacingOccurrences(of: "{id}", with: ids[path]?.uuidString ?? "")
                for (suffix, status) in [("", "200"), (path.contains("{id}") ? "" : "?page=0", "400")] {
                    if status == "400" && suffix.isEmpty { continue }
                    let answer = try await caller.get("/api/v1\(concrete)\(suffix)")
                    #expect(String(answer.status.code) == status, "\(path)\(suffix): \(answer.status) \(answer.body.prefix(200))")
                    let schema = try #require(operation["responses"]?[status]?["content"]?.objectValue?.values.first?["schema"])
                    let value = try #require(answer.json, "\(path) answers JSON")
                    let problems = SchemaCheck.problems(value, schema, document: document)
                    #expect(problems.isEmpty, "\(path)\(suffix): \(problems.prefix(5))")
                    if status == "200", case let .array(items)? = value["items"] { #expect(!items.isEmpty, "\(path) has items to check") }
                    checked += 1
                }
                // A missing record answers the documented 404.
                if path.contains("{id}") {
                    let missing = try await caller.get("/api/v1\(path.replacingOccurrences(of: "{id}", with: UUID().uuidString))")
                    #expect(missing.status == .notFound)
                    #expect(operation["responses"]?["404"] != nil)
                    #expect(SchemaCheck.problems(try #require(missing.json), OpenAPISchemas.ref("Problem"), document: document).isEmpty)
                }
            }
            #expect(checked >= 24)
            // Writes: the created record and an invalid body, against their documented schemas.
            for (path, body) in [("/students", #"{"studentNumber":"7007","firstName":"A","lastName":"B","birthDate":"2011-01-01","schoolType":"pro","schoolYearLevel":2,"className":"2B","postcode":"1811 AB"}"#),
                                 ("/companies", #"{"name":"Garage West","street":"Weg 1","postcode":"1811 AB","city":"Alkmaar","sectors":["logistiek"]}"#)] {
                let operation = try #require(document["paths"]?[path]?["post"])
                let created = try await caller.send(.POST, "/api/v1\(path)", json: body)
                #expect(created.status == .created, "\(path): \(created.body)")
                let schema = try #require(operation["responses"]?["201"]?["content"]?["application/json"]?["schema"])
                #expect(SchemaCheck.problems(try #require(created.json), schema, document: document).isEmpty)
                let invalid = try await caller.send(.POST, "/api/v1\(path)", json: "{}")
                #expect(invalid.status == .unprocessableEntity)
                let problemSchema = try #require(operation["responses"]?["422"]?["content"]?["application/problem+json"]?["schema"])
                #expect(SchemaCheck.problems(try #require(invalid.json), problemSchema, document: document).isEmpty)
                // The request schema accepts the body we sent.
                let requestSchema = try #require(operation["requestBody"]?["content"]?["application/json"]?["schema"])
                let sent = try JSONDecoder().decode(JSONValue.self, from: Data(body.utf8))
                #expect(SchemaCheck.problems(sent, requestSchema, document: document).isEmpty)
            }
        }
    }

    /// Every write of the placements: created, refused (422), moved (200), refused by the status machine (409).
    @Test func placementWritesMatchTheirSchemas() async throws {
        try await withTestApp { app, f, _ in
            let document = OpenAPIDocument.document
            let caller = try await APICaller.make(app, school: f.schoolA1)
            func check(_ answer: APICaller.Answer, _ operation: JSONValue, _ status: String) throws {
                #expect(String(answer.status.code) == status, "\(status): \(answer.status) \(answer.body.prefix(300))")
                let content = try #require(operation["responses"]?[status]?["content"]?.objectValue, "\(status) documented")
                #expect(content.keys.first == (status.hasPrefix("2") ? "application/json" : "application/problem+json"))
                #expect(answer.headers.contentType?.subType == (status.hasPrefix("2") ? "json" : "problem+json"))
                let schema = try #require(content.values.first?["schema"])
                let problems = SchemaCheck.problems(try #require(answer.json), schema, document: document)
                #expect(problems.isEmpty, "\(status): \(problems.prefix(5))")
            }
            let create = try #require(document["paths"]?["/placements"]?["post"])
            let body = #"{"studentId":"\#(f.otherStudent)","positionId":"\#(f.positionA)","periodId":"\#(f.periodA1)","reason":"Past bij de wens"}"#
            let requestSchema = try #require(create["requestBody"]?["content"]?["application/json"]?["schema"])
            #expect(SchemaCheck.problems(try JSONDecoder().decode(JSONValue.self, from: Data(body.utf8)), requestSchema, document: document).isEmpty)
            let created = try await caller.send(.POST, "/api/v1/placements", json: body)
            try check(created, create, "201")
            try check(try await caller.send(.POST, "/api/v1/placements", json: body), create, "422")
            let id = try #require(created.json?["id"]?.stringValue)

            let change = try #require(document["paths"]?["/placements/{id}/status"]?["post"])
            try check(try await caller.send(.POST, "/api/v1/placements/\(id)/status", json: #"{"status":"introduction"}"#), change, "200")
            try check(try await caller.send(.POST, "/api/v1/placements/\(id)/status", json: #"{"status":"completed"}"#), change, "409")
            try check(try await caller.send(.POST, "/api/v1/placements/\(id)/status", json: #"{"status":"terminated"}"#), change, "422")
            try check(try await caller.send(.POST, "/api/v1/placements/\(UUID())/status", json: #"{"status":"terminated"}"#), change, "404")
            let reader = try await APICaller.make(app, school: f.schoolA1, name: "Lezer", readOnly: true)
            try check(try await reader.send(.POST, "/api/v1/placements", json: body), create, "403")
            try check(try await reader.send(.POST, "/api/v1/placements/\(id)/status", json: #"{"status":"proposed"}"#), change, "403")
        }
    }

    /// A dropout of placement A1 and a leaver (Noor), so the stage-end lists have an item.
    static func addStageEnd(_ app: Application, _ f: Fixture) async throws -> (UUID, UUID) {
        let dropout = DropoutModel()
        dropout.$school.id = f.schoolA1; dropout.$placement.id = f.placementA1; dropout.$student.id = f.ownStudent
        dropout.schoolYear = "2026-2027"; dropout.endedOn = "2026-10-05"; dropout.reason = "Te zwaar werk"
        dropout.cause = DropoutCause.allCases.first; dropout.supportTeamConsulted = false; dropout.startedByName = "Test"
        try await dropout.create(on: app.db)
        let leaver = OutflowModel()
        leaver.$school.id = f.schoolA1; leaver.$student.id = f.otherStudent; leaver.schoolType = .praktijkonderwijs
        leaver.leftOn = "2026-07-10"; leaver.schoolYear = "2025-2026"; leaver.profile = OutflowProfile.allCases[0]
        leaver.destination = OutflowDestination.allCases[0]; leaver.aftercare = true; leaver.aftercareRequested = false
        leaver.createdByName = "Test"
        try await leaver.create(on: app.db)
        return (try dropout.requireID(), try leaver.requireID())
    }

    /// Hours, a visit, a status change, an agreement with a signature and a matching run, so every list has an item.
    static func addRecords(_ app: Application, _ f: Fixture) async throws {
        let hour = HourEntryModel()
        hour.$placement.id = f.placementA1
        hour.date = "2026-09-14"; hour.start = "08:30"; hour.end = "15:00"; hour.breakMinutes = 30
        hour.activities = "Brood bakken"; hour.violations = ""
        try await hour.create(on: app.db)
        let visit = SupervisionRecordModel()
        visit.$placement.id = f.placementA1
        visit.kind = "bezoek"; visit.doneOn = "2026-09-15"; visit.present = "leerling, praktijkbegeleider"
        visit.progress = "Gaat goed"; visit.concerns = ""; visit.nextStep = "Volgende week"; visit.recordedByName = "Test"
        visit.goalProgressJSON = "{}"
        try await visit.create(on: app.db)
        let placement = try #require(try await PlacementModel.query(on: app.db).filter(\.$id == f.placementA1).with(\.$student).with(\.$school).first())
        try await FluentPlacementRepository(db: app.db).changeStatus(placement, to: .introduction, reason: "kennismaking gepland",
                                                                    actor: .system("test", schoolID: f.schoolA1), at: Date())
        let run = MatchingRunModel()
        run.$school.id = f.schoolA1; run.$period.id = f.periodA1; run.algorithm = "deferred-acceptance"; run.seed = 1
        run.result = #"{"algorithm":"deferred-acceptance","seed":1,"assignments":[{"studentId":"\#(f.ownStudent)","positionId":"\#(f.positionA)","rank":1}],"unmatched":[],"ineligiblePreferences":[],"metrics":{"students":1,"positions":1,"matched":1,"rankCounts":{"1":1},"meanRank":1,"blockingPairs":0,"solveSeconds":0.01}}"#
        try await run.create(on: app.db)
    }
}
