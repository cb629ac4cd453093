/// What the store's two databases write differently in the statements they share (`StoreSQL`):
/// how a statement names its arguments, and how a row replaces the one with the same key. Types
/// and collations differ too, but only in the schemas (`StoreSchema`, `PostgresSchema`), never
/// in a shared statement.
package enum SQLDialect: Sendable {
  case sqlite
  case postgres

  /// The text that stands for the `n`-th argument (counted from 1): SQLite's `?` takes the
  /// arguments in order, PostgreSQL numbers them (`$1`).
  package func placeholder(_ n: Int) -> String {
    switch self {
    case .sqlite: "?"
    case .postgres: "$\(n)"
    }
  }

  /// `INSERT INTO table(columns) rows`, replacing the row with the same `key` where there is one:
  /// SQLite's `INSERT OR REPLACE`, PostgreSQL's `ON CONFLICT (key) DO UPDATE` of the other columns.
  package func replace(into table: String, _ columns: [String], key: [String], rows: String) -> String {
    let list = columns.joined(separator: ", ")
    switch self {
    case .sqlite:
      return "INSERT OR REPLACE INTO \(table)(\(list))\n\(rows)"
    case .postgres:
      let updates = columns.filter { !key.contains($0) }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
      return "INSERT INTO \(table)(\(list))\n\(rows)\nON CONFLICT (\(key.joined(separator: ", "))) DO UPDATE\n  SET \(updates)"
    }
  }
}
