import GRDB
import GRDBSQLite
import IndicatorsCore

/// The work of one import transaction. A row of a series the store has values of is staged in a
/// temporary table, and the stage is merged at the end: only rows that differ from what the
/// store has are added. A row of a series the store has no value of yet (a bulk load of new
/// indicators or regions) cannot equal anything stored, and is written straight into
/// `observation` as it is read.
///
/// Either way the rows of the file are compared with each other: a row that repeats an earlier
/// one exactly is dropped, and one that gives another value for the same key refuses the file
/// (`dropRepeatedRows`, and `writeNew` for rows written straight away).
struct BatchImporter: ImportRowLookups {
  let db: Database
  let file: String
  let importDate: CalendarDate
  var summary = ImportSummary()
  /// The ids a row's names resolve to (see `BatchImporter+Lookups`).
  var indicators = LookupMemo<String, (id: Int64, definition: IndicatorDefinition)>()
  var regions = LookupMemo<String, Int64>()
  var sources = LookupMemo<SourceReference, Int64>()
  /// Each period's canonical text and end, and each publication text's vintage, parsed once.
  var periods = LookupMemo<Period, (text: PinnedText, end: Double)>()
  var vintages = LookupMemo<String, PinnedText>()
  var vintageDates = LookupMemo<CalendarDate, PinnedText>()
  /// The texts every row binds, pinned once (see `PinnedText`).
  let empty = PinnedText("")
  /// Each qualifier's and status's text (a handful each: a look along the list costs less than a
  /// dictionary's hash on every row).
  let qualifiers = Qualifier.allCases.map { (case: $0, text: PinnedText($0.rawValue)) }
  let statuses = ObservationStatus.allCases.map { (case: $0, text: PinnedText($0.rawValue)) }
  /// The names the file used for indicators and regions, for its messages.
  var names = ImportNames()
  /// The catalogue's names and aliases as they were when the import began, built on the first
  /// name that is not a code of the store (a file may bring a thousand new codes).
  var nameIndex: CatalogIndex?
  var staged = 0
  let stageInsert: Statement
  /// Whether the staged rows may repeat a key (see `dropRepeatedRows`).
  var stagedKeys = KeyRepeatWatch()

  /// The batch row every observation of the import names, written first (a rollback removes it).
  let batchID: Int64
  /// The largest observation id before the import: the import's rows are the ones above it.
  let lastID: Int64
  let periodsBefore: Int
  /// The series (indicator and region ids) the store had values of when the import began.
  let knownSeries: Set<SeriesIDs>
  var lastSeries: (ids: SeriesIDs, known: Bool)?
  struct SeriesIDs: Hashable {
    var indicator: Int64
    var region: Int64
  }
  let directInsert: Statement
  let directProbe: Statement
  /// The line of each row written straight into `observation`, the k-th at id `lastID + 1 + k`
  /// (4 bytes a row: the one thing a message about a repeated key needs that the table lacks).
  var directLines: [Int32] = []
  /// Hashes of those rows' keys; a repeated hash (or more rows than `KeyRepeatWatch.limit`) makes
  /// `writeNew` look for the earlier row in `observation` first.
  var directKeyHashes: Set<Int> = []
  /// The first row of the file found to contradict an earlier one, thrown once the file is read
  /// (as the stage's comparison is), so that mistakes of form are still reported first.
  var contradiction: (line: Int, error: InputError)?

  init(db: Database, file: String, importDate: CalendarDate) throws {
    self.db = db
    self.file = file
    self.importDate = importDate
    lastID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM observation")!
    periodsBefore = try Int.fetchOne(db, sql: "SELECT coalesce(sum(periods), 0) FROM seriesSummary")!
    // Every observation's series has a `seriesSummary` row (observations are never deleted).
    knownSeries = Set(
      try Row.fetchAll(db, sql: "SELECT indicatorId, regionId FROM seriesSummary").map { SeriesIDs(indicator: $0[0], region: $0[1]) })
    try db.execute(
      sql: "INSERT INTO importBatch(file, importedAt, added, revised, unchanged) VALUES (?, ?, 0, 0, 0)",
      arguments: [file, importDate.description])
    batchID = db.lastInsertedRowID
    directInsert = try db.makeStatement(
      sql: """
        INSERT INTO observation(\(StoreSQL.importedColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    directProbe = try db.makeStatement(
      sql: """
        SELECT id, value, qualifier, status FROM observation
        WHERE indicatorId = ? AND regionId = ? AND period = ? AND vintage IS ? AND sourceId = ? AND locator = ? AND id > ?
        ORDER BY id LIMIT 1
        """)
    // The stage lives in the connection's temporary database: it never touches the file, and a
    // rollback removes it. Undated rows have vintage '' here so that the key compares equal.
    // Rows are appended without a key index (one b-tree append each); `dropRepeatedRows` indexes
    // the whole stage at once, which sorts instead of inserting into an index row by row.
    try db.execute(
      sql: """
        DROP TABLE IF EXISTS temp.importStage;
        CREATE TEMP TABLE importStage (
          line INTEGER NOT NULL, column INTEGER,
          indicatorId INTEGER NOT NULL, regionId INTEGER NOT NULL, period TEXT NOT NULL, sourceId INTEGER NOT NULL,
          vintage TEXT NOT NULL, locator TEXT NOT NULL,
          periodEnd REAL NOT NULL, value REAL NOT NULL, qualifier TEXT NOT NULL, status TEXT NOT NULL, note TEXT NOT NULL
        );
        """)
    stageInsert = try db.makeStatement(
      sql: """
        INSERT INTO importStage(line, column, indicatorId, regionId, period, sourceId, vintage, locator, periodEnd, value, qualifier, status, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
  }

  /// Checks one row against the catalogue and stages it (a row of a known series) or writes it
  /// (`writeNew`); `dropRepeatedRows` then compares the staged rows of the file with each other.
  mutating func stage(_ input: ObservationInput) throws {
    let (indicatorID, regionID, number, sourceID, period) = try resolve(input)
    let vintage = if let date = input.vintage { vintageFor(date: date) } else { vintageFor(published: input.source.published) }
    let value = number.doubleValue
    let qualifier = qualifiers.first { $0.case == input.qualifier }!.text
    let status = statuses.first { $0.case == input.status }!.text
    guard isKnown(SeriesIDs(indicator: indicatorID, region: regionID)) else {
      return try writeNew(
        input, indicatorID: indicatorID, regionID: regionID, period: period, sourceID: sourceID, vintage: vintage, value: value,
        qualifier: qualifier, status: status)
    }
    var row = RowBinder(stageInsert)
    row.bind(input.location.line)
    if let column = input.location.column { row.bind(column) } else { row.bindNull() }
    row.bind(indicatorID)
    row.bind(regionID)
    row.bind(period.text)
    row.bind(sourceID)
    row.bind(vintage)
    if input.locator.isEmpty { row.bind(empty) } else { row.bind(input.locator) }
    row.bind(period.end)
    row.bind(value)
    row.bind(qualifier)
    row.bind(status)
    if input.note.isEmpty { row.bind(empty) } else { row.bind(input.note) }
    try row.run(db)
    staged += 1
    if !stagedKeys.mayRepeat { stagedKeys.note(Self.keyHash(indicatorID, regionID, period.text, sourceID, vintage, input.locator)) }
  }

  /// The hash of a row's key: indicator, region, period, source, vintage and locator (a pinned
  /// text stands for its text by identity: one object per distinct text).
  static func keyHash(
    _ indicatorID: Int64, _ regionID: Int64, _ period: PinnedText, _ sourceID: Int64, _ vintage: PinnedText, _ locator: String
  ) -> Int {
    var hasher = Hasher()
    hasher.combine(indicatorID)
    hasher.combine(regionID)
    hasher.combine(ObjectIdentifier(period))
    hasher.combine(sourceID)
    hasher.combine(ObjectIdentifier(vintage))
    hasher.combine(locator)
    return hasher.finalize()
  }

  mutating func isKnown(_ series: SeriesIDs) -> Bool {
    if let lastSeries, lastSeries.ids == series { return lastSeries.known }
    let known = knownSeries.contains(series)
    lastSeries = (series, known)
    return known
  }

  /// Writes a row of a new series into `observation`, unless it repeats an earlier row of the
  /// file exactly (dropped); one that contradicts an earlier row is remembered in
  /// `contradiction`. The earlier row is looked for only when the key's hash was seen before.
  mutating func writeNew(
    _ input: ObservationInput, indicatorID: Int64, regionID: Int64, period: (text: PinnedText, end: Double), sourceID: Int64,
    vintage: PinnedText, value: Double, qualifier: PinnedText, status: PinnedText
  ) throws {
    let hash = Self.keyHash(indicatorID, regionID, period.text, sourceID, vintage, input.locator)
    if directKeyHashes.count > KeyRepeatWatch.limit || !directKeyHashes.insert(hash).inserted {
      var probe = RowBinder(directProbe)
      probe.bind(indicatorID)
      probe.bind(regionID)
      probe.bind(period.text)
      if vintage === empty { probe.bindNull() } else { probe.bind(vintage) }
      probe.bind(sourceID)
      if input.locator.isEmpty { probe.bind(empty) } else { probe.bind(input.locator) }
      probe.bind(lastID)
      let earlier = try probe.first(db) { row in
        (id: sqlite3_column_int64(row, 0), value: sqlite3_column_double(row, 1),
         qualifier: String(cString: sqlite3_column_text(row, 2)), status: String(cString: sqlite3_column_text(row, 3)))
      }
      if let earlier {
        if earlier.value == value, earlier.qualifier == input.qualifier.rawValue, earlier.status == input.status.rawValue { return }
        if contradiction == nil {
          contradiction = (
            input.location.line,
            names.contradiction(
              at: input.location, value: value, indicatorID: indicatorID, regionID: regionID, period: input.period.canonical,
              earlierLine: Int(directLines[Int(earlier.id - lastID - 1)]), earlierValue: earlier.value))
        }
        return
      }
    }
    var row = RowBinder(directInsert)
    row.bind(indicatorID)
    row.bind(regionID)
    row.bind(period.text)
    row.bind(period.end)
    row.bind(value)
    row.bind(qualifier)
    row.bind(status)
    if vintage === empty { row.bindNull() } else { row.bind(vintage) }
    row.bind(sourceID)
    if input.locator.isEmpty { row.bind(empty) } else { row.bind(input.locator) }
    if input.note.isEmpty { row.bind(empty) } else { row.bind(input.note) }
    row.bind(batchID)
    try row.run(db)
    precondition(db.lastInsertedRowID == lastID + 1 + Int64(directLines.count), "BatchImporter: observation ids of an import must follow each other")
    directLines.append(Int32(clamping: input.location.line))
  }

  /// Drops every staged row that repeats an earlier row of the file exactly, and refuses the file
  /// if a row gives another value, qualifier or status for the same indicator, region, period,
  /// source, vintage and locator as the first row of that key (the message names both lines;
  /// of several such rows, the first in the file, including those `writeNew` found).
  ///
  /// Most files repeat no key, and the hashes of the keys say so without touching SQL (16 bytes
  /// a row, for at most `KeyRepeatWatch.limit` rows). Otherwise one sorted pass over the stage says
  /// whether a key repeats; only a file that does pays for a key index and the comparison.
  mutating func dropRepeatedRows() throws {
    try dropRepeatedStagedRows()
    if let contradiction { throw StoreError.input(contradiction.error) }
  }

  private mutating func dropRepeatedStagedRows() throws {
    guard stagedKeys.mayRepeat else { return }
    let key = "indicatorId, regionId, period, sourceId, vintage, locator"
    guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM importStage GROUP BY \(key) HAVING count(*) > 1)")! else { return }
    try db.execute(sql: "CREATE INDEX temp.importStageKey ON importStage(\(key))")
    func sameKey(_ a: String, _ b: String) -> String {
      ["indicatorId", "regionId", "period", "sourceId", "vintage", "locator"].map { "\(a).\($0) = \(b).\($0)" }.joined(separator: " AND ")
    }
    if let clash = try Row.fetchOne(
      db,
      sql: """
        SELECT s.line, s.column, s.value, f.line AS firstLine, f.value AS firstValue, s.indicatorId, s.regionId, s.period
        FROM importStage s
        JOIN importStage f ON f.rowid = (SELECT min(g.rowid) FROM importStage g WHERE \(sameKey("g", "s")))
        WHERE f.rowid < s.rowid AND (s.value, s.qualifier, s.status) IS NOT (f.value, f.qualifier, f.status)
        ORDER BY s.rowid LIMIT 1
        """)
    {
      let line: Int = clash["line"]
      if let contradiction, contradiction.line < line { throw StoreError.input(contradiction.error) }
      throw StoreError.input(
        names.contradiction(
          at: InputLocation(file: file, line: line, column: clash["column"]), value: clash["value"], indicatorID: clash["indicatorId"],
          regionID: clash["regionId"], period: clash["period"], earlierLine: clash["firstLine"], earlierValue: clash["firstValue"]))
    }
    try db.execute(
      sql: "DELETE FROM importStage AS s WHERE EXISTS (SELECT 1 FROM importStage f WHERE \(sameKey("f", "s")) AND f.rowid < s.rowid)")
    staged -= db.changesCount
  }

  /// Merges the stage: adds every staged row the store does not already have (the same value,
  /// qualifier and status as the latest row of the same source, vintage and locator), in file
  /// order, then brings the latest values and series summaries up to date for these and the
  /// rows `writeNew` wrote. Added rows open a new period; the rest are new vintages.
  mutating func merge() throws -> ImportSummary {
    var inserted = directLines.count
    if staged > 0 {
      try insertStagedRows()
      inserted += db.changesCount
      summary.unchanged = staged - db.changesCount
    }
    guard inserted > 0 || summary.changedAnything else { return summary }

    // The new rows in id order (file order within each series); each replaces the current value
    // it outranks.
    try db.execute(
      sql: """
        INSERT INTO latestObservation(indicatorId, regionId, periodEnd, period, observationId, vintage)
        SELECT indicatorId, regionId, periodEnd, period, id, vintage FROM observation WHERE id > ? ORDER BY id
        ON CONFLICT DO UPDATE SET observationId = excluded.observationId, vintage = excluded.vintage
        WHERE \(LatestFirst.outranks(new: "excluded", old: "latestObservation"))
        """,
      arguments: [lastID])
    try SeriesSummaryRefresh.series(ofObservationsAfter: lastID, db)
    let periodsAfter = try Int.fetchOne(db, sql: "SELECT coalesce(sum(periods), 0) FROM seriesSummary")!
    summary.added = periodsAfter - periodsBefore
    summary.revised = inserted - summary.added
    if summary.revised > 0 { try describeRevisions(after: lastID) }
    try db.execute(
      sql: "UPDATE importBatch SET added = ?, revised = ?, unchanged = ? WHERE id = ?",
      arguments: [summary.added, summary.revised, summary.unchanged, batchID])
    try db.execute(sql: "DROP TABLE temp.importStage")
    return summary
  }

  /// Adds the staged rows that differ from the latest row of their source, vintage and locator.
  func insertStagedRows() throws {
    try db.execute(
      sql: """
        INSERT INTO observation(\(StoreSQL.importedColumns))
        SELECT s.indicatorId, s.regionId, s.period, s.periodEnd, s.value, s.qualifier, s.status, nullif(s.vintage, ''),
               s.sourceId, s.locator, s.note, ?
        FROM importStage s
        WHERE (SELECT p.value = s.value AND p.qualifier = s.qualifier AND p.status = s.status
               FROM observation p
               WHERE p.indicatorId = s.indicatorId AND p.regionId = s.regionId AND p.period = s.period
                 AND p.vintage IS nullif(s.vintage, '') AND p.sourceId = s.sourceId AND p.locator = s.locator
               ORDER BY p.id DESC LIMIT 1) IS NOT 1
        ORDER BY s.rowid
        """,
      arguments: [batchID])
  }

  /// The first revision lines: each new vintage against the value that was current before it.
  /// Revisions of series the store had come first (what a user most wants to see changed), then
  /// those within series new to the store (two vintages in one file), each in file order.
  mutating func describeRevisions(after lastID: Int64) throws {
    let lastWritten = lastID + Int64(directLines.count)
    let stored = try revisionRows(ids: lastWritten + 1, Int64.max, limit: ImportSummary.revisionLinesKept)
    let new = try revisionRows(ids: lastID + 1, lastWritten, limit: ImportSummary.revisionLinesKept - stored.count)
    summary.changes = (stored + new).map { row in
      names.revision(
        id: row["id"], indicatorID: row["indicatorId"], regionID: row["regionId"], period: row["period"], value: row["value"],
        vintage: row["vintage"], previous: row["previous"], currentID: row["currentId"], current: row["current"])
    }
  }

  /// The first `limit` new vintages with ids from `first` through `last`, each with the value
  /// current before it and the one current now.
  func revisionRows(ids first: Int64, _ last: Int64, limit: Int) throws -> [Row] {
    guard limit > 0, first <= last else { return [] }
    return try Row.fetchAll(db, sql: StoreSQL.revisions(.sqlite), arguments: [first, last, limit])
  }
}
