import IndicatorsCore
import IndicatorsStore
import PostgresNIO

extension PostgresStore {
  /// The observations a query selects, by SQLite's query (`StoreSQL.observations`), so in the
  /// order SQLite's store gives them. The rows come through a cursor, a few thousand at a time,
  /// inside one snapshot: memory does not grow with the database.
  package func forEachObservation(_ query: ObservationQuery, _ body: (Observation) -> Void) throws(StoreError) {
    let (sql, arguments) = StoreSQL.observations(query, .postgres)
    try read {
      var decoder = PostgresObservationDecoder()
      try session.run("DECLARE observationCursor NO SCROLL CURSOR FOR \(sql)", arguments.map { .text($0) })
      while true {
        let rows = try session.run("FETCH \(Self.cursorBatch) FROM observationCursor").rows
        for row in rows { body(try decoder.decode(row.makeRandomAccess())) }
        if rows.count < Self.cursorBatch { break }
      }
    }
  }

  /// Rows fetched from a cursor at once.
  static let cursorBatch = 5_000

  package func seriesSummaries(asOf: CalendarDate?) throws(StoreError) -> [SeriesSummary] {
    if let asOf { return try seriesSummaries(fromObservationsAsOf: asOf) }
    return try read {
      // The catalogue in the same snapshot as the summaries, so that every code is in it.
      let index = try PostgresCatalog(session).index()
      var summaries: [SeriesSummary] = []
      var decoder = PostgresObservationDecoder()
      for row in try session.rows(StoreSQL.seriesSummaries) {
        let latest = try decoder.decode(row)
        summaries.append(
          SeriesSummary.make(
            indicator: index.indicator(exactly: latest.indicator)!, region: index.region(exactly: latest.region)!,
            first: try decoder.period(row[StoreSQL.observationColumnCount + 1].decode(String.self)), last: latest.period,
            count: Int(try row[StoreSQL.observationColumnCount].decode(Int64.self)), latest: latest))
      }
      return summaries
    }
  }
}

/// Turns result rows into observations, parsing each distinct period, unit and date text once.
/// The columns are those of `StoreSQL.observationColumns`, by position.
struct PostgresObservationDecoder {
  private var periods = LookupMemo<String, Period>()
  private var units = LookupMemo<String, MeasurementUnit>()
  private var dates = LookupMemo<String, CalendarDate>()

  mutating func decode(_ row: PostgresRandomAccessRow) throws -> Observation {
    let vintage = try row[7].decode(String?.self)
    return Observation(
      indicator: try row[0].decode(String.self), region: try row[1].decode(String.self),
      period: try period(row[2].decode(String.self)), value: try row[3].decode(Double.self),
      unit: try unit(row[4].decode(String.self)),
      qualifier: try enumeration(row[5].decode(String.self)), status: try enumeration(row[6].decode(String.self)),
      vintage: try vintage.map { try date($0) }, recorded: try date(row[8].decode(String.self)),
      source: SourceReference(
        title: try row[9].decode(String.self), location: try row[10].decode(String.self), published: try row[11].decode(String.self)),
      locator: try row[12].decode(String.self), note: try row[13].decode(String.self))
  }

  mutating func period(_ text: String) throws -> Period {
    try periods.answer(for: text) { try Period(parsing: $0) }
  }

  private mutating func unit(_ text: String) throws -> MeasurementUnit {
    try units.answer(for: text) {
      guard let parsed = MeasurementUnit(symbol: $0) else { throw StoreError.sqlite("unknown unit '\($0)' in the database") }
      return parsed
    }
  }

  private mutating func date(_ text: String) throws -> CalendarDate {
    try dates.answer(for: text) {
      guard let parsed = CalendarDate(parsing: $0) else { throw StoreError.sqlite("'\($0)' in the database is not a date") }
      return parsed
    }
  }

  private func enumeration<T: RawRepresentable<String>>(_ text: String) throws -> T {
    guard let value = T(rawValue: text) else { throw StoreError.sqlite("'\(text)' in the database is not a \(T.self)") }
    return value
  }
}
