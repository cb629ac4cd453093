import Foundation
import GRDB
import IndicatorsCore

/// The indicator database: the only place that talks to SQLite.
///
/// Opening checks that the file is an SQLite database of ours and not from a newer version, then
/// applies pending migrations. Every write is one immediate transaction: it all lands or none of it
/// does, and processes writing at once take turns (WAL; each waits up to `busyTimeout`, by default 120 s, for
/// the lock, then gives up with `StoreError.busy` having changed nothing). Readers never wait for
/// writers in WAL mode; their busy timeout only covers SQLite's brief recovery locks. A command
/// that fails leaves the file byte-for-byte as it was.
///
/// As in GRDB's demo app, the store wraps any `DatabaseWriter`: a file (`init(path:create:)`) or
/// an in-memory queue (`inMemory()`, for tests and scratch work); both are migrated on opening.
package struct IndicatorStore: Sendable {
  let writer: any DatabaseWriter
  /// The database file, or `:memory:`.
  package let path: String
  /// Seconds a command waits for another one's write lock (see `defaultBusyTimeout`).
  package private(set) var busyTimeout = IndicatorStore.defaultBusyTimeout
  /// Who the writes are recorded as in the audit log (by default, the operating-system user).
  package var attribution = Attribution()

  /// Wraps a database connection and applies pending migrations.
  package init(_ writer: any DatabaseWriter) throws(StoreError) {
    self.writer = writer
    self.path = writer.path
    do {
      try Self.migrate(writer)
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  /// An empty, migrated database in memory.
  package static func inMemory() throws(StoreError) -> IndicatorStore {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    do {
      return try IndicatorStore(DatabaseQueue(configuration: configuration))
    } catch let error as StoreError {
      throw error
    } catch {
      throw translate(error, path: ":memory:")
    }
  }

  /// How long a command waits for another one's write lock before giving up with
  /// `StoreError.busy` (every connection, the read-only inspection included). Imports take turns
  /// and hold the lock for their whole transaction: a 20,000-row import holds it 3–10 s on a
  /// 2-core machine, busy or not, so eight started at once need up to about 80 s in all.
  package static let defaultBusyTimeout = 120

  /// Opens the database at `path`; with `create`, makes it if it does not exist.
  ///
  /// Refused with a message, before anything is written: a directory or a path ending in `/`, a
  /// device, pipe or socket (`/dev/null`), an empty file unless `create` (a read must not write a
  /// schema into it), a file that is not SQLite, a foreign or newer database. A file or folder
  /// without write permission is named as such (SQLite needs to create `-wal` and `-shm` beside
  /// the file even to read it).
  /// `waiting` is called once when the command has waited a second for another one's lock, so
  /// that a person knows why nothing happens.
  package init(
    path: String, create: Bool, busyTimeout: Int = defaultBusyTimeout, waiting: @escaping @Sendable () -> Void = {}
  ) throws(StoreError) {
    let fileManager = FileManager.default
    let kind = Self.kind(of: path)
    switch kind {
    case .directory:
      throw .unusable(path: path, reason: "is a directory; give a database file, e.g. --db \(Self.joined(path, "indicators.sqlite"))")
    case .other:
      throw .unusable(path: path, reason: "is not a regular file (a device, pipe or socket); give a database file")
    case .missing where path.hasSuffix("/"):
      throw .unusable(path: path, reason: "ends with '/'; give a database file, e.g. --db \(Self.joined(path, "indicators.sqlite"))")
    case .missing where !create:
      throw .missing(path: path)
    case .file(let size) where size == 0 && !create:
      throw .unusable(path: path, reason: "is an empty file, not an indicators database; nothing was written to it (create one there with `indicators init --db \(path)`)")
    case .file(let size) where size > 0:
      let header = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)))
        .flatMap { handle in defer { try? handle.close() }; return try? handle.read(upToCount: 16) } ?? Data()
      if header != Data("SQLite format 3\0".utf8) { throw .notADatabase(path: path) }
    case .missing:
      let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
      try? fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    case .file: break
    }
    do {
      // Inspect an existing file read-only first: a foreign or newer database is refused before
      // anything (even the journal mode) is written to it.
      if case .file(let size) = kind, size > 0 {
        var inspection = Configuration()
        inspection.readonly = true
        inspection.busyMode = Self.busyMode(timeout: busyTimeout, waiting: waiting)
        try Self.check(DatabaseQueue(path: path, configuration: inspection), path: path)
      }
      var configuration = Configuration()
      configuration.busyMode = Self.busyMode(timeout: busyTimeout, waiting: waiting)
      configuration.foreignKeysEnabled = true
      // WAL is switched on once, when the file is created (it persists in the file). GRDB's
      // `.wal` setting would also write a scratch table on every open, changing the file even
      // when a command then fails.
      configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
      try self.init(DatabaseQueue(path: path, configuration: configuration))
      self.busyTimeout = busyTimeout
    } catch {
      throw Self.translate(error, path: path, busySeconds: busyTimeout)
    }
  }

  /// SQLite's busy handler for our connections: retry every 10 ms until `timeout` seconds have
  /// passed since the lock was first refused, then give up (`StoreError.busy`). Every waiter polls
  /// at the same pace, so a writer that has waited long is not overtaken by newcomers as it is with
  /// SQLite's default handler (whose pauses grow to 100 ms). `waiting` hears once per connection
  /// when a wait passes one second.
  static func busyMode(timeout: Int, waiting: @escaping @Sendable () -> Void) -> Database.BusyMode {
    let state = BusyWait()
    return .callback { tries in
      let waited = state.waited(restart: tries == 0)
      guard waited < Double(timeout) else { return false }
      if waited >= 1, state.announce() { waiting() }
      usleep(10_000)
      return true
    }
  }

  enum PathKind: Equatable { case missing, file(size: Int), directory, other }

  /// What `path` names, following symbolic links.
  static func kind(of path: String) -> PathKind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file(size: Int(info.st_size))
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  static func joined(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// Why SQLite may not write at `path`, for the message of a read-only error.
  static func writeProblem(_ path: String) -> String {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    if access(path, W_OK) != 0 {
      return "the database file is read-only for you; indicators needs to write to it (even to read, SQLite keeps \(name)-wal and \(name)-shm beside it). Make it writable, or copy it to a folder of yours and pass --db"
    }
    if access(directory, W_OK) != 0 {
      return "its folder \(directory) is read-only for you, and SQLite needs to create \(name)-wal and \(name)-shm there (even to read); copy the database to a folder of yours and pass --db"
    }
    return "SQLite cannot write to it or beside it (a read-only file system?); copy the database to a writable folder and pass --db"
  }

  /// A copy of the whole database in memory (SQLite's online backup), independent of this one:
  /// tests load sample data once and give each test its own copy.
  package func inMemoryCopy() throws(StoreError) -> IndicatorStore {
    do {
      var configuration = Configuration()
      configuration.foreignKeysEnabled = true
      let copy = try DatabaseQueue(configuration: configuration)
      try writer.backup(to: copy)
      return try IndicatorStore(copy)
    } catch {
      throw Self.translate(error, path: path)
    }
  }

  private static func check(_ queue: DatabaseQueue, path: String) throws {
    let migrator = StoreSchema.migrator
    try queue.read { db in
      let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
      let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
      if applicationID != StoreSchema.applicationID, tableCount > 0 {
        throw StoreError.foreignDatabase(path: path)
      }
      if tableCount > 0, try migrator.hasBeenSuperseded(db) {
        let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
        throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
      }
    }
  }

  private static func migrate(_ writer: any DatabaseWriter) throws {
    let migrator = StoreSchema.migrator
    let pending = try writer.read { db in try !migrator.hasCompletedMigrations(db) }
    guard pending else { return }
    try writer.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)")
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
    }
    try migrator.migrate(writer)
  }

  static func translate(_ error: any Error, path: String, busySeconds: Int = defaultBusyTimeout) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      switch error.resultCode {
      case .SQLITE_NOTADB: return .notADatabase(path: path)
      case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path, seconds: busySeconds)
      case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .unusable(path: path, reason: writeProblem(path))
      default: break
      }
      return .sqlite(error.message ?? "\(error)")
    }
    return .sqlite("\(error)")
  }

  /// Runs `body` in one immediate transaction, translating errors for people.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        return result!
      }
    } catch {
      throw Self.translate(error, path: path, busySeconds: busyTimeout)
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.read { db in try body(db) }
    } catch {
      throw Self.translate(error, path: path, busySeconds: busyTimeout)
    }
  }

  // MARK: Settings

  package func setting(_ key: String) throws(StoreError) -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
  }

  package func setSetting(_ key: String, to value: String) throws(StoreError) {
    try write { db in
      try db.execute(
        sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        arguments: [key, value])
      try Self.audit(db, attribution, .setting, subject: "\(key) = \(value)", rows: 1)
    }
  }

  /// "ok" for a sound file; otherwise what `PRAGMA integrity_check` found and each row whose
  /// foreign key names a missing row (`PRAGMA foreign_key_check`; the import writes with the
  /// checks off, its ids being its own).
  package func integrityCheck() throws(StoreError) -> String {
    try read { db in
      var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
      problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
        "\(row[0] as String) row \(row[1] as Int64? ?? 0) refers to a missing \(row[2] as String) row"
      }
      return problems.isEmpty ? "ok" : problems.joined(separator: "\n")
    }
  }
}

/// The clock of one connection's current wait for a lock.
private final class BusyWait: @unchecked Sendable {
  private let lock = NSLock()
  private var started = Date()
  private var announced = false

  /// Seconds since the wait began; `restart` begins a new wait.
  func waited(restart: Bool) -> TimeInterval {
    lock.withLock {
      if restart { started = Date() }
      return Date().timeIntervalSince(started)
    }
  }

  /// True the first time it is asked.
  func announce() -> Bool {
    lock.withLock {
      defer { announced = true }
      return !announced
    }
  }
}
