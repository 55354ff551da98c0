// swift-tools-version:6.1
// Benchmarks live in their own package so the app's build and CI never compile the benchmark framework.
// Run: swift package --package-path Benchmarks benchmark   (or scripts/bench-matching for the solver comparison)
import PackageDescription

let package = Package(
    name: "StagelijnBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "MatchingBenchmarks",
            dependencies: [
                .product(name: "StagelijnCore", package: "main"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/MatchingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
