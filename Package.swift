// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Stagelijn",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stagelijn", targets: ["stagelijn"]),
        // For the benchmark package in Benchmarks/ (and other tools): the pure domain, no server.
        .library(name: "StagelijnCore", targets: ["StagelijnCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        // Tests only: property-based checks of the rules engine.
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // Pure domain: value types and rules. Foundation only — never Vapor or Fluent.
        .target(
            name: "StagelijnCore",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StagelijnApp",
            dependencies: [
                "StagelijnCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "stagelijn",
            dependencies: ["StagelijnApp"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StagelijnCoreTests",
            dependencies: [
                "StagelijnCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StagelijnAppTests",
            dependencies: [
                "StagelijnApp",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)

var swiftSettings: [SwiftSetting] { [
    .enableUpcomingFeature("ExistentialAny"),
] }
