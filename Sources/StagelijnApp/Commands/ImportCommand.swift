import Fluent
import StagelijnCore
import Vapor

/// `stagelijn import students|companies|positions FILE --school CODE`: the same all-or-nothing import as the web
/// page. Prints every problem with its line and column and exits with a non-zero status when the file is not clean.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "kind", help: "students, companies of positions")
        var kind: String
        @Argument(name: "file", help: "pad naar het CSV-bestand")
        var file: String
        @Option(name: "school", help: "schoolcode, bijvoorbeeld PRO-ALK")
        var school: String?
        @Flag(name: "dry-run", help: "alleen controleren, niets opslaan")
        var dryRun: Bool
    }

    var help: String { "Importeert leerlingen, bedrijven of stageplaatsen uit een CSV-bestand (alles of niets)." }

    struct Failed: Error, CustomStringConvertible {
        let description: String
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let kind = ImportKind(argument: signature.kind) else {
            throw Failed(description: "Onbekend soort import ‘\(signature.kind)’: kies students, companies of positions.")
        }
        guard let code = signature.school,
              let school = try await SchoolModel.query(on: app.db).filter(\.$code == code).first(),
              let schoolID = school.id else {
            throw Failed(description: "Geef met --school de code van een bestaande school op.")
        }
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw Failed(description: "Kan het bestand ‘\(signature.file)’ niet lezen.")
        }
        let text: String
        switch CSVRecords.decode(data) {
        case let .success(decoded): text = decoded
        case let .failure(problem): throw Failed(description: problem.message)
        }
        let service = ImportService(db: app.db, schoolID: schoolID, boardID: school.$board.id,
                                    actor: .system("import \(signature.file)", schoolID: schoolID), now: app.clock.now())
        do {
            let result = signature.dryRun ? try await service.preview(kind, text: text) : try await service.commit(kind, text: text)
            if !result.isClean { throw ImportService.Rejected(problems: result.problems) }
            context.console.print("\(signature.dryRun ? "Controle geslaagd" : "Geïmporteerd"): \(result.newCount) nieuw, \(result.updateCount) bijgewerkt.")
        } catch let rejected as ImportService.Rejected {
            for problem in rejected.problems {
                context.console.error("regel \(problem.line)\(problem.column.isEmpty ? "" : ", kolom ‘\(problem.column)’"): \(problem.message)")
            }
            throw Failed(description: "Niets geïmporteerd: \(rejected.problems.count) problemen in het bestand.")
        }
    }
}
