import IndicatorsCore
import IndicatorsStore
import PostgresNIO

extension PostgresStore {
  /// The observations a query selects, in the order SQLite's store gives them (indicator, region,
  /// period end, period, then vintage with undated first). The rows come through a cursor, a few
  /// thousand at a time, inside one snapshot: memory does not grow with the database.
  ///
  /// The current values come from `latestObservation`; the values as of a date rank the vintages
  /// published by then (`PostgresSchema.latestFirst`), series by series.
  package func forEachObservation(_ query: ObservationQuery, _ body: (Observation) -> Void) throws(StoreError) {
    var conditions: [String] = []
    var values: [SQLValue] = []
    func placeholders(_ items: [String]) -> String {
      items.map { item in
        values.append(.text(item))
        return "$\(values.count)"
      }.joined(separator: ",")
    }
    if !query.indicators.isEmpty { conditions.append("i.code IN (\(placeholders(query.indicators)))") }
    if !query.regions.isEmpty { conditions.append("r.code IN (\(placeholders(query.regions)))") }
    let sql: String
    switch (query.asOf, query.allVintages) {
    case (nil, false):
      sql = """
        SELECT \(PostgresObservationDecoder.columns)
        FROM latestObservation l JOIN indicator i ON i.id = l.indicatorId JOIN region r ON r.id = l.regionId
        JOIN observation o ON o.id = l.observationId
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
        ORDER BY i.code, r.code, l.periodEnd, l.period
        """
    case (nil, true):
      sql = """
        SELECT \(PostgresObservationDecoder.columns)
        FROM observation o JOIN indicator i ON i.id = o.indicatorId JOIN region r ON r.id = o.regionId
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
        ORDER BY i.code, r.code, o.periodEnd, o.period, o.vintage IS NOT NULL, o.vintage, o.id
        """
    case (let asOf?, let allVintages):
      values.append(.text(asOf.description))
      conditions.append("(o.vintage <= $\(values.count) OR (o.vintage IS NULL AND b.importedAt <= $\(values.count)))")
      sql = """
        SELECT indicatorCode, regionCode, period, value, unit, qualifier, status, vintage, recorded,
               sourceTitle, sourceLocation, sourcePublished, locator, note
        FROM (
          SELECT o.*, i.code AS indicatorCode, i.unit AS unit, r.code AS regionCode, b.importedAt AS recorded,
                 s.title AS sourceTitle, s.location AS sourceLocation, s.published AS sourcePublished,
                 ROW_NUMBER() OVER (PARTITION BY o.indicatorId, o.regionId, o.period
                                    ORDER BY \(PostgresSchema.latestFirst("o"))) AS recency
          FROM observation o JOIN indicator i ON i.id = o.indicatorId JOIN region r ON r.id = o.regionId
          JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
          WHERE \(conditions.joined(separator: " AND "))
        ) ranked \(allVintages ? "" : "WHERE recency = 1")
        ORDER BY indicatorCode, regionCode, periodEnd, period, vintage IS NOT NULL, vintage, id
        """
    }
    try read {
      var decoder = PostgresObservationDecoder()
      try session.run("DECLARE observationCursor NO SCROLL CURSOR FOR \(sql)", values)
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
      let rows = try session.rows(
        """
        SELECT \(PostgresObservationDecoder.columns), ss.periods, ss.firstPeriod
        FROM seriesSummary ss JOIN indicator i ON i.id = ss.indicatorId JOIN region r ON r.id = ss.regionId
        JOIN observation o ON o.id = ss.lastObservationId
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        ORDER BY i.code, r.code
        """)
      for row in rows {
        let latest = try decoder.decode(row)
        summaries.append(
          SeriesSummary.make(
            indicator: index.indicator(exactly: latest.indicator)!, region: index.region(exactly: latest.region)!,
            first: try decoder.period(row[PostgresObservationDecoder.columnCount + 1].decode(String.self)), last: latest.period,
            count: Int(try row[PostgresObservationDecoder.columnCount].decode(Int64.self)), latest: latest))
      }
      return summaries
    }
  }
}

/// Turns result rows into observations, parsing each distinct period, unit and date text once.
struct PostgresObservationDecoder {
  /// The columns `decode` reads, by position.
  static let columns = """
    i.code, r.code, o.period, o.value, i.unit, o.qualifier, o.status, o.vintage, b.importedAt, \
    s.title, s.location, s.published, o.locator, o.note
    """
  static let columnCount = 14

  private var periods: [String: Period] = [:]
  private var units: [String: MeasurementUnit] = [:]
  private var dates: [String: CalendarDate] = [:]

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
    if let cached = periods[text] { return cached }
    let parsed = try Period(parsing: text)
    periods[text] = parsed
    return parsed
  }

  private mutating func unit(_ text: String) throws -> MeasurementUnit {
    if let cached = units[text] { return cached }
    guard let parsed = MeasurementUnit(symbol: text) else { throw StoreError.sqlite("unknown unit '\(text)' in the database") }
    units[text] = parsed
    return parsed
  }

  private mutating func date(_ text: String) throws -> CalendarDate {
    if let cached = dates[text] { return cached }
    guard let parsed = CalendarDate(parsing: text) else { throw StoreError.sqlite("'\(text)' in the database is not a date") }
    dates[text] = parsed
    return parsed
  }

  private func enumeration<T: RawRepresentable<String>>(_ text: String) throws -> T {
    guard let value = T(rawValue: text) else { throw StoreError.sqlite("'\(text)' in the database is not a \(T.self)") }
    return value
  }
}
