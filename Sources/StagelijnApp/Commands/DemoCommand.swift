import Fluent
import Vapor

/// `stagelijn demo`: migrates and loads the demo schools when the database is empty, then prints the logins.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "board-size", help: "Een bestuur op schaal (20 scholen) met dit aantal leerlingen, voor metingen.")
        var boardSize: Int?
    }

    var help: String { "Laadt demogegevens (2 scholen, ~300 leerlingen, ~150 bedrijven) in een lege database." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        if let size = signature.boardSize { return try await BoardDemoCommand.run(students: size, context: context) }
        let loader = DemoLoader(db: app.db, now: app.clock.now())
        if try await loader.isEmpty() {
            let demo = try await loader.load()
            context.console.print("Demogegevens geladen: \(demo.students.count) leerlingen, \(demo.companies.count) bedrijven, \(demo.positions.count) stageplaatsen.")
        } else {
            context.console.print("De database bevat al gegevens; er is niets toegevoegd.")
        }
        DemoLoader.loginLines().forEach { context.console.print($0) }
    }
}
