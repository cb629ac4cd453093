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

  /// The query of `forEachObservation`, its columns those of `ObservationDecoder.columns`.
  static func observationSQL(_ query: ObservationQuery) -> (String, StatementArguments) {
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible] = []
    if !query.indicators.isEmpty {
      conditions.append("i.code IN (\(query.indicators.map { _ in "?" }.joined(separator: ",")))")
      arguments += query.indicators
    }
    if !query.regions.isEmpty {
      conditions.append("r.code IN (\(query.regions.map { _ in "?" }.joined(separator: ",")))")
      arguments += query.regions
    }
    let sql: String
    switch (query.asOf, query.allVintages) {
    case (nil, false):
      // Indicators and regions in code order, each series' latest values in period order: the
      // nested loops give the output order, nothing is sorted.
      sql = """
        SELECT \(ObservationDecoder.columns)
        FROM indicator i CROSS JOIN region r CROSS JOIN latestObservation l CROSS JOIN observation o
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        WHERE l.indicatorId = i.id AND l.regionId = r.id AND o.id = l.observationId
        \(conditions.map { "AND \($0) " }.joined())
        ORDER BY i.code, r.code, l.periodEnd, l.period
        """
    case (nil, true):
      sql = """
        SELECT \(ObservationDecoder.columns)
        FROM indicator i CROSS JOIN region r CROSS JOIN observation o
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        WHERE o.indicatorId = i.id AND o.regionId = r.id \(conditions.map { "AND \($0) " }.joined())
        ORDER BY i.code, r.code, o.periodEnd, o.period, o.vintage IS NOT NULL, o.vintage, o.id
        """
    case (let asOf?, let allVintages):
      conditions.append("(o.vintage <= ? OR (o.vintage IS NULL AND b.importedAt <= ?))")
      arguments += [asOf.description, asOf.description]
      sql = """
        SELECT indicatorCode, regionCode, period, value, unit, qualifier, status, vintage, recorded,
               sourceTitle, sourceLocation, sourcePublished, locator, note
        FROM (
          SELECT o.*, i.code AS indicatorCode, i.unit AS unit, r.code AS regionCode, b.importedAt AS recorded,
                 s.title AS sourceTitle, s.location AS sourceLocation, s.published AS sourcePublished,
                 ROW_NUMBER() OVER (PARTITION BY o.indicatorId, o.regionId, o.period
                                    ORDER BY \(LatestFirst.order("o"))) AS recency
          FROM indicator i CROSS JOIN region r CROSS JOIN observation o
          JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
          WHERE o.indicatorId = i.id AND o.regionId = r.id AND \(conditions.joined(separator: " AND "))
        ) \(allVintages ? "" : "WHERE recency = 1")
        ORDER BY indicatorCode, regionCode, periodEnd, period, vintage IS NOT NULL, vintage, id
        """
    }
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
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(ObservationDecoder.columns), ss.periods, ss.firstPeriod
          FROM seriesSummary ss JOIN indicator i ON i.id = ss.indicatorId JOIN region r ON r.id = ss.regionId
          JOIN observation o ON o.id = ss.lastObservationId
          JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
          ORDER BY i.code, r.code
          """)
      while let row = try rows.next() {
        let latest = decoder.decode(row)
        summaries.append(
          SeriesSummary(
            indicator: catalogue.indicator(exactly: latest.indicator)!, region: catalogue.region(exactly: latest.region)!,
            first: decoder.period(row[ObservationDecoder.columnCount + 1]), last: latest.period,
            count: row[ObservationDecoder.columnCount], latest: latest))
      }
      return summaries
    }
  }
}

/// Turns result rows into observations, parsing each distinct period, unit and date text once.
struct ObservationDecoder {
  /// The columns `decode` reads, by position (by-name lookup costs a lowercased() per cell).
  static let columns = """
    i.code, r.code, o.period, o.value, i.unit, o.qualifier, o.status, o.vintage, b.importedAt, \
    s.title, s.location, s.published, o.locator, o.note
    """
  static let columnCount = 14

  private var periods: [String: Period] = [:]
  private var units: [String: MeasurementUnit] = [:]
  private var dates: [String: CalendarDate] = [:]

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
    Self.cached(text, in: &periods) { try! Period(parsing: $0) }  // the store writes canonical periods only
  }

  private mutating func unit(_ text: String) -> MeasurementUnit {
    Self.cached(text, in: &units) { MeasurementUnit(symbol: $0)! }
  }

  private mutating func date(_ text: String) -> CalendarDate {
    Self.cached(text, in: &dates) { CalendarDate(parsing: $0)! }
  }

  private static func cached<T>(_ text: String, in cache: inout [String: T], parse: (String) -> T) -> T {
    if let cached = cache[text] { return cached }
    let parsed = parse(text)
    cache[text] = parsed
    return parsed
  }
}

/// Which of several versions of a value is the current one: a dated figure outranks an undated
/// one (a source without a publication date cannot supersede one with a date); among dated ones
/// the latest publication wins; among equals, the last recorded.
enum LatestFirst {
  static func order(_ table: String = "") -> String {
    let t = table.isEmpty ? "" : table + "."
    return "\(t)vintage IS NULL, \(t)vintage DESC, \(t)id DESC"
  }

  /// The same rule as an SQL condition, for a row `new` recorded after `old` (both with a
  /// `vintage` column).
  static func outranks(new: String, old: String) -> String {
    "(\(new).vintage IS NOT NULL AND (\(old).vintage IS NULL OR \(new).vintage >= \(old).vintage))"
      + " OR (\(new).vintage IS NULL AND \(old).vintage IS NULL)"
  }
}
