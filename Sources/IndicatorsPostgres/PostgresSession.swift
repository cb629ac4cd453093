import Foundation
import IndicatorsCore
import IndicatorsStore
import PostgresNIO

/// Connections to the server, used synchronously: one (a command's), or a pool of them
/// (`indicators serve`'s, postgres-nio's `PostgresClient`).
///
/// The commands and workflows are synchronous, postgres-nio is not: every statement is sent on
/// the connection's event loop and the calling thread waits for its `EventLoopFuture`
/// (`wait()`). The work itself runs on a NIO thread, never on Swift's cooperative pool, so a
/// caller that blocks in an async context (a web request) cannot starve the thread its answer
/// needs. `exclusively` gives a caller a connection of its own for the length of its work: the
/// single connection behind a lock, or one leased from the pool (so that a transaction's
/// statements never interleave with another caller's, and callers on a pool run side by side).
final class PostgresSession: Sendable {
  let location: PostgresLocation
  private let backing: Backing
  private let lock = NSLock()
  let logger: Logger
  /// The connection the calling thread holds inside `exclusively` (pool only).
  private let current = ThreadSpecificVariable<Leased>()

  private enum Backing {
    case single(PostgresConnection)
    case pool(PostgresClient, running: Task<Void, Never>)
  }

  private final class Leased: Sendable {
    let connection: PostgresConnection
    init(_ connection: PostgresConnection) { self.connection = connection }
  }

  /// One connection (`connections` nil), or a pool of up to `connections`, opened as they are
  /// needed; a pool's first connection is opened here, so that a wrong address fails now.
  init(_ location: PostgresLocation, connections: Int? = nil) throws(StoreError) {
    self.location = location
    var logger = Logger(label: "indicators.postgres")
    logger.logLevel = .critical
    self.logger = logger
    if let connections {
      var configuration = PostgresClient.Configuration(location)
      configuration.options.connectTimeout = .seconds(10)
      configuration.options.maximumConnections = max(1, connections)
      configuration.options.keepAliveBehavior = nil
      let client = PostgresClient(configuration: configuration, eventLoopGroup: Self.poolEventLoops, backgroundLogger: logger)
      let running = Task(executorPreference: EventLoopExecutor(Self.poolEventLoops.next())) { await client.run() }
      backing = .pool(client, running: running)
      do {
        try exclusively { try run("SELECT 1") }
      } catch {
        throw Self.translate(error, location)
      }
    } else {
      var configuration = PostgresConnection.Configuration(location)
      configuration.options.connectTimeout = .seconds(10)
      do {
        backing = .single(
          try PostgresConnection.connect(on: Self.eventLoops.next(), configuration: configuration, id: 1, logger: logger).wait())
      } catch {
        throw Self.translate(error, location)
      }
    }
  }

  /// The thread the connections' I/O runs on: its own, not NIO's shared group, so that a caller
  /// on one of the shared group's threads (a web server's) never waits for its own thread.
  private static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 1)
  /// The pools' threads, one a core.
  private static let poolEventLoops = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)

  deinit {
    switch backing {
    case .single(let connection): try? connection.close().wait()
    case .pool(_, let running): running.cancel()
    }
  }

  /// Runs `body` with a connection to oneself: the single one, or one leased from the pool
  /// until `body` returns (a nested call keeps the one it has).
  func exclusively<T>(_ body: () throws -> T) throws -> T {
    switch backing {
    case .single:
      return try lock.withLock(body)
    case .pool(let client, _):
      if current.currentValue != nil { return try body() }
      let loop = Self.poolEventLoops.next()
      let handed = loop.makePromise(of: PostgresConnection.self)
      let returned = loop.makePromise(of: Void.self)
      Task(executorPreference: EventLoopExecutor(loop)) {
        var gave = false
        do {
          try await client.withConnection { connection in
            gave = true
            handed.succeed(connection)
            try await returned.futureResult.get()
          }
        } catch {
          if !gave { handed.fail(error) }
        }
      }
      let connection: PostgresConnection
      do {
        connection = try handed.futureResult.wait()
      } catch {
        throw Self.translate(error, location)
      }
      current.currentValue = Leased(connection)
      defer {
        current.currentValue = nil
        returned.succeed(())
      }
      return try body()
    }
  }

  /// The connection of the calling thread's `exclusively`.
  var connection: PostgresConnection {
    switch backing {
    case .single(let connection): return connection
    case .pool:
      guard let leased = current.currentValue else { preconditionFailure("PostgresSession: a statement outside exclusively") }
      return leased.connection
    }
  }

  /// Runs one statement and returns its rows; the caller holds the session (`exclusively`).
  @discardableResult
  func run(_ sql: String, _ values: [SQLValue] = []) throws -> PostgresQueryResult {
    var bindings = PostgresBindings(capacity: values.count)
    for value in values { value.append(to: &bindings) }
    return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
  }

  /// Runs statements separated by `;` without parameters (schema changes), one at a time: the
  /// extended protocol postgres-nio speaks takes one statement per message. No statement of ours
  /// has a `;` inside a literal.
  func runScript(_ sql: String) throws {
    for statement in sql.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
      try run(String(statement))
    }
  }

  /// The rows of one statement as random-access rows.
  func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRandomAccessRow] {
    try run(sql, values).rows.map { $0.makeRandomAccess() }
  }

  /// The first column of the first row.
  func scalar<T: PostgresDecodable>(_ type: T.Type, _ sql: String, _ values: [SQLValue] = []) throws -> T {
    guard let row = try run(sql, values).rows.first else { throw StoreError.sqlite("no row for \(sql)") }
    return try row.makeRandomAccess()[0].decode(T.self)
  }

  /// One statement's read, without a transaction around it (a statement sees one snapshot by
  /// itself): one round trip instead of three, for the reads every request of `serve` makes.
  /// `body` must run a single statement.
  func singleStatement<T>(_ body: () throws -> T) throws(StoreError) -> T {
    do {
      return try exclusively(body)
    } catch {
      throw Self.translate(error, location)
    }
  }

  /// Statements in one transaction that sees one snapshot (readers never wait for writers).
  func readTransaction<T>(_ body: () throws -> T) throws(StoreError) -> T {
    try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { (try body(), true) }
  }

  /// Statements in one write transaction. Writers take turns, as on SQLite: each first takes the
  /// store's advisory lock, polling every 10 ms for up to `busyTimeout` seconds (`waiting` hears
  /// once when a second has passed), then gives up with `StoreError.busy` having changed nothing.
  /// `body` says whether to commit; a thrown error rolls everything back.
  func writeTransaction<T>(
    busyTimeout: Int, waiting: @Sendable () -> Void = {}, _ body: () throws -> (T, commit: Bool)
  ) throws(StoreError) -> T {
    try transaction(begin: "BEGIN") {
      let started = Date()
      var announced = false
      while !(try scalar(Bool.self, "SELECT pg_try_advisory_xact_lock($1)", [.int(Self.writerLock)])) {
        let waited = Date().timeIntervalSince(started)
        if waited >= Double(busyTimeout) { throw StoreError.busy(path: location.description, seconds: busyTimeout) }
        if waited >= 1, !announced {
          announced = true
          waiting()
        }
        usleep(10_000)
      }
      return try body()
    }
  }

  /// The advisory lock every writer holds for its transaction ("INDI" in ASCII, as SQLite's
  /// application id).
  static let writerLock: Int64 = 0x494E_4449

  private func transaction<T>(begin: String, _ body: () throws -> (T, commit: Bool)) throws(StoreError) -> T {
    do {
      return try exclusively {
        try run(begin)
        do {
          let (result, commit) = try body()
          try run(commit ? "COMMIT" : "ROLLBACK")
          return result
        } catch {
          _ = try? run("ROLLBACK")
          throw error
        }
      }
    } catch {
      throw Self.translate(error, location)
    }
  }

  /// How the message for a database the server does not have begins.
  static let noSuchDatabase = "the server has no database"

  /// A store error for people from what postgres-nio threw.
  static func translate(_ error: any Error, _ location: PostgresLocation) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? InputError { return .input(error) }
    guard let error = error as? PSQLError else { return .sqlite("\(error)") }
    if error.code == .server, let info = error.serverInfo {
      let message = info[.message] ?? "\(error)"
      switch info[.sqlState] {
      case "3D000":
        return .unusable(path: location.description, reason: "\(noSuchDatabase) \(location.database); create it with `indicators init --db \(location)` (or createdb)")
      case "28000", "28P01":
        return .unusable(path: location.description, reason: "the server refused user \(location.user): \(message)")
      default:
        return .sqlite(message + (info[.detail].map { " (\($0))" } ?? ""))
      }
    }
    switch error.code {
    case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
      return .unusable(path: location.description, reason: "cannot reach the PostgreSQL server (is it running, and is the host and port right?)")
    default:
      return .sqlite("\(error)")
    }
  }
}

/// A statement parameter.
enum SQLValue {
  case text(String?)
  case int(Int64?)
  case real(Double?)

  static func int(_ value: Int?) -> SQLValue { .int(value.map(Int64.init)) }

  func append(to bindings: inout PostgresBindings) {
    switch self {
    case .text(let value): bindings.append(value)
    case .int(let value): bindings.append(value)
    case .real(let value): bindings.append(value)
    }
  }
}
