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

  mutating func bind(_ value: String) {
    index += 1
    sqlite3_bind_text(statement.sqliteStatement, index, value, -1, Self.transient)
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
