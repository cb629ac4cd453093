import GRDB
import IndicatorsCore

extension IndicatorStore: StoreCopying {
  package func importBatches() throws(StoreError) -> [ImportBatch] {
    try read { db in
      var batches: [ImportBatch] = []
      var position: [Int64: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, file, importedAt, added, revised, unchanged FROM importBatch ORDER BY id") {
        position[row[0]] = batches.count
        batches.append(
          ImportBatch(
            file: row[1], importedAt: CalendarDate(parsing: row[2] as String)!, added: row[3], revised: row[4], unchanged: row[5],
            observations: []))
      }
      var decoder = ObservationDecoder()
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(StoreSQL.observationColumns), o.importBatchId
          FROM observation o JOIN indicator i ON i.id = o.indicatorId JOIN region r ON r.id = o.regionId
          JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
          ORDER BY o.id
          """)
      while let row = try rows.next() {
        batches[position[row[StoreSQL.observationColumnCount]]!].observations.append(decoder.decode(row))
      }
      return batches
    }
  }

  package func restoreImportBatches(_ batches: [ImportBatch]) throws(StoreError) {
    try write { db in
      guard try Int.fetchOne(db, sql: "SELECT count(*) FROM observation") == 0 else {
        throw StoreError.unusable(path: path, reason: "already holds observations; restore into an empty store")
      }
      var indicators: [String: Int64] = [:]
      var regions: [String: Int64] = [:]
      var sources: [SourceReference: Int64] = [:]
      for batch in batches {
        try db.execute(
          sql: "INSERT INTO importBatch(file, importedAt, added, revised, unchanged) VALUES (?, ?, ?, ?, ?)",
          arguments: [batch.file, batch.importedAt.description, batch.added, batch.revised, batch.unchanged])
        let batchID = db.lastInsertedRowID
        for o in batch.observations {
          if indicators[o.indicator] == nil { indicators[o.indicator] = try Catalog.indicatorID(db, code: o.indicator) }
          if regions[o.region] == nil { regions[o.region] = try Catalog.regionID(db, code: o.region) }
          if sources[o.source] == nil { sources[o.source] = try Catalog.sourceID(db, o.source) }
          guard let indicatorID = indicators[o.indicator], let regionID = regions[o.region] else {
            throw StoreError.unknownSeries("the catalogue has no \(o.indicator) or no \(o.region); restore the catalogue first")
          }
          try db.execute(
            sql: """
              INSERT INTO observation(indicatorId, regionId, period, periodEnd, value, qualifier, status, vintage,
                                      sourceId, locator, note, importBatchId)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """,
            arguments: [
              indicatorID, regionID, o.period.canonical, o.period.endTime, o.value, o.qualifier.rawValue, o.status.rawValue,
              o.vintage?.description, sources[o.source], o.locator, o.note, batchID,
            ])
        }
      }
      // The derived tables, as the migration that introduced them fills them.
      try db.execute(
        sql: """
          INSERT INTO latestObservation(indicatorId, regionId, periodEnd, period, observationId, vintage)
            SELECT indicatorId, regionId, periodEnd, period, id, vintage FROM (
              SELECT *, ROW_NUMBER() OVER (
                PARTITION BY indicatorId, regionId, period ORDER BY \(LatestFirst.order())) AS recency
              FROM observation)
            WHERE recency = 1
          """)
      try SeriesSummaryRefresh.all(db)
      try Self.audit(
        db, attribution, .sync, subject: "\(batches.count) import batches", rows: batches.reduce(0) { $0 + $1.observations.count })
    }
  }

  package func settings() throws(StoreError) -> [String: String] {
    try read { db in
      Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM setting").map { ($0[0] as String, $0[1] as String) })
    }
  }
}
