import IndicatorsCore
import IndicatorsStore
import PostgresNIO

extension PostgresStore {
  /// Imports the rows of `source` in one transaction, as SQLite's store does (see
  /// `IndicatorStore.importObservations(from:file:importDate:)`): a row that cannot be taken
  /// aborts the whole import with its place in the file; a changed value adds a vintage; an
  /// import that changes nothing writes nothing, not even its batch.
  ///
  /// As on SQLite, a row of a series the store has values of is staged in a temporary table and
  /// merged with a few set-based statements; a row of a series new to the store cannot equal
  /// anything stored and goes straight into `observation`. Both are sent with `COPY … FROM
  /// STDIN` in chunks of about `copyChunkBytes`.
  package func importObservations(
    from source: inout some ObservationSource, file: String, importDate: CalendarDate
  ) throws(StoreError) -> ImportSummary {
    var rows = source
    defer { source = rows }
    return try session.writeTransaction(busyTimeout: busyTimeout, waiting: waiting) { () throws -> (ImportSummary, commit: Bool) in
      var importer = try PostgresImporter(session: session, file: file, importDate: importDate)
      let unchecked = try importer.skipForeignKeyChecks()
      while let input = try rows.next() { try importer.stage(input) }
      try importer.flushAll()
      try importer.dropRepeatedRows()
      let summary = try importer.merge()
      if unchecked { try session.run("SET LOCAL session_replication_role = origin") }
      guard summary.changedAnything else { return (summary, false) }
      try audit(.importFile, subject: file, rows: summary.added + summary.revised + summary.unchanged, latestImportBatch: true)
      return (summary, true)
    }
  }
}

/// The work of one import transaction on PostgreSQL: check each row, stage it or write it, then
/// merge (SQLite's `BatchImporter`, statement for statement where the dialects allow).
private struct PostgresImporter {
  let session: PostgresSession
  let catalog: PostgresCatalog
  let file: String
  let importDate: CalendarDate
  var summary = ImportSummary.none
  /// The catalogue when the import began; codes added by the import are in the caches below.
  let index: CatalogIndex
  var indicatorIDs: [String: Int64] = [:]
  var regionIDs: [String: Int64] = [:]
  var indicators = LookupMemo<String, (id: Int64, definition: IndicatorDefinition)>()
  var regions = LookupMemo<String, Int64>()
  var sources = LookupMemo<SourceReference, Int64>()
  var periods = LookupMemo<Period, (text: String, end: Double)>()
  var vintages = LookupMemo<String, String?>()
  /// The names the file used for indicators and regions, for its messages.
  var names = ImportNames()
  /// Rows checked but not yet sent to the stage, and how many were staged in all.
  var pending = CopyText(capacity: Self.copyChunkBytes + 4096)
  var staged = 0
  /// Whether the staged rows may repeat a key (see `dropRepeatedRows`).
  var stagedKeys = KeyRepeatWatch()
  /// The bytes of rows sent in one COPY.
  static let copyChunkBytes = 1 << 20

  /// The batch row every observation of the import names, written first (a rollback removes it).
  let batchID: Int64
  /// The largest observation id before the import: the import's rows are the ones above it.
  let lastID: Int64
  let periodsBefore: Int64
  /// The series (indicator and region ids) the store had values of when the import began.
  let knownSeries: Set<SeriesIDs>
  struct SeriesIDs: Hashable {
    var indicator: Int64
    var region: Int64
  }
  /// Rows of new series not yet sent to `observation`; the k-th row written has id
  /// `lastID + 1 + k`, and its line and column are kept for messages (8 bytes a row).
  var pendingDirect = CopyText(capacity: Self.copyChunkBytes + 4096)
  var directLocations: [(line: Int32, column: Int32)] = []
  /// Whether those rows may repeat a key: if so, `dropRepeatedRows` compares them in SQL.
  var directKeys = KeyRepeatWatch()
  /// Rows of new series that repeated an earlier row exactly, deleted again by `dropRepeatedRows`.
  var directDropped = 0
  /// The columns of `observation` a direct row gives, in COPY's order.
  static let directColumns = [
    "id", "indicatorid", "regionid", "period", "periodend", "value", "qualifier", "status", "vintage", "sourceid", "locator", "note",
    "importbatchid",
  ]
  static let stageColumns = [
    "seq", "line", "col", "indicatorid", "regionid", "period", "sourceid", "vintage", "locator", "periodend", "value", "qualifier",
    "status", "note",
  ]

  init(session: PostgresSession, file: String, importDate: CalendarDate) throws {
    self.session = session
    self.catalog = PostgresCatalog(session)
    self.file = file
    self.importDate = importDate
    index = try catalog.index()
    for row in try session.rows("SELECT code, id FROM indicator") { indicatorIDs[try row[0].decode(String.self)] = try row[1].decode(Int64.self) }
    for row in try session.rows("SELECT code, id FROM region") { regionIDs[try row[0].decode(String.self)] = try row[1].decode(Int64.self) }
    lastID = try session.scalar(Int64.self, "SELECT coalesce(max(id), 0) FROM observation")
    periodsBefore = try session.scalar(Int64.self, "SELECT coalesce(sum(periods), 0)::bigint FROM seriesSummary")
    // Every observation's series has a `seriesSummary` row (observations are never deleted).
    knownSeries = Set(
      try session.rows("SELECT indicatorId, regionId FROM seriesSummary").map {
        SeriesIDs(indicator: try $0[0].decode(Int64.self), region: try $0[1].decode(Int64.self))
      })
    batchID = try session.scalar(
      Int64.self, "INSERT INTO importBatch(file, importedAt, added, revised, unchanged) VALUES ($1, $2, 0, 0, 0) RETURNING id",
      [.text(file), .text(importDate.description)])
    // Undated rows have vintage '' here so that the key compares equal; `seq` is the file order.
    try session.runScript(
      """
      CREATE TEMP TABLE importStage (
        seq BIGINT NOT NULL, line BIGINT NOT NULL, col BIGINT,
        indicatorId BIGINT NOT NULL, regionId BIGINT NOT NULL, period TEXT COLLATE "C" NOT NULL, sourceId BIGINT NOT NULL,
        vintage TEXT COLLATE "C" NOT NULL, locator TEXT COLLATE "C" NOT NULL,
        periodEnd DOUBLE PRECISION NOT NULL, value DOUBLE PRECISION NOT NULL, qualifier TEXT COLLATE "C" NOT NULL,
        status TEXT COLLATE "C" NOT NULL, note TEXT COLLATE "C" NOT NULL
      ) ON COMMIT DROP
      """)
  }

  /// Checks one row against the catalogue and stages it (a row of a known series) or queues it
  /// for `observation` (a row of a new series).
  mutating func stage(_ input: ObservationInput) throws {
    let (indicatorID, indicator) = try indicatorFor(input)
    let regionID = try regionFor(input)
    let number = try input.importedNumber(for: indicator)
    let sourceID = try sourceFor(input.source)
    let period = periodFor(input.period)
    let vintage = input.vintage?.description ?? vintageFor(published: input.source.published) ?? ""
    var hasher = Hasher()
    hasher.combine(indicatorID)
    hasher.combine(regionID)
    hasher.combine(period.text)
    hasher.combine(sourceID)
    hasher.combine(vintage)
    hasher.combine(input.locator)
    let hash = hasher.finalize()
    guard knownSeries.contains(SeriesIDs(indicator: indicatorID, region: regionID)) else {
      pendingDirect.int(lastID + 1 + Int64(directLocations.count))
      pendingDirect.int(indicatorID)
      pendingDirect.int(regionID)
      pendingDirect.text(period.text)
      pendingDirect.real(period.end)
      pendingDirect.real(number.doubleValue)
      pendingDirect.text(input.qualifier.rawValue)
      pendingDirect.text(input.status.rawValue)
      pendingDirect.text(vintage.isEmpty ? nil : vintage)
      pendingDirect.int(sourceID)
      pendingDirect.text(input.locator)
      pendingDirect.text(input.note)
      pendingDirect.int(batchID)
      pendingDirect.endRow()
      directLocations.append((Int32(clamping: input.location.line), Int32(clamping: input.location.column ?? -1)))
      directKeys.note(hash)
      if pendingDirect.byteCount >= Self.copyChunkBytes { try flushDirect() }
      return
    }
    staged += 1
    pending.int(Int64(staged))
    pending.int(Int64(input.location.line))
    pending.int(input.location.column.map(Int64.init))
    pending.int(indicatorID)
    pending.int(regionID)
    pending.text(period.text)
    pending.int(sourceID)
    pending.text(vintage)
    pending.text(input.locator)
    pending.real(period.end)
    pending.real(number.doubleValue)
    pending.text(input.qualifier.rawValue)
    pending.text(input.status.rawValue)
    pending.text(input.note)
    pending.endRow()
    if pending.byteCount >= Self.copyChunkBytes { try flush() }
    stagedKeys.note(hash)
  }

  /// Turns off the foreign-key checks of `observation` for this transaction where the database
  /// user may (a superuser, or one granted `SET ON PARAMETER session_replication_role`, PostgreSQL
  /// 15 and later), as SQLite's import turns off its own (`PRAGMA foreign_keys = OFF`): every id
  /// the import writes is one it read or inserted in this transaction, under the writers' lock, so
  /// no writer can remove what it points at. The checks cost four lookups and row locks a row,
  /// four fifths of the time of writing 100,000 rows. Whether they were turned off; elsewhere the
  /// import runs checked, with the same result. (The store's tables have no triggers of their
  /// own, so nothing else is skipped.)
  func skipForeignKeyChecks() throws -> Bool {
    var allowed = try session.scalar(Bool.self, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    if !allowed, try session.scalar(Bool.self, "SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'has_parameter_privilege')") {
      allowed = try session.scalar(Bool.self, "SELECT has_parameter_privilege('session_replication_role', 'SET')")
    }
    if allowed { try session.run("SET LOCAL session_replication_role = replica") }
    return allowed
  }

  /// Sends the pending staged rows in one COPY.
  mutating func flush() throws {
    guard !pending.isEmpty else { return }
    try session.copy(into: "importstage", columns: Self.stageColumns, pending.buffer)
    pending.removeAll()
  }

  /// Sends the pending rows of new series in one COPY.
  mutating func flushDirect() throws {
    guard !pendingDirect.isEmpty else { return }
    try session.copy(into: "observation", columns: Self.directColumns, pendingDirect.buffer)
    pendingDirect.removeAll()
  }

  /// Sends what is pending; the rows of new series took their ids themselves, so the identity's
  /// sequence is moved past them (a rollback leaves it there, above every row: harmless).
  mutating func flushAll() throws {
    try flush()
    try flushDirect()
    if !directLocations.isEmpty {
      try session.run(
        "SELECT setval(pg_get_serial_sequence('observation', 'id'), $1)", [.int(lastID + Int64(directLocations.count))])
    }
  }

  /// Whether `a` and `b` have the same indicator, region, period, source, vintage and locator.
  static func sameKey(_ a: String, _ b: String, vintage: String = "=") -> String {
    ["indicatorId", "regionId", "period", "sourceId", "locator"].map { "\(a).\($0) = \(b).\($0)" }.joined(separator: " AND ")
      + " AND \(a).vintage \(vintage) \(b).vintage"
  }

  /// Drops every row that repeats an earlier row of the file exactly, and refuses the file if a
  /// row gives another value, qualifier or status for the same key as the first row of that key:
  /// of several such rows, the first in the file, staged or written (as SQLite does).
  mutating func dropRepeatedRows() throws {
    let contradiction = try dropRepeatedDirectRows()
    try dropRepeatedStagedRows(before: contradiction)
    if let contradiction { throw StoreError.input(contradiction.error) }
  }

  /// The same for the rows written straight into `observation`; returns the first contradiction.
  mutating func dropRepeatedDirectRows() throws -> (line: Int, error: InputError)? {
    guard directKeys.mayRepeat else { return nil }
    let (first, last) = (lastID + 1, lastID + Int64(directLocations.count))
    if let clash = try session.rows(
      """
      SELECT s.id, s.value, f.id, f.value, s.indicatorId, s.regionId, s.period
      FROM observation s
      JOIN LATERAL (SELECT g.id, g.value, g.qualifier, g.status FROM observation g
                    WHERE g.id BETWEEN $1 AND $2 AND \(Self.sameKey("g", "s", vintage: "IS NOT DISTINCT FROM"))
                    ORDER BY g.id LIMIT 1) f ON true
      WHERE s.id BETWEEN $1 AND $2 AND f.id < s.id
        AND (s.value, s.qualifier, s.status) IS DISTINCT FROM (f.value, f.qualifier, f.status)
      ORDER BY s.id LIMIT 1
      """, [.int(first), .int(last)]
    ).first {
      let at = directLocations[Int(try clash[0].decode(Int64.self) - first)]
      let earlier = directLocations[Int(try clash[2].decode(Int64.self) - first)]
      let location = InputLocation(file: file, line: Int(at.line), column: at.column < 0 ? nil : Int(at.column))
      return (
        Int(at.line),
        names.contradiction(
          at: location, value: try clash[1].decode(Double.self), indicatorID: try clash[4].decode(Int64.self),
          regionID: try clash[5].decode(Int64.self), period: try clash[6].decode(String.self), earlierLine: Int(earlier.line),
          earlierValue: try clash[3].decode(Double.self))
      )
    }
    directDropped = try session.run(
      """
      DELETE FROM observation s WHERE s.id BETWEEN $1 AND $2 AND EXISTS (
        SELECT 1 FROM observation f WHERE f.id BETWEEN $1 AND $2 AND f.id < s.id
          AND \(Self.sameKey("f", "s", vintage: "IS NOT DISTINCT FROM")))
      """, [.int(first), .int(last)]
    ).metadata.rows ?? 0
    return nil
  }

  mutating func dropRepeatedStagedRows(before contradiction: (line: Int, error: InputError)?) throws {
    guard stagedKeys.mayRepeat else { return }
    let key = ["indicatorId", "regionId", "period", "sourceId", "vintage", "locator"]
    try session.run("CREATE INDEX ON importStage(\(key.joined(separator: ", ")), seq)")
    if let clash = try session.rows(
      """
      SELECT s.line, s.col, s.value, f.line, f.value, s.indicatorId, s.regionId, s.period
      FROM importStage s
      JOIN LATERAL (SELECT g.line, g.value, g.qualifier, g.status, g.seq FROM importStage g WHERE \(Self.sameKey("g", "s"))
                    ORDER BY g.seq LIMIT 1) f ON true
      WHERE f.seq < s.seq AND (s.value, s.qualifier, s.status) IS DISTINCT FROM (f.value, f.qualifier, f.status)
      ORDER BY s.seq LIMIT 1
      """
    ).first {
      let line = Int(try clash[0].decode(Int64.self))
      if let contradiction, contradiction.line < line { throw StoreError.input(contradiction.error) }
      throw StoreError.input(
        names.contradiction(
          at: InputLocation(file: file, line: line, column: try clash[1].decode(Int64?.self).map(Int.init)),
          value: try clash[2].decode(Double.self), indicatorID: try clash[5].decode(Int64.self), regionID: try clash[6].decode(Int64.self),
          period: try clash[7].decode(String.self), earlierLine: Int(try clash[3].decode(Int64.self)),
          earlierValue: try clash[4].decode(Double.self)))
    }
    let dropped = try session.run(
      "DELETE FROM importStage s WHERE EXISTS (SELECT 1 FROM importStage f WHERE \(Self.sameKey("f", "s")) AND f.seq < s.seq)")
    staged -= dropped.metadata.rows ?? 0
  }

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

  mutating func periodFor(_ period: Period) -> (text: String, end: Double) {
    periods.answer(for: period) { ($0.canonical, $0.endTime) }
  }

  mutating func vintageFor(published: String) -> String? {
    vintages.answer(for: published) { CalendarDate(parsing: $0)?.description }
  }

  /// The indicator a row names exactly (code, name or alias), or a new one its code creates.
  mutating func indicatorFor(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition) {
    if let known = indicators.recalled(input.indicator) { return known }
    let found: IndicatorDefinition
    if let known = index.indicator(exactly: input.indicator) {
      found = known
    } else {
      guard IndicatorDefinition.isValidCode(input.indicator) else {
        throw StoreError.input(InputError(
          input.indicatorLocation ?? input.location,
          "unknown indicator '\(input.indicator.trimmingWhitespace())'; a new indicator needs a code of lower-case letters, digits and _"))
      }
      guard let unit = input.unit else {
        throw StoreError.input(InputError(input.location, "new indicator '\(input.indicator)' needs a unit (a unit column, or a unit in the value)"))
      }
      found = IndicatorDefinition(
        code: input.indicator, nameZh: input.indicator, nameEn: input.indicator, unit: unit, measureKind: unit.measureKind)
      try catalog.insert(found)
      indicatorIDs[found.code] = try session.scalar(Int64.self, StoreSQL.indicatorID(.postgres), [.text(found.code)])
      summary.newIndicators.append(found.code)
    }
    let id = indicatorIDs[found.code]!
    indicators.remember((id, found), for: input.indicator)
    names.note(indicator: id, as: input.indicator)
    return (id, found)
  }

  /// The region a row names (code, name or alias), or a new one its code creates.
  mutating func regionFor(_ input: ObservationInput) throws -> Int64 {
    if let known = regions.recalled(input.region) { return known }
    let code: String
    if let known = index.region(exactly: input.region) {
      code = known.code
    } else {
      guard IndicatorDefinition.isValidCode(input.region) else {
        // The catalogue's own message for a name it does not know.
        let reason: String
        do {
          _ = try index.region(named: input.region)
          reason = "no region called '\(input.region)'"
        } catch {
          reason = error.description
        }
        throw StoreError.input(InputError(
          input.regionLocation ?? input.location, "\(reason); a new region needs a code of lower-case letters, digits and _"))
      }
      if regionIDs[input.region] == nil {
        try catalog.insert(RegionDefinition(code: input.region, nameZh: input.region, nameEn: input.region))
        regionIDs[input.region] = try session.scalar(Int64.self, StoreSQL.regionID(.postgres), [.text(input.region)])
        summary.newRegions.append(input.region)
      }
      code = input.region
    }
    let id = regionIDs[code]!
    regions.remember(id, for: input.region)
    names.note(region: id, as: input.region)
    return id
  }

  mutating func sourceFor(_ reference: SourceReference) throws -> Int64 {
    let catalog = catalog  // the memo is part of `self`: the lookup must not capture all of it
    return try sources.answer(for: reference) { try catalog.sourceID($0) }
  }
}
