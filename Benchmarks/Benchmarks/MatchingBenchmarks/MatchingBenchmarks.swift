import Benchmark
import StagelijnCore

/// The matching targets of issue 5 on generated instances (`InstanceGenerator`, seed 2026). Measured is what
/// `solveSeconds` covers: eligibility of every preference, the lottery and the algorithm — not generating the
/// instance or writing a result.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
                                           timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(60),
                                           maxIterations: 3)

    let national = InstanceGenerator.generate(.init(students: 467_000, positions: 150_000, preferences: 10...10, seed: 2026))
    Benchmark("deferred-acceptance 467k students, 150k positions, 10 preferences") { benchmark in
        benchmark.startMeasurement()
        let eligible = national.eligiblePreferences()
        let ranking = PositionRanking(instance: national, seed: 1)
        blackHole(DeferredAcceptance.solve(national, preferences: eligible, ranking: ranking).matchedCount)
    }

    let large = InstanceGenerator.generate(.init(students: 100_000, positions: 32_000, preferences: 5...10, seed: 2026))
    Benchmark("optimal 100k students, 32k positions") { benchmark in
        benchmark.startMeasurement()
        blackHole(OptimalAssignment.solve(large, preferences: large.eligiblePreferences()).matchedCount)
    }
}
