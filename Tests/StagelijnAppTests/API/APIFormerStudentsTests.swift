import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("API: former students leave the students list unless asked for")
struct APIFormerStudentsTests {
    @Test func formerStudentsAreLeftOutByDefaultAndIncludedOnRequest() async throws {
        try await withTestApp { app, f, _ in
            let system = Actor.system("test", schoolID: f.schoolA1)
            // Noor left before today (2026-09-21); Sem's leaving day is still ahead.
            try await StudentDepartureModel.record(student: f.otherStudent, leftOn: LocalDate(year: 2026, month: 9, day: 1)!,
                                                   actor: system, at: Fixture.now, on: app.db)
            try await StudentDepartureModel.record(student: f.ownStudent, leftOn: LocalDate(year: 2027, month: 7, day: 10)!,
                                                   actor: system, at: Fixture.now, on: app.db)
            let caller = try await APICaller.make(app, school: f.schoolA1, readOnly: true)
            func ids(_ path: String) async throws -> [String: JSONValue] {
                let answer = try await caller.get(path)
                #expect(answer.status == .ok, "\(path): \(answer.body)")
                let items = answer.json?["items"]?.arrayValue ?? []
                #expect(answer.json?["total"] == .number(Double(items.count)))
                return Dictionary(uniqueKeysWithValues: items.compactMap { item in item["id"]?.stringValue.map { ($0, item) } })
            }
            let current = try await ids("/api/v1/students")
            #expect(Set(current.keys) == [f.ownStudent.uuidString])
            #expect(current[f.ownStudent.uuidString]?["leftOn"] == "2027-07-10")
            #expect(Set(try await ids("/api/v1/students?includeLeft=false").keys) == [f.ownStudent.uuidString])
            let all = try await ids("/api/v1/students?includeLeft=true")
            #expect(Set(all.keys) == [f.ownStudent.uuidString, f.otherStudent.uuidString])
            #expect(all[f.otherStudent.uuidString]?["leftOn"] == "2026-09-01")
            // A former student stays readable by id, with the day.
            let one = try await caller.get("/api/v1/students/\(f.otherStudent)")
            #expect(one.status == .ok && one.json?["leftOn"] == "2026-09-01")
            let bad = try await caller.get("/api/v1/students?includeLeft=ja")
            #expect(bad.status == .badRequest)
            #expect(bad.json?["errors"]?.arrayValue?.first?["field"] == "includeLeft")
            // Both answers match the documented schema, and the parameter is documented.
            let document = OpenAPIDocument.document
            let parameters = document["paths"]?["/students"]?["get"]?["parameters"]?.arrayValue ?? []
            #expect(parameters.contains { $0["name"] == "includeLeft" })
            let schema = try #require(document["paths"]?["/students"]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"])
            let listed = try #require(try await caller.get("/api/v1/students?includeLeft=true").json)
            #expect(SchemaCheck.problems(listed, schema, document: document).isEmpty)
        }
    }
}
