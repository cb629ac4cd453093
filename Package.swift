// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way; every target may use IndicatorsCore:
//   indicators → Workflows → Reports, Store, CSV, SampleData, Extract, Targets
//   indicators → Postgres → Store (the workflows know only the store protocol, `IndicatorStoring`)
//   Targets → Forecast → Numerics → CLAPACK
// The executable also names a few lower-level types directly (Table and CSVWriter to render,
// IndicatorStore and PostgresStore to open, ForecastMethod and TrendModel as option values); no library imports
// the executable's layer or a layer above its own.
let package = Package(
  name: "indicators",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "indicators", targets: ["indicators"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
  ],
  targets: [
    .systemLibrary(name: "CLAPACK", path: "Sources/CLAPACK"),
    .target(name: "IndicatorsCore"),
    .target(name: "IndicatorsNumerics", dependencies: ["CLAPACK"]),
    .target(name: "NISTReference", dependencies: ["IndicatorsNumerics"]),
    .executableTarget(name: "indicators-nist", dependencies: ["NISTReference"]),
    .executableTarget(name: "indicators-bench-fit", dependencies: ["IndicatorsNumerics"]),
    .executableTarget(name: "indicators-bench-forecast", dependencies: ["IndicatorsForecast"]),
    .executableTarget(
      name: "indicators-bench-targets",
      dependencies: ["IndicatorsForecast", "IndicatorsTargets", "IndicatorsStore", "IndicatorsWorkflows", "IndicatorsCore"]),
    // `make fuzz`: libFuzzer on the parsers of user input (built with -sanitize=fuzzer -DFUZZING);
    // in an ordinary build it replays inputs to reproduce a crash.
    .target(name: "CFuzzDriver"),
    .executableTarget(name: "indicators-fuzz", dependencies: ["IndicatorsCSV", "IndicatorsCore", "CFuzzDriver"]),
    .target(name: "IndicatorsForecast", dependencies: ["IndicatorsCore", "IndicatorsNumerics"]),
    .target(name: "IndicatorsTargets", dependencies: ["IndicatorsCore", "IndicatorsForecast"]),
    .target(name: "IndicatorsCSV", dependencies: ["IndicatorsCore"]),
    .target(name: "IndicatorsExtract", dependencies: ["IndicatorsCore"]),
    .executableTarget(
      name: "indicators-extract-eval", dependencies: ["IndicatorsExtract", "IndicatorsCSV", "IndicatorsCore"]),
    .target(
      name: "IndicatorsSampleData",
      path: "Data",
      exclude: ["README.md", "seeds", "extract-dev", "extract-corpus", "bulletin_figures.md"],
      sources: ["SampleData.swift"],
      resources: [
        .copy("indicators.csv"),
        .copy("regions.csv"),
        .copy("places.csv"),
        .copy("seed_figures.csv"),
        .copy("regional_indicators_sourced.csv"),
        .copy("bulletin_figures.csv"),
      ]
    ),
    .target(
      name: "IndicatorsStore",
      dependencies: [
        "IndicatorsCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    // The same store on a PostgreSQL server (`--db postgresql://…`), for a team sharing one database.
    .target(
      name: "IndicatorsPostgres",
      dependencies: ["IndicatorsCore", "IndicatorsStore", .product(name: "PostgresNIO", package: "postgres-nio")]
    ),
    .target(name: "IndicatorsReports", dependencies: ["IndicatorsCore"]),
    .target(
      name: "IndicatorsWorkflows",
      dependencies: [
        "IndicatorsCore", "IndicatorsCSV", "IndicatorsStore", "IndicatorsForecast", "IndicatorsTargets",
        "IndicatorsReports", "IndicatorsSampleData", "IndicatorsExtract",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // `indicators serve`: the browser pages over the same workflows; knows no store beyond their API.
    .target(
      name: "IndicatorsServer",
      dependencies: [
        "IndicatorsCore", "IndicatorsWorkflows", "IndicatorsStore", "IndicatorsReports", "IndicatorsCSV",
        "IndicatorsForecast", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
      ]
    ),
    .executableTarget(
      name: "indicators",
      dependencies: [
        "IndicatorsServer", "IndicatorsPostgres",
        "IndicatorsCore", "IndicatorsWorkflows", "IndicatorsCSV", "IndicatorsStore", "IndicatorsForecast",
        "IndicatorsReports", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "IndicatorsCoreTests", dependencies: ["IndicatorsCore"]),
    .testTarget(name: "IndicatorsExtractTests", dependencies: ["IndicatorsExtract", "IndicatorsCore"]),
    .testTarget(name: "IndicatorsCSVTests", dependencies: ["IndicatorsCSV", "IndicatorsCore"]),
    .testTarget(
      name: "IndicatorsStoreTests",
      dependencies: [
        "IndicatorsStore", "IndicatorsCSV", "IndicatorsCore", "IndicatorsSampleData", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    // One set of store tests run on every backend: SQLite always, PostgreSQL when
    // INDICATORS_TEST_POSTGRES_URL names a server (`make test` starts one).
    .testTarget(
      name: "IndicatorsStoreConformanceTests",
      dependencies: ["IndicatorsStore", "IndicatorsPostgres", "IndicatorsCSV", "IndicatorsCore", "IndicatorsSampleData"]
    ),
    .testTarget(
      name: "IndicatorsNumericsTests",
      dependencies: ["IndicatorsNumerics", "NISTReference"],
      resources: [.copy("NIST")]
    ),
    .testTarget(
      name: "IndicatorsForecastTests", dependencies: ["IndicatorsForecast", "IndicatorsCore"]),
    .testTarget(name: "IndicatorsReportsTests", dependencies: ["IndicatorsReports", "IndicatorsCore"]),
    .testTarget(
      name: "IndicatorsWorkflowsTests",
      dependencies: [
        "IndicatorsWorkflows", "IndicatorsStore", "IndicatorsCore", "IndicatorsReports", "IndicatorsForecast",
        "IndicatorsCSV", "IndicatorsTargets",
      ]
    ),
    .testTarget(name: "IndicatorsTargetsTests", dependencies: ["IndicatorsTargets", "IndicatorsCore"]),
    .testTarget(
      name: "IndicatorsServerTests",
      dependencies: [
        "IndicatorsServer", "IndicatorsWorkflows", "IndicatorsStore", "IndicatorsCore",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(name: "IndicatorsCLITests", dependencies: ["IndicatorsStore", "IndicatorsCore"], exclude: ["BadInput"]),
  ]
)
