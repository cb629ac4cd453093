import IndicatorsCore
import IndicatorsStore
import PostgresNIO

/// The end of an import: the stage merged into `observation`, then the latest values, the series
/// summaries and the import batch's counts brought up to date.
extension PostgresImporter {
  /// Adds every staged row the store does not already have, in file order, then brings the
  /// latest values and series summaries up to date for these and the rows of new series (see
  /// SQLite's `BatchImporter.merge`).
  mutating func merge() throws -> ImportSummary {
    let lastWritten = lastID + Int64(directLocations.count)
    var inserted = directLocations.count - directDropped
    if staged > 0 {
      try session.run("ANALYZE importStage")
      let merged = try session.run(
        """
        INSERT INTO observation(\(StoreSQL.importedColumns))
        SELECT s.indicatorId, s.regionId, s.period, s.periodEnd, s.value, s.qualifier, s.status, nullif(s.vintage, ''),
               s.sourceId, s.locator, s.note, $1
        FROM importStage s
        WHERE NOT EXISTS (
          SELECT 1 FROM observation o
          WHERE o.id = (
              SELECT max(p.id) FROM observation p
              WHERE p.indicatorId = s.indicatorId AND p.regionId = s.regionId AND p.period = s.period
                AND (p.vintage = s.vintage OR (p.vintage IS NULL AND s.vintage = ''))
                AND p.sourceId = s.sourceId AND p.locator = s.locator)
            AND o.value = s.value AND o.qualifier = s.qualifier AND o.status = s.status)
        ORDER BY s.seq
        """, [.int(batchID)]
      ).metadata.rows ?? 0
      inserted += merged
      summary.unchanged = staged - merged
    }
    guard inserted > 0 || summary.changedAnything else { return summary }

    // The best new row of each period (one statement may not update a row twice). The rows of
    // new series have no current value to replace (their series had none), so they are inserted
    // plainly; the staged rows', of series the store had, replace the current value they outrank.
    let best = """
      INSERT INTO latestObservation(indicatorId, regionId, periodEnd, period, observationId, vintage)
      SELECT DISTINCT ON (indicatorId, regionId, periodEnd, period) indicatorId, regionId, periodEnd, period, id, vintage
      FROM observation WHERE id BETWEEN $1 AND $2
      ORDER BY indicatorId, regionId, periodEnd, period, \(LatestFirst.order())
      """
    if lastWritten > lastID { try session.run(best, [.int(lastID + 1), .int(lastWritten)]) }
    if inserted > directLocations.count - directDropped {
      try session.run(
        best + """
           ON CONFLICT (indicatorId, regionId, periodEnd, period) DO UPDATE
            SET observationId = excluded.observationId, vintage = excluded.vintage
            WHERE \(LatestFirst.outranks(new: "excluded", old: "latestObservation"))
          """, [.int(lastWritten + 1), .int(Int64.max)])
    }
    try session.run(
      StoreSQL.refreshSummaries(of: "SELECT DISTINCT indicatorId, regionId FROM observation WHERE id > $1", .postgres), [.int(lastID)])
    let periodsAfter = try session.scalar(Int64.self, "SELECT coalesce(sum(periods), 0)::bigint FROM seriesSummary")
    summary.added = Int(periodsAfter - periodsBefore)
    summary.revised = inserted - summary.added
    if summary.revised > 0 {
      // Revisions of series the store had first, then those within new series, each in file order.
      let stored = try revisionLines(ids: lastWritten + 1, Int64.max, limit: ImportSummary.revisionLinesKept)
      summary.changes = stored + (try revisionLines(ids: lastID + 1, lastWritten, limit: ImportSummary.revisionLinesKept - stored.count))
    }
    try session.run(
      "UPDATE importBatch SET added = $1, revised = $2, unchanged = $3 WHERE id = $4",
      [.int(summary.added), .int(summary.revised), .int(summary.unchanged), .int(batchID)])
    return summary
  }

  /// The first `limit` new vintages with ids from `first` through `last`, each against the value
  /// that was current before it.
  func revisionLines(ids first: Int64, _ last: Int64, limit: Int) throws -> [Revision] {
    guard limit > 0, first <= last else { return [] }
    let rows = try session.rows(StoreSQL.revisions(.postgres), [.int(first), .int(last), .int(limit)])
    return try rows.map { row in
      try names.revision(
        id: row[0].decode(Int64.self), indicatorID: row[1].decode(Int64.self), regionID: row[2].decode(Int64.self),
        period: row[3].decode(String.self), value: row[4].decode(Double.self), vintage: row[5].decode(String?.self),
        previous: row[6].decode(Double.self), currentID: row[7].decode(Int64.self), current: row[8].decode(Double.self))
    }
  }
}
