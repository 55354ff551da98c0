import Fluent
import Vapor

/// When the server starts it migrates, loads the demo the first time (SQLite default only) and prints how to sign
/// in. Fluent records applied migrations, so a second server finds nothing left to do; a deployment that rolls out
/// many servers at once runs `stagelijn migrate` first.
struct PrepareOnServe: LifecycleHandler {
    let loadDemo: Bool

    func willBootAsync(_ app: Application) async throws {
        try await app.autoMigrate()
        let loader = DemoLoader(db: app.db, now: app.clock.now())
        if loadDemo, try await loader.isEmpty() {
            let demo = try await loader.load()
            app.logger.notice("Demogegevens geladen: \(demo.students.count) leerlingen, \(demo.companies.count) bedrijven.")
        }
        if try await UserModel.query(on: app.db).filter(\.$email == "coordinator@dewerkplaats.demo").count() > 0 {
            DemoLoader.loginLines().forEach { print($0) }
        }
        let config = app.stagelijnConfig
        print("Stagelijn draait op http://\(config.hostname):\(config.port)")
    }
}
