import ArgumentParser
import Foundation
import IndicatorsCore
import IndicatorsPostgres
import IndicatorsStore
import IndicatorsWorkflows

/// `--db` and the default database location.
struct StoreOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The database: an SQLite file, or postgresql://user@host:port/dbname for a shared PostgreSQL database (default: $INDICATORS_DB, else ~/.local/share/indicators/indicators.sqlite).", valueName: "path"))
  var db: String?

  var path: String {
    if let db { return db }
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["INDICATORS_DB"], !path.isEmpty { return path }
    let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? ".") + "/.local/share"
    return dataHome + "/indicators/indicators.sqlite"
  }

  /// Opens the database: a `postgresql://` URL on a PostgreSQL server, anything else as an
  /// SQLite file. `INDICATORS_BUSY_TIMEOUT` (seconds) overrides how long a command waits for
  /// another one's write lock (default `IndicatorStore.defaultBusyTimeout`, 120 s); after a
  /// second of waiting it says so on stderr.
  func open(create: Bool = false) throws -> any IndicatorStoring {
    try Self.open(path, create: create)
  }

  /// Opens the database for `serve`: on PostgreSQL, on a pool of connections
  /// (`PostgresStore.servePoolSize`) that the requests share.
  func openForServing() throws -> any IndicatorStoring {
    try Self.open(path, connections: PostgresStore.servePoolSize)
  }

  /// Opens the database at `path` (a file, or a `postgresql://` URL); on PostgreSQL, with
  /// `connections`, on a pool of that many.
  static func open(_ path: String, create: Bool = false, connections: Int? = nil) throws -> any StoreCopying {
    let environment = ProcessInfo.processInfo.environment
    let timeout = environment["INDICATORS_BUSY_TIMEOUT"].flatMap(Int.init).map { max(0, min($0, 86_400)) }
      ?? IndicatorStore.defaultBusyTimeout
    if PostgresLocation.isURL(path) {
      let location: PostgresLocation
      do {
        location = try PostgresLocation(url: path)
      } catch {
        throw ValidationError("--db: \(error.description)")
      }
      return try PostgresStore(location, create: create, busyTimeout: timeout, connections: connections) {
        Console.note("\(location) is busy: another command is writing to it; waiting up to \(timeout) s for it to finish")
      }
    }
    return try IndicatorStore(path: path, create: create, busyTimeout: timeout) {
      Console.note("\(path) is busy: another command is writing to it; waiting up to \(timeout) s for it to finish")
    }
  }
}
