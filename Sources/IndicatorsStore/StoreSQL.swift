/// The store's statements where SQLite and PostgreSQL agree, written once for both backends
/// (`IndicatorStore`, `PostgresStore`); what the dialects write differently goes through
/// `SQLDialect`. Each backend binds the arguments and reads the rows in its own driver's way.
package enum StoreSQL {
  // MARK: Reads

  /// The columns an observation is read from, by position (`ObservationDecoder`,
  /// `PostgresObservationDecoder`; by-name lookup costs a lowercased() per cell on SQLite).
  package static let observationColumns = """
    i.code, r.code, o.period, o.value, i.unit, o.qualifier, o.status, o.vintage, b.importedAt, \
    s.title, s.location, s.published, o.locator, o.note
    """
  package static let observationColumnCount = 14

  /// The query of `forEachObservation`: observations ordered by indicator, region, period end,
  /// period, then vintage (undated first), with the columns `observationColumns`; every argument
  /// is a text. Without `allVintages`, one per period: the current value from `latestObservation`,
  /// or as of a date the best vintage published by then (`LatestFirst`), ranked series by series.
  ///
  /// Indicators and regions are joined first (`CROSS JOIN` fixes SQLite's nested loops in that
  /// order, so the output order needs no sort; PostgreSQL plans the same joins freely).
  package static func observations(_ query: ObservationQuery, _ dialect: SQLDialect) -> (sql: String, arguments: [String]) {
    var conditions: [String] = []
    var arguments: [String] = []
    func placeholders(_ items: [String]) -> String {
      items.map { item in
        arguments.append(item)
        return dialect.placeholder(arguments.count)
      }.joined(separator: ",")
    }
    if !query.indicators.isEmpty { conditions.append("i.code IN (\(placeholders(query.indicators)))") }
    if !query.regions.isEmpty { conditions.append("r.code IN (\(placeholders(query.regions)))") }
    let sql: String
    switch (query.asOf, query.allVintages) {
    case (nil, false):
      sql = """
        SELECT \(observationColumns)
        FROM indicator i CROSS JOIN region r CROSS JOIN latestObservation l CROSS JOIN observation o
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        WHERE l.indicatorId = i.id AND l.regionId = r.id AND o.id = l.observationId
        \(conditions.map { "AND \($0) " }.joined())
        ORDER BY i.code, r.code, l.periodEnd, l.period
        """
    case (nil, true):
      sql = """
        SELECT \(observationColumns)
        FROM indicator i CROSS JOIN region r CROSS JOIN observation o
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        WHERE o.indicatorId = i.id AND o.regionId = r.id \(conditions.map { "AND \($0) " }.joined())
        ORDER BY i.code, r.code, o.periodEnd, o.period, o.vintage IS NOT NULL, o.vintage, o.id
        """
    case (let asOf?, let allVintages):
      let date = asOf.description
      conditions.append("(o.vintage <= \(placeholders([date])) OR (o.vintage IS NULL AND b.importedAt <= \(placeholders([date]))))")
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
        ) ranked \(allVintages ? "" : "WHERE recency = 1")
        ORDER BY indicatorCode, regionCode, periodEnd, period, vintage IS NOT NULL, vintage, id
        """
    }
    return (sql, arguments)
  }

  /// Every series' current values as `forEachSeries` needs them, in the order of `observations`
  /// without a date: the indicator and region ids (a new pair starts a series), their codes, the
  /// period, value, qualifier and status. No source or import batch: a series' points carry
  /// neither, and the two joins cost a lookup each per row.
  package static let currentSeriesPoints = """
    SELECT l.indicatorId, l.regionId, i.code, r.code, o.period, o.value, o.qualifier, o.status
    FROM indicator i CROSS JOIN region r CROSS JOIN latestObservation l CROSS JOIN observation o
    WHERE l.indicatorId = i.id AND l.regionId = r.id AND o.id = l.observationId
    ORDER BY i.code, r.code, l.periodEnd, l.period
    """

  /// One row per series, in code order: the columns `observationColumns` of its current last
  /// value, then how many periods it has and the first one.
  package static let seriesSummaries = """
    SELECT \(observationColumns), ss.periods, ss.firstPeriod
    FROM seriesSummary ss JOIN indicator i ON i.id = ss.indicatorId JOIN region r ON r.id = ss.regionId
    JOIN observation o ON o.id = ss.lastObservationId
    JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
    ORDER BY i.code, r.code
    """

  // MARK: Ids

  /// The id of the indicator whose code is the argument.
  package static func indicatorID(_ dialect: SQLDialect) -> String {
    "SELECT id FROM indicator WHERE code = \(dialect.placeholder(1))"
  }

  /// The id of the region whose code is the argument.
  package static func regionID(_ dialect: SQLDialect) -> String {
    "SELECT id FROM region WHERE code = \(dialect.placeholder(1))"
  }

  /// Adds a source (title, location, published) unless the store has it; `sourceID` then finds
  /// its id with the same arguments.
  package static func addSource(_ dialect: SQLDialect) -> String {
    "INSERT INTO source(title, location, published) VALUES (\(list(3, dialect))) ON CONFLICT DO NOTHING"
  }

  package static func sourceID(_ dialect: SQLDialect) -> String {
    let p = dialect.placeholder
    return "SELECT id FROM source WHERE title = \(p(1)) AND location = \(p(2)) AND published = \(p(3))"
  }

  // MARK: Import

  /// The columns of `observation` an import writes, in the order its inserts give them.
  package static let importedColumns =
    "indicatorId, regionId, period, periodEnd, value, qualifier, status, vintage, sourceId, locator, note, importBatchId"

  /// Recomputes the `seriesSummary` rows of the series `series` selects (`indicatorId,
  /// regionId`) from `latestObservation`.
  package static func refreshSummaries(of series: String, _ dialect: SQLDialect) -> String {
    dialect.replace(
      into: "seriesSummary", ["indicatorId", "regionId", "periods", "firstPeriod", "lastObservationId"],
      key: ["indicatorId", "regionId"],
      rows: """
        SELECT t.indicatorId, t.regionId,
          (SELECT count(*) FROM latestObservation l WHERE l.indicatorId = t.indicatorId AND l.regionId = t.regionId),
          (SELECT l.period FROM latestObservation l WHERE l.indicatorId = t.indicatorId AND l.regionId = t.regionId
           ORDER BY l.periodEnd, l.period LIMIT 1),
          (SELECT l.observationId FROM latestObservation l WHERE l.indicatorId = t.indicatorId AND l.regionId = t.regionId
           ORDER BY l.periodEnd DESC, l.period DESC LIMIT 1)
        FROM (\(series)) t
        """)
  }

  /// The first new vintages with ids from the first argument through the second, at most the
  /// third: id, indicatorId, regionId, period, value, vintage, then `previous` (the value current
  /// before it), `currentId` and `current` (the current value now; when it is not this row, the
  /// new vintage is older than the current one, and what `show` reads is unchanged).
  package static func revisions(_ dialect: SQLDialect) -> String {
    let p = dialect.placeholder
    return """
      SELECT n.id, n.indicatorId, n.regionId, n.period, n.value, n.vintage, p.value AS previous,
        c.observationId AS currentId, (SELECT value FROM observation WHERE id = c.observationId) AS current
      FROM observation n
      JOIN latestObservation c
        ON c.indicatorId = n.indicatorId AND c.regionId = n.regionId AND c.periodEnd = n.periodEnd AND c.period = n.period
      JOIN observation p ON p.id = (
        SELECT q.id FROM observation q
        WHERE q.indicatorId = n.indicatorId AND q.regionId = n.regionId AND q.period = n.period AND q.id < n.id
        ORDER BY \(LatestFirst.order("q")) LIMIT 1)
      WHERE n.id BETWEEN \(p(1)) AND \(p(2)) ORDER BY n.id LIMIT \(p(3))
      """
  }

  /// `?, ?, ?` or `$1, $2, $3`.
  static func list(_ count: Int, _ dialect: SQLDialect) -> String {
    (1...count).map(dialect.placeholder).joined(separator: ", ")
  }
}
