import Benchmark
import StagelijnCore

/// The matching targets of issue 5 on generated instances (see `InstanceGenerator`):
/// deferred acceptance at national mbo scale and the exact optimum for 100,000 students.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                                           timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(60),
                                           maxIterations: 3)

    let national = InstanceGenerator.generate(.init(students: 467_000, positions: 150_000, preferences: 10...10, seed: 2026))
    Benchmark("deferred-acceptance 467k students, 150k positions, 10 preferences") { benchmark in
        benchmark.startMeasurement()
        blackHole(MatchingRun.run(national, algorithm: .deferredAcceptance, seed: 1).assignment.matchedCount)
    }

    let large = InstanceGenerator.generate(.init(students: 100_000, positions: 32_000, preferences: 5...10, seed: 2026))
    Benchmark("optimal 100k students, 32k positions") { benchmark in
        benchmark.startMeasurement()
        blackHole(MatchingRun.run(large, algorithm: .optimal, seed: 1).assignment.matchedCount)
    }
}
