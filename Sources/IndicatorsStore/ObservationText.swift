import GRDB
import GRDBSQLite

/// One observation as the text the store holds, read in place from the row a query is on: valid
/// only inside the `forEachObservationText` call that hands it out. Periods, units, qualifiers,
/// statuses and dates are stored in their canonical text, so each field is what the decoded
/// `Observation` would print; the value is the stored number.
package struct ObservationText {
  /// The fields, by their column in `ObservationDecoder.columns`.
  package enum Field: Int32, CaseIterable, Sendable {
    case indicator, region, period, value, unit, qualifier, status, vintage, recorded
    case sourceTitle, sourceLocation, sourcePublished, locator, note
  }

  let statement: SQLiteStatement

  /// A text field's UTF-8 (empty when NULL: an undated vintage).
  package func bytes(_ field: Field) -> UnsafeBufferPointer<UInt8> {
    // sqlite3_column_text before sqlite3_column_bytes, as SQLite asks, so the length is the text's.
    guard let text = sqlite3_column_text(statement, field.rawValue) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, field.rawValue)))
  }

  /// The stored value.
  package var value: Double { sqlite3_column_double(statement, Field.value.rawValue) }
}
