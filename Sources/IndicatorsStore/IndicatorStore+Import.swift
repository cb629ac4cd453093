import GRDB
import IndicatorsCore

/// What one import did.
package struct ImportSummary: Equatable, Sendable {
  /// Observations for an indicator, region and period that had none before.
  package var added = 0
  /// New vintages of values that were already there (a revision, or a second source).
  package var revised = 0
  /// Rows identical to what the store already had.
  package var unchanged = 0
  package var newIndicators: [String] = []
  package var newRegions: [String] = []
  /// One line per revised value: `gdp mianyang 2023: 4038.73 → 4096 (source)`.
  package var revisions: [String] = []
}

extension IndicatorStore {
  /// Imports checked rows in one transaction. A row that cannot be matched to the store (unknown
  /// indicator name, unit that does not convert, two rows of the file that disagree) aborts the
  /// whole import with the row's place in the file, and the database is left as it was.
  ///
  /// A value is never overwritten: a changed value for the same indicator, region, period and
  /// source adds a vintage (dated by its publication date; undated rows are recorded on
  /// `importDate`); another source's value is kept beside it. Re-importing the same rows changes
  /// nothing.
  package func importObservations(
    _ inputs: [ObservationInput], file: String, importDate: CalendarDate
  ) throws(StoreError) -> ImportSummary {
    try write { db in
      var importer = BatchImporter(db: db, importDate: importDate)
      return try importer.run(inputs, file: file)
    }
  }
}

/// The work of one import transaction.
private struct BatchImporter {
  let db: Database
  let importDate: CalendarDate
  var summary = ImportSummary()
  var indicatorCache: [String: (id: Int64, definition: IndicatorDefinition)] = [:]
  var regionCache: [String: Int64] = [:]
  var sourceCache: [SourceReference: Int64] = [:]

  init(db: Database, importDate: CalendarDate) {
    self.db = db
    self.importDate = importDate
  }

  struct Resolved {
    var input: ObservationInput
    var indicatorID: Int64
    var regionID: Int64
    var sourceID: Int64
    var value: Double
    /// The publication date, or nil for an undated source.
    var vintage: CalendarDate?
  }

  struct Key: Hashable {
    var indicatorID: Int64, regionID: Int64, period: String, sourceID: Int64, vintage: CalendarDate?
    /// One source may state two values for a period (before and after a census revision); the
    /// locator tells such statements apart.
    var locator: String
  }

  mutating func run(_ inputs: [ObservationInput], file: String) throws -> ImportSummary {
    try db.execute(
      sql: "INSERT INTO importBatch(file, importedAt, added, revised, unchanged) VALUES (?, ?, 0, 0, 0)",
      arguments: [file, importDate.description])
    let batchID = db.lastInsertedRowID
    var seen: [Key: Resolved] = [:]
    var pending: [Resolved] = []
    for input in inputs {
      let row = try resolve(input, file: file)
      let key = Key(
        indicatorID: row.indicatorID, regionID: row.regionID, period: input.period.canonical,
        sourceID: row.sourceID, vintage: row.vintage, locator: input.locator)
      if let earlier = seen[key] {
        if earlier.value == row.value, earlier.input.qualifier == input.qualifier, earlier.input.status == input.status {
          continue
        }
        throw StoreError.input(InputError(
          input.location,
          "this row gives \(ValueFormatting.shortest(row.value)) for \(input.indicator) \(input.region) \(input.period) but line \(earlier.input.location.line) gives \(ValueFormatting.shortest(earlier.value)) with the same source, date and locator; keep one, or tell them apart by published date or locator"))
      }
      seen[key] = row
      pending.append(row)
    }
    for row in pending { try store(row, batchID: batchID) }
    try db.execute(
      sql: "UPDATE importBatch SET added = ?, revised = ?, unchanged = ? WHERE id = ?",
      arguments: [summary.added, summary.revised, summary.unchanged, batchID])
    return summary
  }

  mutating func resolve(_ input: ObservationInput, file: String) throws -> Resolved {
    let (indicatorID, indicator) = try indicatorFor(input)
    let regionID = try regionFor(input)
    guard let value = input.number(in: indicator.unit) else {
      throw StoreError.input(InputError(
        input.location,
        "'\(input.unit?.symbol ?? "")' cannot be converted to '\(indicator.unit.symbol)', the unit of \(indicator.code) (\(indicator.nameZh))"))
    }
    var source = input.source
    if source.title.isEmpty, source.location.isEmpty { source.title = file }
    let sourceID = try sourceFor(source)
    let published = CalendarDate(parsing: input.source.published)
    return Resolved(
      input: input, indicatorID: indicatorID, regionID: regionID, sourceID: sourceID,
      value: value.doubleValue, vintage: input.vintage ?? published)
  }

  mutating func indicatorFor(_ input: ObservationInput) throws -> (Int64, IndicatorDefinition) {
    if let cached = indicatorCache[input.indicator] { return cached }
    let found: IndicatorDefinition
    do {
      found = try Catalog.resolveIndicatorExactly(db, input.indicator)
    } catch let error as StoreError {
      guard IndicatorDefinition.isValidCode(input.indicator) else {
        throw StoreError.input(InputError(input.location, "\(error.description); a new indicator needs a code of lower-case letters, digits and _"))
      }
      guard let unit = input.unit else {
        throw StoreError.input(InputError(input.location, "new indicator '\(input.indicator)' needs a unit (a unit column, or a unit in the value)"))
      }
      found = IndicatorDefinition(
        code: input.indicator, nameZh: input.indicator, nameEn: input.indicator, unit: unit,
        measureKind: unit.measureKind)
      try Catalog.insert(db, found)
      summary.newIndicators.append(found.code)
    }
    let id = try Catalog.indicatorID(db, code: found.code)!
    indicatorCache[input.indicator] = (id, found)
    return (id, found)
  }

  mutating func regionFor(_ input: ObservationInput) throws -> Int64 {
    if let cached = regionCache[input.region] { return cached }
    let code: String
    do {
      code = try Catalog.resolveRegion(db, input.region).code
    } catch let error as StoreError {
      guard IndicatorDefinition.isValidCode(input.region) else {
        throw StoreError.input(InputError(input.location, "\(error.description); a new region needs a code of lower-case letters, digits and _"))
      }
      try Catalog.insert(db, RegionDefinition(code: input.region, nameZh: input.region, nameEn: input.region))
      summary.newRegions.append(input.region)
      code = input.region
    }
    let id = try Catalog.regionID(db, code: code)!
    regionCache[input.region] = id
    return id
  }

  mutating func sourceFor(_ source: SourceReference) throws -> Int64 {
    if let cached = sourceCache[source] { return cached }
    let id = try Catalog.sourceID(db, source)
    sourceCache[source] = id
    return id
  }

  /// Adds the row unless the store already has it: the same value, qualifier and status from the
  /// same source at the same vintage (for an undated row: as the source's latest undated value).
  mutating func store(_ row: Resolved, batchID: Int64) throws {
    let period = row.input.period.canonical
    let sameSource = try Row.fetchAll(
      db,
      sql: """
        SELECT value, qualifier, status FROM observation
        WHERE indicatorId = ? AND regionId = ? AND period = ? AND sourceId = ? AND vintage IS ? AND locator = ?
        ORDER BY id DESC
        """,
      arguments: [row.indicatorID, row.regionID, period, row.sourceID, row.vintage?.description, row.input.locator])
    func matches(_ existing: Row) -> Bool {
      existing["value"] as Double == row.value && existing["qualifier"] as String == row.input.qualifier.rawValue
        && existing["status"] as String == row.input.status.rawValue
    }
    if let existing = sameSource.first, matches(existing) {
      summary.unchanged += 1
      return
    }
    let previous = try Row.fetchOne(
      db,
      sql: "SELECT value, qualifier FROM observation WHERE indicatorId = ? AND regionId = ? AND period = ? ORDER BY \(LatestFirst.order()) LIMIT 1",
      arguments: [row.indicatorID, row.regionID, period])
    try db.execute(
      sql: """
        INSERT INTO observation(indicatorId, regionId, period, periodEnd, value, qualifier, status, vintage,
                                sourceId, locator, note, importBatchId)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        row.indicatorID, row.regionID, period, row.input.period.endTime, row.value,
        row.input.qualifier.rawValue, row.input.status.rawValue, row.vintage?.description, row.sourceID,
        row.input.locator, row.input.note, batchID,
      ])
    if let previous {
      summary.revised += 1
      let old = ValueFormatting.shortest(previous["value"])
      summary.revisions.append(
        "\(row.input.indicator) \(row.input.region) \(period): \(old) → \(ValueFormatting.shortest(row.value)) (\(row.vintage.map { "vintage \($0)" } ?? "undated"))")
    } else {
      summary.added += 1
    }
  }
}
