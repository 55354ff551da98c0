import Foundation
import StagelijnCore

/// `stagelijn match FILE --algorithm deferred-acceptance|optimal --seed N [--output FILE]` and
/// `stagelijn match verify FILE RESULT`. No database: the instance is the file. Exit 0 on success, 1 when a verified
/// result is wrong, 2 on bad input or arguments (Dutch message on stderr naming the field).
public enum MatchCLI {
    static let usage = """
        Gebruik: stagelijn match BESTAND [--algorithm deferred-acceptance|optimal] [--seed N] [--output BESTAND]
                 stagelijn match verify BESTAND RESULTAAT
                 stagelijn match generate --students N --positions M [--preferences 5-10] [--seed S] --output BESTAND
        BESTAND is JSON (of - voor standaardinvoer). deferred-acceptance (standaard) geeft de stabiele indeling die
        het best is voor leerlingen; optimal plaatst zoveel mogelijk leerlingen met de kleinste som van rangen.
        """

    public static func run(_ arguments: [String], read: (String) throws -> Data = CheckCLI.readFile,
                           write: (String, Data) throws -> Void = { try $1.write(to: URL(fileURLWithPath: $0)) }) -> CheckCLI.Outcome {
        if arguments.contains("--help") || arguments.contains("-h") { return .init(stdout: usage + "\n") }
        if arguments.first == "verify" { return verify(Array(arguments.dropFirst()), read: read) }
        if arguments.first == "generate" { return generate(Array(arguments.dropFirst()), write: write) }
        var file: String?
        var algorithm = MatchingAlgorithm.deferredAcceptance
        var seed: UInt64 = 0
        var output: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch word {
            case "--algorithm":
                guard let value, let chosen = MatchingAlgorithm(rawValue: value) else {
                    return fail("--algorithm moet deferred-acceptance of optimal zijn.")
                }
                algorithm = chosen
                index += 2
            case "--seed":
                guard let value, let number = UInt64(value) else { return fail("--seed moet een geheel getal van 0 of meer zijn.") }
                seed = number
                index += 2
            case "--output":
                guard let value else { return fail("--output heeft een bestandsnaam nodig.") }
                output = value
                index += 2
            default:
                guard file == nil, word == "-" || !word.hasPrefix("-") else { return fail("Onbekend argument: \(word)") }
                file = word
                index += 1
            }
        }
        guard let file else { return fail("Geef een invoerbestand (of - voor standaardinvoer).") }
        let instance: MatchingInstance
        do {
            instance = try MatchingJSON.read(try read(file))
        } catch let errors as FieldErrors {
            return .badInput(errors)
        } catch {
            return fail("Kan het bestand \(file) niet lezen: \(error.localizedDescription)")
        }
        let (result, _, stats) = MatchingRun.run(instance, algorithm: algorithm, seed: seed)
        let json = JSONOutput.encode(result) + "\n"
        // STAGELIJN_MATCH_TRACE=1: where the optimal solver spent its time (for scripts/bench-matching).
        let trace = ProcessInfo.processInfo.environment["STAGELIJN_MATCH_TRACE"] != nil
        let traceLine = trace ? stats.map { "optimal solver: \($0.summary)\n" } ?? "" : ""
        if let output {
            do { try write(output, Data(json.utf8)) } catch { return fail("Kan niet schrijven naar \(output): \(error.localizedDescription)") }
            return .init(stdout: "", stderr: traceLine, exitCode: 0)
        }
        return .init(stdout: json, stderr: traceLine, exitCode: 0)
    }

    struct ResultFile: Decodable {
        struct Assignment: Decodable { let studentId: String; let positionId: String }
        let algorithm: String?
        let tieBreak: [String]
        let assignments: [Assignment]
    }

    struct VerifyReport: Encodable {
        let matched: Int, blockingPairs: Int, overCapacity: Int, ineligibleAssignments: Int, valid: Bool
    }

    static func verify(_ arguments: [String], read: (String) throws -> Data) -> CheckCLI.Outcome {
        guard arguments.count == 2 else { return fail("Gebruik: stagelijn match verify BESTAND RESULTAAT") }
        let instance: MatchingInstance
        let result: ResultFile
        do {
            instance = try MatchingJSON.read(try read(arguments[0]))
        } catch let errors as FieldErrors {
            return .badInput(errors)
        } catch {
            return fail("Kan het bestand \(arguments[0]) niet lezen: \(error.localizedDescription)")
        }
        do {
            result = try JSONDecoder().decode(ResultFile.self, from: try read(arguments[1]))
        } catch let error as DecodingError {
            let problem = MatchingJSON.describe(error)
            return fail("Fout in het resultaat bij \(problem.field): \(problem.message)")
        } catch {
            return fail("Kan het bestand \(arguments[1]) niet lezen: \(error.localizedDescription)")
        }
        let students = Dictionary(instance.students.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        let positions = Dictionary(instance.positions.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        let lottery = result.tieBreak.compactMap { students[$0] }
        guard lottery.count == instance.students.count, Set(lottery).count == lottery.count else {
            return fail("Fout in het resultaat bij tieBreak: hier hoort elke leerling precies één keer.")
        }
        var assignment = MatchingAssignment(studentCount: instance.students.count)
        for (index, item) in result.assignments.enumerated() {
            guard let s = students[item.studentId], let p = positions[item.positionId] else {
                return fail("Fout in het resultaat bij assignments[\(index)]: onbekende leerling of stageplaats.")
            }
            guard assignment.positionOf[Int(s)] < 0 else {
                return fail("Fout in het resultaat bij assignments[\(index)]: leerling \(item.studentId) staat twee keer ingedeeld.")
            }
            assignment.positionOf[Int(s)] = p
        }
        let check = MatchingVerifier.check(instance, preferences: instance.eligiblePreferences(),
                                           ranking: PositionRanking(instance: instance, lottery: lottery), assignment: assignment)
        let stableRequired = result.algorithm == MatchingAlgorithm.deferredAcceptance.rawValue
        let valid = check.isValid && (!stableRequired || check.blockingPairs == 0)
        let report = VerifyReport(matched: check.matched, blockingPairs: check.blockingPairs, overCapacity: check.overCapacity,
                                  ineligibleAssignments: check.ineligibleAssignments, valid: valid)
        return .init(stdout: JSONOutput.encode(report) + "\n", exitCode: valid ? 0 : 1)
    }

    /// A realistic instance (see `InstanceGenerator`) as input JSON, for benchmarks and other solvers.
    static func generate(_ arguments: [String], write: (String, Data) throws -> Void) -> CheckCLI.Outcome {
        var options: [String: String] = [:]
        var index = 0
        while index + 1 < arguments.count, arguments[index].hasPrefix("--") {
            options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        guard index == arguments.count, let students = options["students"].flatMap(Int.init), students >= 0,
              let positions = options["positions"].flatMap(Int.init), positions >= 0, let output = options["output"] else {
            return fail("Gebruik: stagelijn match generate --students N --positions M [--preferences 5-10] [--seed S] --output BESTAND")
        }
        let range = (options["preferences"] ?? "5-10").split(separator: "-").compactMap { Int($0) }
        guard let low = range.first, let high = range.last, low >= 0, low <= high else {
            return fail("--preferences moet een bereik zijn zoals 5-10.")
        }
        guard let seed = UInt64(options["seed"] ?? "2026") else { return fail("--seed moet een geheel getal van 0 of meer zijn.") }
        let instance = InstanceGenerator.generate(.init(students: students, positions: positions, preferences: low...high, seed: seed))
        do { try write(output, instance.json()) } catch { return fail("Kan niet schrijven naar \(output): \(error.localizedDescription)") }
        return .init(stdout: "", exitCode: 0)
    }

    static func fail(_ message: String) -> CheckCLI.Outcome { .init(stderr: message + "\n", exitCode: 2) }

    public static func main(_ arguments: [String]) -> Never {
        run(arguments).exitProcess()
    }
}
