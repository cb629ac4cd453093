import GRDB
import GRDBSQLite

/// Positional binding for the one statement an import runs per row: GRDB's `StatementArguments`
/// boxes every value (a fifth of an import's time went there); this binds them as they are.
/// Used only inside a transaction GRDB opened, on a statement GRDB prepared.
struct RowBinder {
  let statement: Statement
  private var index: Int32 = 0
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  init(_ statement: Statement) {
    self.statement = statement
  }

  mutating func bind(_ value: Int64) {
    index += 1
    sqlite3_bind_int64(statement.sqliteStatement, index, value)
  }

  mutating func bind(_ value: Int) { bind(Int64(value)) }

  mutating func bind(_ value: Double) {
    index += 1
    sqlite3_bind_double(statement.sqliteStatement, index, value)
  }

  mutating func bindNull() {
    index += 1
    sqlite3_bind_null(statement.sqliteStatement, index)
  }

  /// Binds text the caller keeps alive (`PinnedText`) without SQLite copying it.
  mutating func bind(_ text: PinnedText) {
    index += 1
    sqlite3_bind_text(statement.sqliteStatement, index, text.pointer, text.count, Self.unchanging)
  }

  private static let unchanging = unsafeBitCast(0, to: sqlite3_destructor_type.self)  // SQLITE_STATIC

  mutating func bind(_ value: String) {
    index += 1
    sqlite3_bind_text(statement.sqliteStatement, index, value, -1, Self.transient)
  }

  /// Runs a query with the values bound and reads its first row, if any, with `read` (which
  /// must copy what it keeps: the columns are valid only during the call); resets it after.
  mutating func first<T>(_ db: Database, _ read: (OpaquePointer) -> T) throws -> T? {
    let code = sqlite3_step(statement.sqliteStatement)
    defer {
      sqlite3_reset(statement.sqliteStatement)
      index = 0
    }
    switch code {
    case SQLITE_ROW: return read(statement.sqliteStatement)
    case SQLITE_DONE: return nil
    default: throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
  }

  /// Runs the statement once with the values bound, and resets it for the next row.
  mutating func run(_ db: Database) throws {
    let code = sqlite3_step(statement.sqliteStatement)
    sqlite3_reset(statement.sqliteStatement)
    index = 0
    guard code == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
  }
}

/// Text an import binds on every row from a handful of distinct values (periods, vintages,
/// qualifiers, statuses, the empty string), kept as bytes it owns so that SQLite can bind them
/// without copying: a transient text is copied into a fresh allocation on every bind, 4,300 of an
/// import's instructions a row. The importer holds each one until its statement has run; two rows
/// with the same text share one object, so its identity stands for the text.
final class PinnedText {
  let pointer: UnsafeMutablePointer<CChar>
  let count: Int32
  let text: String

  init(_ text: String) {
    self.text = text
    let bytes = Array(text.utf8)
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    for (offset, byte) in bytes.enumerated() { pointer[offset] = CChar(bitPattern: byte) }
    pointer[bytes.count] = 0
    self.pointer = pointer
    count = Int32(bytes.count)
  }

  deinit { pointer.deallocate() }
}
