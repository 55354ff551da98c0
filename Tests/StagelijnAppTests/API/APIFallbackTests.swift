import Foundation
import Testing
import Vapor
@testable import StagelijnApp

@Suite("API: unknown paths and wrong methods answer a problem, never the HTML page")
struct APIFallbackTests {
    @Test func unknownPathsAnswer404ProblemsInDutch() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1)
            for (method, path) in [(HTTPMethod.GET, "/api/v1/nope"), (.GET, "/api/nope"), (.GET, "/api"), (.GET, "/api/v1"),
                                   (.GET, "/api/v1/students/\(f.ownStudent)/nope"), (.POST, "/api/v2/students"),
                                   (.DELETE, "/api/v1/placements/\(f.placementA1)/agreement/x")] {
                for bearer in [caller.token, nil] as [String?] {
                    let answer = try await caller.send(method, path, bearer: .some(bearer))
                    #expect(answer.status == .notFound, "\(method) \(path)")
                    #expect(answer.headers.contentType?.subType == "problem+json", "\(method) \(path)")
                    #expect(answer.json?["status"] == 404)
                    #expect(answer.json?["title"]?.stringValue == "Niet gevonden")
                    #expect(answer.json?["instance"]?.stringValue == path)
                    #expect(!answer.body.contains("<html"))
                }
            }
        }
    }

    @Test func aWrongMethodAnswers405WithTheAllowedOnes() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1)
            let cases: [(HTTPMethod, String, String)] = [
                (.DELETE, "/api/v1/positions", "GET, HEAD"),
                (.DELETE, "/api/v1/students/\(f.ownStudent)", "GET, HEAD, PUT"),
                (.PATCH, "/api/v1/students", "GET, HEAD, POST"),
                (.PUT, "/api/v1/matching-runs/\(UUID())", "GET, HEAD"),
                (.POST, "/api/openapi.json", "GET, HEAD"),
            ]
            for (method, path, allow) in cases {
                let answer = try await caller.send(method, path, json: "{}")
                #expect(answer.status == .methodNotAllowed, "\(method) \(path): \(answer.status)")
                #expect(answer.headers.contentType?.subType == "problem+json")
                #expect(answer.headers.first(name: .allow) == allow, "\(method) \(path)")
                #expect(answer.json?["title"]?.stringValue == "Methode niet toegestaan")
                #expect(answer.json?["detail"]?.stringValue?.contains("\(method.rawValue) kan niet op dit adres") == true)
            }
            // The real routes are untouched by the catch-all.
            #expect(try await caller.get("/api/v1/positions").status == .ok)
            #expect(try await caller.get("/api/v1/students/\(f.ownStudent)").status == .ok)
            // Outside /api the HTML error page stays.
            let page = try await caller.send(.GET, "/nope", bearer: .some(nil))
            #expect(page.status == .notFound)
            #expect(page.headers.contentType?.subType == "html")
        }
    }
}
