import IndicatorsCore
import IndicatorsStore
import PostgresNIO

extension PostgresStore {
  /// Imports the rows of `source` in one transaction, as SQLite's store does (see
  /// `IndicatorStore.importObservations(from:file:importDate:)`): a row that cannot be taken
  /// aborts the whole import with its place in the file; a changed value adds a vintage; an
  /// import that changes nothing writes nothing, not even its batch.
  ///
  /// The rows are staged in a temporary table in batches of multi-row INSERTs (one round trip per
  /// `stageBatch` rows) and merged with a few set-based statements.
  package func importObservations(
    from source: inout some ObservationSource, file: String, importDate: CalendarDate
  ) throws(StoreError) -> ImportSummary {
    var rows = source
    defer { source = rows }
    return try session.writeTransaction(busyTimeout: busyTimeout, waiting: waiting) { () throws -> (ImportSummary, commit: Bool) in
      var importer = try PostgresImporter(session: session, file: file, importDate: importDate)
      while let input = try rows.next() { try importer.stage(input) }
      try importer.flush()
      try importer.dropRepeatedRows()
      let summary = try importer.merge()
      guard summary.changedAnything else { return (summary, false) }
      try audit(.importFile, subject: file, rows: summary.added + summary.revised + summary.unchanged, latestImportBatch: true)
      return (summary, true)
    }
  }
}

/// The work of one import transaction on PostgreSQL: check and stage each row, then merge.
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
  var indicators: [String: (id: Int64, definition: IndicatorDefinition)] = [:]
  var regions: [String: Int64] = [:]
  var sources: [SourceReference: Int64] = [:]
  var periods: [Period: (text: String, end: Double)] = [:]
  var vintages: [String: String?] = [:]
  var indicatorNames: [Int64: String] = [:]
  var regionNames: [Int64: String] = [:]
  /// Rows checked but not yet sent, and how many were staged in all.
  var pending: [SQLValue] = []
  var staged = 0
  /// Hashes of the staged rows' keys, to tell cheaply that a file repeats no key, up to
  /// `keyHashLimit` rows; a repeated hash, or a larger file, leaves the question to SQL.
  var keyHashes: Set<Int> = []
  var keysMayRepeat = false
  static let keyHashLimit = 2_000_000

  /// Rows per INSERT into the stage (14 parameters each; PostgreSQL takes at most 65,535).
  static let stageBatch = 2_000
  static let columns = 14

  init(session: PostgresSession, file: String, importDate: CalendarDate) throws {
    self.session = session
    self.catalog = PostgresCatalog(session)
    self.file = file
    self.importDate = importDate
    index = try catalog.index()
    for row in try session.rows("SELECT code, id FROM indicator") { indicatorIDs[try row[0].decode(String.self)] = try row[1].decode(Int64.self) }
    for row in try session.rows("SELECT code, id FROM region") { regionIDs[try row[0].decode(String.self)] = try row[1].decode(Int64.self) }
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

  /// Checks one row against the catalogue and stages it.
  mutating func stage(_ input: ObservationInput) throws {
    let (indicatorID, indicator) = try indicatorFor(input)
    let regionID = try regionFor(input)
    let number: DecimalText
    do { number = try input.number(for: indicator) } catch { throw StoreError.input(error) }
    let sourceID = try sourceFor(input.source)
    let period = periodFor(input.period)
    let vintage = input.vintage?.description ?? vintageFor(published: input.source.published) ?? ""
    staged += 1
    pending += [
      .int(staged), .int(input.location.line), .int(input.location.column), .int(indicatorID), .int(regionID), .text(period.text),
      .int(sourceID), .text(vintage), .text(input.locator), .real(period.end), .real(number.doubleValue),
      .text(input.qualifier.rawValue), .text(input.status.rawValue), .text(input.note),
    ]
    if pending.count >= Self.stageBatch * Self.columns { try flush() }
    if !keysMayRepeat {
      var hasher = Hasher()
      hasher.combine(indicatorID)
      hasher.combine(regionID)
      hasher.combine(period.text)
      hasher.combine(sourceID)
      hasher.combine(vintage)
      hasher.combine(input.locator)
      keysMayRepeat = !keyHashes.insert(hasher.finalize()).inserted || keyHashes.count > Self.keyHashLimit
      if keysMayRepeat { keyHashes = [] }
    }
  }

  /// Sends the pending rows to the stage in one statement.
  mutating func flush() throws {
    guard !pending.isEmpty else { return }
    let rows = pending.count / Self.columns
    let tuples = (0..<rows).map { row in
      "(" + (1...Self.columns).map { "$\(row * Self.columns + $0)" }.joined(separator: ",") + ")"
    }
    try session.run(
      """
      INSERT INTO importStage(seq, line, col, indicatorId, regionId, period, sourceId, vintage, locator, periodEnd, value, qualifier, status, note)
      VALUES \(tuples.joined(separator: ","))
      """, pending)
    pending.removeAll(keepingCapacity: true)
  }

  /// Drops every row that repeats an earlier row of the file exactly, and refuses the file if a
  /// row gives another value, qualifier or status for the same key as an earlier row.
  mutating func dropRepeatedRows() throws {
    guard keysMayRepeat else { return }
    let key = ["indicatorId", "regionId", "period", "sourceId", "vintage", "locator"]
    func sameKey(_ a: String, _ b: String) -> String { key.map { "\(a).\($0) = \(b).\($0)" }.joined(separator: " AND ") }
    try session.run("CREATE INDEX ON importStage(\(key.joined(separator: ", ")), seq)")
    if let clash = try session.rows(
      """
      SELECT s.line, s.col, s.value, f.line, f.value, s.indicatorId, s.regionId, s.period
      FROM importStage s
      JOIN LATERAL (SELECT g.line, g.value, g.qualifier, g.status, g.seq FROM importStage g WHERE \(sameKey("g", "s"))
                    ORDER BY g.seq LIMIT 1) f ON true
      WHERE f.seq < s.seq AND (s.value, s.qualifier, s.status) IS DISTINCT FROM (f.value, f.qualifier, f.status)
      ORDER BY s.seq LIMIT 1
      """
    ).first {
      let value = try clash[2].decode(Double.self), firstValue = try clash[4].decode(Double.self)
      throw StoreError.input(InputError(
        InputLocation(file: file, line: Int(try clash[0].decode(Int64.self)), column: try clash[1].decode(Int64?.self).map(Int.init)),
        "this row gives \(ValueFormatting.shortest(value)) for \(indicatorNames[try clash[5].decode(Int64.self)] ?? "?") \(regionNames[try clash[6].decode(Int64.self)] ?? "?") \(try clash[7].decode(String.self)) but line \(try clash[3].decode(Int64.self)) gives \(ValueFormatting.shortest(firstValue)) with the same source, date and locator; keep one, or tell them apart by published date or locator"))
    }
    let dropped = try session.run(
      "DELETE FROM importStage s WHERE EXISTS (SELECT 1 FROM importStage f WHERE \(sameKey("f", "s")) AND f.seq < s.seq)")
    staged -= dropped.metadata.rows ?? 0
  }

  /// Adds every staged row the store does not already have, in file order, then brings the
  /// latest values and series summaries up to date (see SQLite's `BatchImporter.merge`).
  mutating func merge() throws -> ImportSummary {
    try session.run("ANALYZE importStage")
    let lastID = try session.scalar(Int64.self, "SELECT coalesce(max(id), 0) FROM observation")
    let periodsBefore = try session.scalar(Int64.self, "SELECT coalesce(sum(periods), 0)::bigint FROM seriesSummary")
    let batchID = try session.scalar(
      Int64.self, "INSERT INTO importBatch(file, importedAt, added, revised, unchanged) VALUES ($1, $2, 0, 0, 0) RETURNING id",
      [.text(file), .text(importDate.description)])
    let inserted = try session.run(
      """
      INSERT INTO observation(indicatorId, regionId, period, periodEnd, value, qualifier, status, vintage,
                              sourceId, locator, note, importBatchId)
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
    summary.unchanged = staged - inserted
    guard inserted > 0 || summary.changedAnything else { return summary }

    // The best new row of each period (one statement may not update a row twice), which
    // replaces the current value if it outranks it.
    try session.run(
      """
      INSERT INTO latestObservation(indicatorId, regionId, periodEnd, period, observationId, vintage)
      SELECT DISTINCT ON (indicatorId, regionId, periodEnd, period) indicatorId, regionId, periodEnd, period, id, vintage
      FROM observation WHERE id > $1
      ORDER BY indicatorId, regionId, periodEnd, period, \(PostgresSchema.latestFirst())
      ON CONFLICT (indicatorId, regionId, periodEnd, period) DO UPDATE
        SET observationId = excluded.observationId, vintage = excluded.vintage
        WHERE \(PostgresSchema.outranks(new: "excluded", old: "latestObservation"))
      """, [.int(lastID)])
    try session.run(
      PostgresSchema.refreshSummaries(of: "SELECT DISTINCT indicatorId, regionId FROM observation WHERE id > $1"), [.int(lastID)])
    let periodsAfter = try session.scalar(Int64.self, "SELECT coalesce(sum(periods), 0)::bigint FROM seriesSummary")
    summary.added = Int(periodsAfter - periodsBefore)
    summary.revised = inserted - summary.added
    if summary.revised > 0 { try describeRevisions(after: lastID) }
    try session.run(
      "UPDATE importBatch SET added = $1, revised = $2, unchanged = $3 WHERE id = $4",
      [.int(summary.added), .int(summary.revised), .int(summary.unchanged), .int(batchID)])
    return summary
  }

  /// The first revision lines: each new vintage against the value that was current before it.
  mutating func describeRevisions(after lastID: Int64) throws {
    let rows = try session.rows(
      """
      SELECT n.id, n.indicatorId, n.regionId, n.period, n.value, n.vintage, p.value,
        c.observationId, (SELECT value FROM observation WHERE id = c.observationId)
      FROM observation n
      JOIN latestObservation c
        ON c.indicatorId = n.indicatorId AND c.regionId = n.regionId AND c.periodEnd = n.periodEnd AND c.period = n.period
      JOIN observation p ON p.id = (
        SELECT q.id FROM observation q
        WHERE q.indicatorId = n.indicatorId AND q.regionId = n.regionId AND q.period = n.period AND q.id < n.id
        ORDER BY \(PostgresSchema.latestFirst("q")) LIMIT 1)
      WHERE n.id > $1 ORDER BY n.id LIMIT $2
      """, [.int(lastID), .int(ImportSummary.revisionLinesKept)])
    summary.changes = try rows.map { row in
      // When the new vintage is older than the current value, what `show` reads is unchanged.
      let kept = try row[7].decode(Int64.self) != row[0].decode(Int64.self)
      return Revision.make(
        indicator: indicatorNames[try row[1].decode(Int64.self)] ?? "?", region: regionNames[try row[2].decode(Int64.self)] ?? "?",
        period: try row[3].decode(String.self),
        previous: ValueFormatting.shortest(try row[kept ? 8 : 6].decode(Double.self)),
        value: ValueFormatting.shortest(try row[4].decode(Double.self)), vintage: try row[5].decode(String?.self), keptCurrent: kept)
    }
  }

  mutating func periodFor(_ period: Period) -> (text: String, end: Double) {
    if let cached = periods[period] { return cached }
    let parsed = (period.canonical, period.endTime)
    periods[period] = parsed
    return parsed
  }

  mutating func vintageFor(published: String) -> String? {
    if let cached = vintages[published] { return cached }
    let vintage = CalendarDate(parsing: published)?.description
    vintages[published] = vintage
    return vintage
  }

  /// The indicator a row names exactly (code, name or alias), or a new one its code creates.
  mutating func indicatorFor(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition) {
    if let cached = indicators[input.indicator] { return cached }
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
      indicatorIDs[found.code] = try session.scalar(Int64.self, "SELECT id FROM indicator WHERE code = $1", [.text(found.code)])
      summary.newIndicators.append(found.code)
    }
    let id = indicatorIDs[found.code]!
    indicators[input.indicator] = (id, found)
    if indicatorNames[id] == nil { indicatorNames[id] = input.indicator }
    return (id, found)
  }

  /// The region a row names (code, name or alias), or a new one its code creates.
  mutating func regionFor(_ input: ObservationInput) throws -> Int64 {
    if let cached = regions[input.region] { return cached }
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
        regionIDs[input.region] = try session.scalar(Int64.self, "SELECT id FROM region WHERE code = $1", [.text(input.region)])
        summary.newRegions.append(input.region)
      }
      code = input.region
    }
    let id = regionIDs[code]!
    regions[input.region] = id
    if regionNames[id] == nil { regionNames[id] = input.region }
    return id
  }

  mutating func sourceFor(_ reference: SourceReference) throws -> Int64 {
    if let cached = sources[reference] { return cached }
    let id = try catalog.sourceID(reference)
    sources[reference] = id
    return id
  }
}
