import IndicatorsCore
import IndicatorsStore
import PostgresNIO

extension PostgresStore: StoreCopying {
  package func importBatches() throws(StoreError) -> [ImportBatch] {
    try read {
      var batches: [ImportBatch] = []
      var position: [Int64: Int] = [:]
      for row in try session.rows("SELECT id, file, importedAt, added, revised, unchanged FROM importBatch ORDER BY id") {
        let day = try row[2].decode(String.self)
        guard let importedAt = CalendarDate(parsing: day) else { throw StoreError.sqlite("'\(day)' in importBatch is not a date") }
        position[try row[0].decode(Int64.self)] = batches.count
        batches.append(
          ImportBatch(
            file: try row[1].decode(String.self), importedAt: importedAt, added: Int(try row[3].decode(Int64.self)),
            revised: Int(try row[4].decode(Int64.self)), unchanged: Int(try row[5].decode(Int64.self)), observations: []))
      }
      var decoder = PostgresObservationDecoder()
      try session.run(
        """
        DECLARE batchCursor NO SCROLL CURSOR FOR
        SELECT \(StoreSQL.observationColumns), o.importBatchId
        FROM observation o JOIN indicator i ON i.id = o.indicatorId JOIN region r ON r.id = o.regionId
        JOIN source s ON s.id = o.sourceId JOIN importBatch b ON b.id = o.importBatchId
        ORDER BY o.id
        """)
      while true {
        let rows = try session.run("FETCH \(Self.cursorBatch) FROM batchCursor").rows
        for row in rows {
          let cells = row.makeRandomAccess()
          batches[position[try cells[StoreSQL.observationColumnCount].decode(Int64.self)]!].observations.append(try decoder.decode(cells))
        }
        if rows.count < Self.cursorBatch { break }
      }
      return batches
    }
  }

  package func restoreImportBatches(_ batches: [ImportBatch]) throws(StoreError) {
    try write {
      guard try session.scalar(Int64.self, "SELECT count(*) FROM observation") == 0 else {
        throw StoreError.unusable(path: path, reason: "already holds observations; restore into an empty store")
      }
      var indicators: [String: Int64] = [:]
      var regions: [String: Int64] = [:]
      for row in try session.rows("SELECT code, id FROM indicator") { indicators[try row[0].decode(String.self)] = try row[1].decode(Int64.self) }
      for row in try session.rows("SELECT code, id FROM region") { regions[try row[0].decode(String.self)] = try row[1].decode(Int64.self) }
      var sources: [SourceReference: Int64] = [:]
      let catalog = PostgresCatalog(session)
      let columns = 12, rowsPerInsert = 2_000
      for batch in batches {
        let batchID = try session.scalar(
          Int64.self, "INSERT INTO importBatch(file, importedAt, added, revised, unchanged) VALUES ($1, $2, $3, $4, $5) RETURNING id",
          [.text(batch.file), .text(batch.importedAt.description), .int(batch.added), .int(batch.revised), .int(batch.unchanged)])
        // Multi-row INSERTs in the batch's order: ids keep the order the rows were recorded in.
        for chunk in stride(from: 0, to: batch.observations.count, by: rowsPerInsert) {
          var values: [SQLValue] = []
          for o in batch.observations[chunk..<min(chunk + rowsPerInsert, batch.observations.count)] {
            if sources[o.source] == nil { sources[o.source] = try catalog.sourceID(o.source) }
            guard let indicatorID = indicators[o.indicator], let regionID = regions[o.region] else {
              throw StoreError.unknownSeries("the catalogue has no \(o.indicator) or no \(o.region); restore the catalogue first")
            }
            values += [
              .int(indicatorID), .int(regionID), .text(o.period.canonical), .real(o.period.endTime), .real(o.value),
              .text(o.qualifier.rawValue), .text(o.status.rawValue), .text(o.vintage?.description), .int(sources[o.source]),
              .text(o.locator), .text(o.note), .int(batchID),
            ]
          }
          let tuples = (0..<(values.count / columns)).map { row in
            "(" + (1...columns).map { "$\(row * columns + $0)" }.joined(separator: ",") + ")"
          }
          try session.run(
            """
            INSERT INTO observation(indicatorId, regionId, period, periodEnd, value, qualifier, status, vintage,
                                    sourceId, locator, note, importBatchId)
            VALUES \(tuples.joined(separator: ","))
            """, values)
        }
      }
      try session.run(
        """
        INSERT INTO latestObservation(indicatorId, regionId, periodEnd, period, observationId, vintage)
          SELECT DISTINCT ON (indicatorId, regionId, period) indicatorId, regionId, periodEnd, period, id, vintage
          FROM observation ORDER BY indicatorId, regionId, period, \(LatestFirst.order())
        """)
      try session.run(StoreSQL.refreshSummaries(of: "SELECT DISTINCT indicatorId, regionId FROM latestObservation", .postgres))
      try audit(.sync, subject: "\(batches.count) import batches", rows: batches.reduce(0) { $0 + $1.observations.count })
    }
  }

  package func settings() throws(StoreError) -> [String: String] {
    try read {
      Dictionary(uniqueKeysWithValues: try session.rows("SELECT key, value FROM setting").map { (try $0[0].decode(String.self), try $0[1].decode(String.self)) })
    }
  }
}
