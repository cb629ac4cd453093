import Foundation
import IndicatorsCSV
import IndicatorsCore
@testable import IndicatorsPostgres
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
  /// PostgreSQL as a user who is not a superuser and may not set `session_replication_role`, so
  /// an import keeps its foreign-key checks (a team's analysts, unlike `make test`'s owner).
  case postgresPlainUser(PostgresLocation)

  static var serverURL: String? {
    ProcessInfo.processInfo.environment["INDICATORS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// SQLite, and PostgreSQL when a server is given.
  static var available: [Backend] {
    guard let url = serverURL else { return [.sqlite] }
    return [.sqlite, .postgres(try! PostgresLocation(url: url))]
  }

  /// `available`, and PostgreSQL as a plain user: for the tests of importing, whose fast path a
  /// superuser takes and a plain user does not.
  static var importing: [Backend] {
    guard let url = serverURL else { return [.sqlite] }
    let server = try! PostgresLocation(url: url)
    return available + [.postgresPlainUser(server)]
  }

  static let plainUser = "indicators_plain"

  var testDescription: String {
    switch self {
    case .sqlite: "SQLite"
    case .postgres: "PostgreSQL"
    case .postgresPlainUser: "PostgreSQL, plain user"
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
    case .postgresPlainUser(let server):
      if let failure = Self.plainUserCreated { throw PlainUserFailure(description: failure) }
      var location = server
      location.user = Self.plainUser
      location.password = nil
      location.database = Self.freshName()
      return try PostgresStore(location, create: true)
    }
  }

  struct PlainUserFailure: Error, CustomStringConvertible { var description: String }

  /// The plain user (LOGIN, CREATEDB, nothing else), made once by the server's owner (a static
  /// let runs once, whichever test asks first); the test server trusts loopback connections, so it
  /// needs no password. Nil when it exists, else what went wrong.
  static let plainUserCreated: String? = {
    guard let url = serverURL else { return "no server" }
    do {
      try createPlainUser(on: try PostgresLocation(url: url))
      return nil
    } catch {
      return String(reflecting: error)
    }
  }()

  static func createPlainUser(on server: PostgresLocation) throws {
    var owner = server
    owner.database = "postgres"
    let session = try PostgresSession(owner)
    let exists = try session.scalar(Bool.self, "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(plainUser)')")
    if !exists { _ = try session.run("CREATE ROLE \(plainUser) LOGIN CREATEDB NOSUPERUSER") }
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
