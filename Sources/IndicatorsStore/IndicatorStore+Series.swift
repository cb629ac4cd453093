import GRDB
import GRDBSQLite
import IndicatorsCore

extension IndicatorStore {
  /// Every series as points, one series at a time in indicator and region code order. The current
  /// values are read in place from the rows of `StoreSQL.currentSeriesPoints`: only the six columns
  /// a point and its series need, a series' codes made into strings once, each distinct period,
  /// qualifier and status parsed once. Decoding whole observations (sources, dates, notes, a
  /// dozen strings a row) was most of what `forecast --all` spent on the thread that reads.
  /// As of a date, the points come from `forEachObservation`'s ranked vintages.
  package func forEachSeries(
    asOf: CalendarDate?, _ body: (_ indicator: String, _ region: String, _ points: [SeriesPoint]) -> Void
  ) throws(StoreError) {
    if asOf != nil { return try forEachSeriesOfObservations(asOf: asOf, body) }
    try read { db in
      let statement = try db.makeStatement(sql: StoreSQL.currentSeriesPoints)
      let rows = try Row.fetchCursor(statement)
      var decoder = SeriesPointDecoder()
      var current: (indicatorID: Int64, regionID: Int64, indicator: String, region: String)?
      var points: [SeriesPoint] = []
      // The cursor's row is a view on the statement: its columns are read in place.
      while try rows.next() != nil {
        let row = statement.sqliteStatement
        let indicatorID = sqlite3_column_int64(row, 0), regionID = sqlite3_column_int64(row, 1)
        if indicatorID != current?.indicatorID || regionID != current?.regionID {
          if let current { body(current.indicator, current.region, points) }
          points.removeAll(keepingCapacity: true)
          current = (indicatorID, regionID, SeriesPointDecoder.text(row, 2), SeriesPointDecoder.text(row, 3))
        }
        points.append(decoder.point(row))
      }
      if let current { body(current.indicator, current.region, points) }
    }
  }
}

/// Turns a row of `StoreSQL.currentSeriesPoints` (columns 4–7: period, value, qualifier, status)
/// into a point, parsing each distinct text once.
struct SeriesPointDecoder {
  private var periods = LookupMemo<String, Period>()
  private var qualifiers = LookupMemo<String, Qualifier>()
  private var statuses = LookupMemo<String, ObservationStatus>()

  mutating func point(_ row: SQLiteStatement) -> SeriesPoint {
    // The store writes canonical periods and checked qualifiers and statuses only.
    SeriesPoint(
      period: periods.answer(for: Self.text(row, 4)) { try! Period(parsing: $0) },
      value: sqlite3_column_double(row, 5),
      qualifier: qualifiers.answer(for: Self.text(row, 6)) { Qualifier(rawValue: $0)! },
      status: statuses.answer(for: Self.text(row, 7)) { ObservationStatus(rawValue: $0)! })
  }

  /// A text column of the current row (not null in this query), by its byte length rather than a
  /// search for its end: sqlite3_column_text before sqlite3_column_bytes, as SQLite asks.
  static func text(_ row: SQLiteStatement, _ column: Int32) -> String {
    let start = sqlite3_column_text(row, column)
    return String(decoding: UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(row, column))), as: UTF8.self)
  }
}
