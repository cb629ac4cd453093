import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsPostgres
import IndicatorsSampleData
import IndicatorsStore
import Testing

/// A store backend the conformance tests run against: SQLite always, PostgreSQL when
/// INDICATORS_TEST_POSTGRES_URL names a server (`make test` starts one; see
/// scripts/with-postgres.sh). Each test gets a store of its own: an SQLite database in memory, or
/// a new PostgreSQL database on the server.
enum Backend: Sendable, CustomTestStringConvertible {
  case sqlite
  case postgres(PostgresLocation)

  static var serverURL: String? {
    ProcessInfo.processInfo.environment["INDICATORS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// SQLite, and PostgreSQL when a server is given.
  static var available: [Backend] {
    guard let url = serverURL else { return [.sqlite] }
    return [.sqlite, .postgres(try! PostgresLocation(url: url))]
  }

  var testDescription: String {
    switch self {
    case .sqlite: "SQLite"
    case .postgres: "PostgreSQL"
    }
  }

  /// An empty, migrated store of this backend.
  func emptyStore() throws -> any IndicatorStoring {
    switch self {
    case .sqlite:
      return try IndicatorStore.inMemory()
    case .postgres(let server):
      var location = server
      location.database = Self.freshName()
      return try PostgresStore(location, create: true)
    }
  }

  /// A store with the bundled catalogue (no observations).
  func catalogueStore() throws -> any IndicatorStoring {
    let store = try emptyStore()
    let indicators = try CatalogFile.indicators(bytes: SampleData.bytes(SampleData.indicatorCatalog), file: "indicators.csv")
    let regions = try CatalogFile.regions(bytes: SampleData.bytes(SampleData.regionCatalog), file: "regions.csv")
    try store.addCatalog(indicators: indicators, regions: regions)
    return store
  }

  /// A database name no other test uses.
  static func freshName() -> String {
    "conformance_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
  }
}
