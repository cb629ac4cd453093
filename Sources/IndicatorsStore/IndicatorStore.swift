import Foundation
import GRDB
import IndicatorsCore

/// The indicator database: the only place that talks to SQLite.
///
/// Opening checks that the file is an SQLite database of ours and not from a newer version, then
/// applies pending migrations. Every write is one immediate transaction: it all lands or none of it
/// does, and two processes writing at once take turns (WAL, 10-second busy timeout). A command
/// that fails leaves the file byte-for-byte as it was.
///
/// As in GRDB's demo app, the store wraps any `DatabaseWriter`: a file (`init(path:create:)`) or
/// an in-memory queue (`inMemory()`, for tests and scratch work); both are migrated on opening.
package struct IndicatorStore: Sendable {
  let writer: any DatabaseWriter
  /// The database file, or `:memory:`.
  package let path: String

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

  /// Opens the database at `path`; with `create`, makes it if it does not exist.
  package init(path: String, create: Bool) throws(StoreError) {
    let fileManager = FileManager.default
    let exists = fileManager.fileExists(atPath: path)
    if !exists, !create { throw .missing(path: path) }
    if exists, let handle = FileHandle(forReadingAtPath: path) {
      let header = handle.readData(ofLength: 16)
      try? handle.close()
      if !header.isEmpty, header != Data("SQLite format 3\0".utf8) { throw .notADatabase(path: path) }
    }
    if !exists {
      let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
      try? fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    do {
      // Inspect an existing file read-only first: a foreign or newer database is refused before
      // anything (even the journal mode) is written to it.
      if exists, (try? fileManager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 > 0 {
        var inspection = Configuration()
        inspection.readonly = true
        try Self.check(DatabaseQueue(path: path, configuration: inspection), path: path)
      }
      var configuration = Configuration()
      configuration.busyMode = .timeout(10)
      configuration.foreignKeysEnabled = true
      // WAL is switched on once, when the file is created (it persists in the file). GRDB's
      // `.wal` setting would also write a scratch table on every open, changing the file even
      // when a command then fails.
      configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
      try self.init(DatabaseQueue(path: path, configuration: configuration))
    } catch {
      throw Self.translate(error, path: path)
    }
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

  static func translate(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
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
      throw Self.translate(error, path: path)
    }
  }

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try writer.read { db in try body(db) }
    } catch {
      throw Self.translate(error, path: path)
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
    }
  }

  /// `PRAGMA integrity_check`: "ok" for a sound file.
  package func integrityCheck() throws(StoreError) -> String {
    try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
  }
}
