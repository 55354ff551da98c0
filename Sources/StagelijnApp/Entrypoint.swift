import Logging
import Vapor

/// Boots the application for the `stagelijn` executable.
public enum Entrypoint {
    public static func main() async throws {
        // Rule checks need no database and no server: answer them before Vapor boots.
        let words = Array(CommandLine.arguments.dropFirst())
        if words.first == "check" { CheckCLI.main(Array(words.dropFirst())) }
        if words.first == "match" { MatchCLI.main(Array(words.dropFirst())) }
        var env = try Environment.detect()
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            var config = AppConfig.fromEnvironment()
            let command = env.arguments.dropFirst().first
            config.prepareOnServe = command == nil || command == "serve" || command?.hasPrefix("-") == true
            try await configure(app, config: config)
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
