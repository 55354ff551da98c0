import Foundation
import StagelijnCore

/// `stagelijn check schedule|agreement FILE` — the rules engine without an account or a database.
/// Reads JSON from FILE (`-` = standard input), writes JSON to standard output and exits with
/// 0 (compliant/complete), 1 (not) or 2 (unreadable input or wrong arguments, with a Dutch message on stderr).
public enum CheckCLI {
    public struct Outcome: Equatable, Sendable {
        public var stdout = ""
        public var stderr = ""
        public var exitCode: Int32 = 0

        /// Bad input: every field problem on its own line, exit code 2.
        static func badInput(_ errors: FieldErrors) -> Outcome {
            Outcome(stderr: errors.errors.map { "Fout in de invoer bij \($0.field): \($0.message)" }.joined(separator: "\n") + "\n",
                    exitCode: 2)
        }

        /// Writes the outcome to the process's streams and exits with its code.
        func exitProcess() -> Never {
            FileHandle.standardOutput.write(Data(stdout.utf8))
            FileHandle.standardError.write(Data(stderr.utf8))
            exit(exitCode)
        }
    }

    static let usage = """
        Gebruik: stagelijn check schedule BESTAND   controleer een werkrooster aan de jeugdarbeidsregels
                 stagelijn check agreement BESTAND  controleer of een stageovereenkomst compleet is (WVO art. 35)
        BESTAND is een JSON-bestand, of - voor standaardinvoer. Uitvoer is JSON.
        Exitcode: 0 = in orde, 1 = overtredingen of ontbrekende onderdelen, 2 = onleesbare invoer.
        """

    /// `arguments` are the words after `check`; `read` loads a file (or stdin for `-`).
    public static func run(_ arguments: [String], today: LocalDate,
                           read: (String) throws -> Data = CheckCLI.readFile) -> Outcome {
        if arguments.contains("--help") || arguments.contains("-h") {
            return Outcome(stdout: usage + "\n")
        }
        guard arguments.count == 2, ["schedule", "agreement"].contains(arguments[0]) else {
            return Outcome(stderr: "Onbekende opdracht: stagelijn check \(arguments.joined(separator: " "))\n\(usage)\n", exitCode: 2)
        }
        let data: Data
        do {
            data = try read(arguments[1])
        } catch {
            return Outcome(stderr: "Kan het bestand \(arguments[1]) niet lezen: \(error.localizedDescription)\n", exitCode: 2)
        }
        do throws(FieldErrors) {
            if arguments[0] == "schedule" {
                let schedule = try ScheduleJSON.read(data)
                let result = ScheduleJSON.result(ScheduleCheck.check(schedule))
                return Outcome(stdout: JSONOutput.encode(result) + "\n", exitCode: result.compliant ? 0 : 1)
            }
            let content = try AgreementJSON.read(data)
            let result = AgreementJSON.result(AgreementCompleteness.missing(content, today: today))
            return Outcome(stdout: JSONOutput.encode(result) + "\n", exitCode: result.complete ? 0 : 1)
        } catch {
            return .badInput(error)
        }
    }

    public static func readFile(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "het bestand bestaat niet"])
        }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// Runs the command for the executable and exits; used by `Entrypoint` before Vapor boots.
    public static func main(_ arguments: [String]) -> Never {
        run(arguments, today: LocalDate(Date())).exitProcess()
    }
}
