import Foundation
import StagelijnCore
import Testing
@testable import StagelijnApp

@Suite("stagelijn check: exit codes, JSON out, Dutch errors")
struct CheckCLITests {
    static let today = LocalDate(iso: "2026-03-01")!

    func run(_ arguments: [String], input: String) -> CheckCLI.Outcome {
        CheckCLI.run(arguments, today: Self.today) { _ in Data(input.utf8) }
    }

    @Test func aCompliantScheduleExitsZero() {
        let outcome = run(["schedule", "-"], input: #"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "08:30", "end": "15:30", "breaks": [30], "schoolDay": true}]}"#)
        #expect(outcome == CheckCLI.Outcome(stdout: "{\"compliant\":true,\"violations\":[]}\n", stderr: "", exitCode: 0))
    }

    @Test func violationsExitOne() throws {
        let outcome = run(["schedule", "rooster.json"], input: #"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "08:30", "end": "16:30", "breaks": [30]}]}"#)
        #expect(outcome.exitCode == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["compliant"] as? Bool == false)
        let violations = try #require(json["violations"] as? [[String: String]])
        #expect(violations.map { $0["rule"] } == ["maxHoursPerDay"])
        #expect(violations.first?["date"] == "2026-03-02")
        #expect(violations.first?["message"]?.contains("maximaal 7 uur") == true)
    }

    @Test func badInputExitsTwoWithTheFieldOnStderr() {
        let outcome = run(["schedule", "-"], input: #"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "8.30", "end": "15:30"}]}"#)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("Fout in de invoer bij shifts[0].start: \"8.30\" is geen geldige tijd"))
    }

    @Test func anAgreementIsCheckedForCompleteness() {
        let incomplete = run(["agreement", "-"], input: #"{"student": {"birthDate": "2010-06-01"}, "learningActivities": ["Vakken vullen"]}"#)
        #expect(incomplete.exitCode == 1)
        #expect(incomplete.stdout == "{\"complete\":false,\"missing\":[\"company\",\"dates\",\"schedule\",\"supervision\",\"assessment\",\"inspection\",\"insurance\",\"signatureSchool\",\"signatureStudent\",\"signatureCompany\",\"signatureParent\"]}\n")
        let bad = run(["agreement", "-"], input: #"{"student": {"birthDate": "1 juni"}}"#)
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("student.birthDate"))
    }

    @Test func wrongArgumentsOrAMissingFileExitTwo() {
        #expect(run(["rooster", "x.json"], input: "{}").exitCode == 2)
        #expect(run(["schedule"], input: "{}").exitCode == 2)
        let missing = CheckCLI.run(["schedule", "/nonexistent/rooster.json"], today: Self.today)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("Kan het bestand /nonexistent/rooster.json niet lezen"))
        #expect(run(["--help"], input: "").exitCode == 0)
    }

    /// The real executable, as a school would run it: stdin in, stdout and exit code out, no database touched.
    @Test func theExecutableReadsStandardInput() async throws {
        // The test runner lives next to the products: .build/debug/StagelijnPackageTests.xctest (a bundle on macOS).
        let runner = URL(fileURLWithPath: CommandLine.arguments[0])
        let candidates = [runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent(),
                          runner.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()]
            .map { $0.appendingPathComponent("stagelijn") }
        let executable = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                                      "build the stagelijn product first (scripts/test does): \(candidates[0].path)")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["check", "schedule", "-"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"birthDate": "2014-01-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "09:00", "end": "12:00"}]}"#.utf8))
        try input.fileHandleForWriting.close()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: stdout, as: UTF8.self).contains(#""rule":"minimumAge""#))
    }
}
