import Foundation
import StagelijnCore
import Testing
@testable import StagelijnApp

@Suite("stagelijn match: run, verify, bad input")
struct MatchCLITests {
    static let instance = """
        {"referenceDate": "2026-09-01",
         "students": [{"id": "A", "birthDate": "2010-01-01", "location": {"lat": 52.63, "lon": 4.75}, "maxDistanceKm": 20, "preferences": ["X", "Y"]},
                      {"id": "B", "birthDate": "2010-01-01", "location": {"lat": 52.63, "lon": 4.75}, "maxDistanceKm": 20, "preferences": ["X"]},
                      {"id": "C", "birthDate": "2013-01-01", "location": {"lat": 52.63, "lon": 4.75}, "maxDistanceKm": 20, "preferences": ["Y"]}],
         "positions": [{"id": "X", "companyId": "c1", "sector": "groen", "capacity": 1, "location": {"lat": 52.63, "lon": 4.75}, "priorities": ["A"]},
                       {"id": "Y", "companyId": "c2", "sector": "groen", "capacity": 1, "location": {"lat": 52.64, "lon": 4.75}, "minimumAge": 14}]}
        """

    func run(_ arguments: [String], files: [String: String]) -> CheckCLI.Outcome {
        MatchCLI.run(arguments, read: { path in
            guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
            return Data(text.utf8)
        }, write: { _, _ in })
    }

    @Test func deferredAcceptancePrintsTheLotteryAndAStableResult() throws {
        let outcome = run(["in.json", "--algorithm", "deferred-acceptance", "--seed", "42"], files: ["in.json": Self.instance])
        #expect(outcome.exitCode == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["seed"] as? Int == 42)
        #expect((json["tieBreak"] as? [String]).map(Set.init) == ["A", "B", "C"])
        let metrics = try #require(json["metrics"] as? [String: Any])
        #expect(metrics["blockingPairs"] as? Int == 0)
        #expect(metrics["matched"] as? Int == 1)
        let dropped = try #require(json["ineligiblePreferences"] as? [[String: String]])
        #expect(dropped.map { $0["studentId"] } == ["C"])
        #expect(dropped.first?["reason"]?.contains("minstens 14 jaar") == true)
    }

    @Test func verifyAcceptsTheEnginesResultAndCatchesATamperedOne() throws {
        let result = run(["in.json", "--seed", "1"], files: ["in.json": Self.instance]).stdout
        #expect(run(["verify", "in.json", "out.json"], files: ["in.json": Self.instance, "out.json": result]).exitCode == 0)
        // Give X to B instead of A: A is left out, so A–X (X ranks A first) and A–Y (Y is empty) both block.
        let tampered = result.replacingOccurrences(of: #""studentId":"A""#, with: #""studentId":"B""#)
        let outcome = run(["verify", "in.json", "out.json"], files: ["in.json": Self.instance, "out.json": tampered])
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout.contains(#""blockingPairs":2"#))
    }

    @Test(arguments: [
        (#""preferences": ["X", "Y"]"#, #""preferences": ["X", "Z"]"#, "students[0].preferences[1]"),
        (#""preferences": ["X", "Y"]"#, #""preferences": ["X", "X"]"#, "students[0].preferences[1]"),
        (#""id": "B""#, #""id": "A""#, "students[1].id"),
        (#""capacity": 1, "location": {"lat": 52.64"#, #""capacity": -1, "location": {"lat": 52.64"#, "positions[1].capacity"),
        (#""priorities": ["A"]"#, #""priorities": ["Q"]"#, "positions[0].priorities[0]"),
        (#""referenceDate": "2026-09-01""#, #""referenceDate": "1 sept""#, "referenceDate"),
        (#""maxDistanceKm": 20, "preferences": ["X"]"#, #""preferences": ["X"]"#, "students[1].maxDistanceKm"),
    ])
    func badInputExitsTwoNamingTheField(original: String, replacement: String, field: String) {
        let broken = Self.instance.replacingOccurrences(of: original, with: replacement)
        let outcome = run(["in.json"], files: ["in.json": broken])
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.hasPrefix("Fout in de invoer bij \(field):"), "\(outcome.stderr)")
    }

    @Test func wrongArgumentsExitTwo() {
        #expect(run(["in.json", "--algorithm", "greedy"], files: ["in.json": Self.instance]).exitCode == 2)
        #expect(run(["in.json", "--seed", "-3"], files: ["in.json": Self.instance]).exitCode == 2)
        #expect(run([], files: [:]).exitCode == 2)
        #expect(run(["missing.json"], files: [:]).exitCode == 2)
    }
}
