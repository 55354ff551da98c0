import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// Helpers for the meldpunt tests: a report sent the way a phone sends it, and the code read from the thanks page.
enum Meldpunt {
    static let secret = "Mijn begeleider zei dat ik met mijn hoofddoek niet achter de kassa mocht. CanaryMeldtekst"

    static func form(_ overrides: [String: String] = [:]) -> [(String, String)] {
        var fields: [String: String] = ["category": "stagediscriminatie", "grounds": "religie", "phase": "tijdens", "mode": "opvolgen",
                                        "reporterKind": "leerling", "description": secret, "companyName": "bakkerij alkmaar"]
        for (key, value) in overrides { fields[key] = value }
        return fields.sorted { $0.key < $1.key }.filter { !$0.value.isEmpty }.map { ($0.key, $0.value) }
    }

    /// Sends a report as someone without an account; returns the follow-up code shown on the thanks page.
    static func report(_ app: Application, school: String = "A1", _ overrides: [String: String] = [:],
                       browser: Browser? = nil) async throws -> String {
        let phone = browser ?? Browser(app)
        try await phone.get("/melden/\(school)")
        let page = try await phone.post("/melden/\(school)", form(overrides))
        #expect(page.status == .ok, "\(page.body.prefix(2000))")
        return try #require(code(in: page.body))
    }

    static func code(in html: String) -> String? {
        guard let range = html.range(of: "id=\"volgcode\">") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }

    static func onlyReport(_ app: Application) async throws -> IncidentReportModel {
        try #require(try await IncidentReportModel.query(on: app.db).sort(\.$receivedAt, .descending).first())
    }
}
