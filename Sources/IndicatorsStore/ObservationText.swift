import GRDB
import GRDBSQLite
import IndicatorsCore

/// One observation as text, field by field, for a streamed export. From SQLite it is read in place
/// from the row a query is on (periods, units, qualifiers, statuses and dates are stored in their
/// canonical text, so each field is what the decoded `Observation` would print) and is valid only
/// inside the `forEachObservationText` call that hands it out; a backend that decodes rows gives
/// the decoded observation's text.
package struct ObservationText {
  /// The fields, by their column in `StoreSQL.observationColumns`.
  package enum Field: Int32, CaseIterable, Sendable {
    case indicator, region, period, value, unit, qualifier, status, vintage, recorded
    case sourceTitle, sourceLocation, sourcePublished, locator, note
  }

  private enum Row {
    case sqlite(SQLiteStatement)
    case decoded(Observation)
  }

  private let row: Row

  init(statement: SQLiteStatement) { row = .sqlite(statement) }

  package init(_ observation: Observation) { row = .decoded(observation) }

  /// Calls `body` with a text field's UTF-8 (empty for an undated vintage).
  package func withBytes<R>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    switch row {
    case .sqlite(let statement):
      // sqlite3_column_text before sqlite3_column_bytes, as SQLite asks, so the length is the text's.
      guard let text = sqlite3_column_text(statement, field.rawValue) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
      return body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, field.rawValue))))
    case .decoded(let o):
      var text = Self.text(field, of: o)
      return text.withUTF8(body)
    }
  }

  /// The value.
  package var value: Double {
    switch row {
    case .sqlite(let statement): sqlite3_column_double(statement, Field.value.rawValue)
    case .decoded(let o): o.value
    }
  }

  private static func text(_ field: Field, of o: Observation) -> String {
    switch field {
    case .indicator: o.indicator
    case .region: o.region
    case .period: o.period.canonical
    case .value: ValueFormatting.shortest(o.value)
    case .unit: o.unit.symbol
    case .qualifier: o.qualifier.rawValue
    case .status: o.status.rawValue
    case .vintage: o.vintage?.description ?? ""
    case .recorded: o.recorded.description
    case .sourceTitle: o.source.title
    case .sourceLocation: o.source.location
    case .sourcePublished: o.source.published
    case .locator: o.locator
    case .note: o.note
    }
  }
}
