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
struct PostgresImporter: ImportRowLookups {
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
    let (indicatorID, regionID, number, sourceID, period) = try resolve(input)
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
      pendingDirect.observation(
        indicatorID: indicatorID, regionID: regionID, period: period, value: number.doubleValue, qualifier: input.qualifier,
        status: input.status, vintage: vintage.isEmpty ? nil : vintage, sourceID: sourceID, locator: input.locator, note: input.note)
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
    pending.observation(
      indicatorID: indicatorID, regionID: regionID, period: period, value: number.doubleValue, qualifier: input.qualifier,
      status: input.status, vintage: vintage, sourceID: sourceID, locator: input.locator, note: input.note)
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
}
