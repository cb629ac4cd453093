import GRDB
import IndicatorsCore

/// One series in the database, as `indicators list` shows it.
package struct SeriesSummary: Hashable, Sendable {
  package var indicator: IndicatorDefinition
  package var region: RegionDefinition
  package var first: Period
  package var last: Period
  package var count: Int
  package var latest: Observation
}

/// Which observations a read returns.
package struct ObservationQuery: Sendable {
  package var indicators: [String] = []
  package var regions: [String] = []
  /// Only what was published on or before this date (like ALFRED's real-time period).
  package var asOf: CalendarDate?
  /// Every vintage instead of the latest per period.
  package var allVintages = false

  package init(indicators: [String] = [], regions: [String] = [], asOf: CalendarDate? = nil, allVintages: Bool = false) {
    self.indicators = indicators
    self.regions = regions
    self.asOf = asOf
    self.allVintages = allVintages
  }
}

extension IndicatorStore {
  /// Observations ordered by indicator, region, period and vintage, handed to `body` one at a
  /// time as they are read, so that memory does not grow with the database. Without
  /// `allVintages`, one per period: the latest vintage (the last recorded among equal vintages).
  ///
  /// The current values come from `latestObservation` (kept by the import); the values as of a
  /// date rank the vintages published by then, series by series.
  package func forEachObservation(_ query: ObservationQuery, _ body: (Observation) -> Void) throws(StoreError) {
    try read { db in
      let (sql, arguments) = Self.observationSQL(query)
      var decoder = ObservationDecoder()
      let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      while let row = try rows.next() { body(decoder.decode(row)) }
    }
  }

  /// The observations of `forEachObservation(_:_:)` as the text the store holds, without making an
  /// `Observation` of each: what a streamed export writes (the store keeps periods, units and
  /// dates in their canonical text, so the text is what `Observation` would print). A third of
  /// an export's instructions went into decoding rows that were only printed again.
  package func forEachObservationText(_ query: ObservationQuery, _ body: (ObservationText) -> Void) throws(StoreError) {
    try read { db in
      let (sql, arguments) = Self.observationSQL(query)
      let statement = try db.makeStatement(sql: sql)
      statement.arguments = arguments
      let rows = try Row.fetchCursor(statement)
      // The cursor's row is a view on the statement: its columns are read in place.
      while try rows.next() != nil { body(ObservationText(statement: statement.sqliteStatement)) }
    }
  }

  /// The query of `forEachObservation` (`StoreSQL.observations`), its columns those of
  /// `ObservationDecoder`.
  static func observationSQL(_ query: ObservationQuery) -> (String, StatementArguments) {
    let (sql, arguments) = StoreSQL.observations(query, .sqlite)
    return (sql, StatementArguments(arguments))
  }

  /// One line per series with its range and latest value. The current state is read from
  /// `seriesSummary`; the state as of a date is worked out from the observations.
  package func seriesSummaries(asOf: CalendarDate?) throws(StoreError) -> [SeriesSummary] {
    if let asOf { return try seriesSummaries(fromObservationsAsOf: asOf) }
    return try read { db in
      // The catalogue in the same transaction as the summaries, so that every code is in it.
      let catalogue = try CatalogIndex(db)
      var summaries: [SeriesSummary] = []
      var decoder = ObservationDecoder()
      let rows = try Row.fetchCursor(db, sql: StoreSQL.seriesSummaries)
      while let row = try rows.next() {
        let latest = decoder.decode(row)
        summaries.append(
          SeriesSummary(
            indicator: catalogue.indicator(exactly: latest.indicator)!, region: catalogue.region(exactly: latest.region)!,
            first: decoder.period(row[StoreSQL.observationColumnCount + 1]), last: latest.period,
            count: row[StoreSQL.observationColumnCount], latest: latest))
      }
      return summaries
    }
  }
}

/// Turns result rows into observations, parsing each distinct period, unit and date text once.
/// The columns are those of `StoreSQL.observationColumns`, by position.
struct ObservationDecoder {
  private var periods = LookupMemo<String, Period>()
  private var units = LookupMemo<String, MeasurementUnit>()
  private var dates = LookupMemo<String, CalendarDate>()

  mutating func decode(_ row: Row) -> Observation {
    let periodText: String = row[2], unitText: String = row[4], recordedText: String = row[8]
    let vintageText: String? = row[7]
    return Observation(
      indicator: row[0], region: row[1], period: period(periodText), value: row[3], unit: unit(unitText),
      qualifier: Qualifier(rawValue: row[5])!, status: ObservationStatus(rawValue: row[6])!,
      vintage: vintageText.map { date($0) }, recorded: date(recordedText),
      source: SourceReference(title: row[9], location: row[10], published: row[11]),
      locator: row[12], note: row[13])
  }

  mutating func period(_ text: String) -> Period {
    periods.answer(for: text) { try! Period(parsing: $0) }  // the store writes canonical periods only
  }

  private mutating func unit(_ text: String) -> MeasurementUnit {
    units.answer(for: text) { MeasurementUnit(symbol: $0)! }
  }

  private mutating func date(_ text: String) -> CalendarDate {
    dates.answer(for: text) { CalendarDate(parsing: $0)! }
  }
}
