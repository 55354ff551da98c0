import StagelijnApp

try await Entrypoint.main()
