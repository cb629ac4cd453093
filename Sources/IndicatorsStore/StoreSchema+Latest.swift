import GRDB

extension StoreSchema {
  /// Two tables the import keeps so that reads of the current values never rank every vintage:
  ///
  /// - `latestObservation`: for each indicator, region and period, the observation that is the
  ///   current value (`LatestFirst`: a dated figure outranks an undated one, the latest
  ///   publication wins, among equals the one recorded last). Keyed in read order (series, then
  ///   period end), so a series' values are one range of the key.
  /// - `seriesSummary`: per series, how many periods it has, the first one and the current value
  ///   of the last one: what `list` shows.
  ///
  /// Both are derived from `observation` (filled here from what is there) and carry no foreign
  /// keys: only the import writes them, in the transaction that writes the observations.
  /// `bench/latest_read_designs.py` measures this design against the alternatives.
  static let latestVintages: Migration = (
    "v4-latest-vintages",
    """
      CREATE TABLE latestObservation (
        indicatorId INTEGER NOT NULL,
        regionId INTEGER NOT NULL,
        periodEnd REAL NOT NULL,
        period TEXT NOT NULL,
        observationId INTEGER NOT NULL,
        vintage TEXT,
        PRIMARY KEY (indicatorId, regionId, periodEnd, period)
      ) WITHOUT ROWID;
      INSERT INTO latestObservation(indicatorId, regionId, periodEnd, period, observationId, vintage)
        SELECT indicatorId, regionId, periodEnd, period, id, vintage FROM (
          SELECT *, ROW_NUMBER() OVER (
            PARTITION BY indicatorId, regionId, period ORDER BY vintage IS NULL, vintage DESC, id DESC) AS recency
          FROM observation)
        WHERE recency = 1;
      CREATE TABLE seriesSummary (
        indicatorId INTEGER NOT NULL,
        regionId INTEGER NOT NULL,
        periods INTEGER NOT NULL,
        firstPeriod TEXT NOT NULL,
        lastObservationId INTEGER NOT NULL,
        PRIMARY KEY (indicatorId, regionId)
      ) WITHOUT ROWID;
      \(SeriesSummaryRefresh.everySeries);
      """
  )
}

/// Recomputes `seriesSummary` rows from `latestObservation` (`StoreSQL.refreshSummaries`).
enum SeriesSummaryRefresh {
  /// Every series.
  static func all(_ db: Database) throws { try db.execute(sql: everySeries) }

  static let everySeries = StoreSQL.refreshSummaries(of: "SELECT DISTINCT indicatorId, regionId FROM latestObservation", .sqlite)

  /// The series of the observations with an id above `id`.
  static func series(ofObservationsAfter id: Int64, _ db: Database) throws {
    try db.execute(
      sql: StoreSQL.refreshSummaries(of: "SELECT DISTINCT indicatorId, regionId FROM observation WHERE id > ?", .sqlite), arguments: [id])
  }
}
