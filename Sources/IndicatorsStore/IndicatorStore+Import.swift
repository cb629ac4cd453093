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
  /// One line per revised value, for the first `revisionLinesKept` of them (`revised` counts
  /// them all), saying what the current value became: `gdp mianyang 2023: 4038.73 → 4096
  /// (vintage 2025-01-20)`, or, when the new vintage is older than the current one,
  /// `gdp mianyang 2023: kept 4096 (newer source); 4038.73 (vintage 2024-04-17) recorded as an
  /// earlier version`: the line always agrees with what `show` reads.
  package var changes: [Revision] = []
  package static let revisionLinesKept = 20

  /// The lines of `changes` in English.
  package var revisions: [String] { changes.map(\.description) }

  /// Whether the import wrote anything; an import that changes nothing leaves no trace.
  package var changedAnything: Bool { added + revised > 0 || !newIndicators.isEmpty || !newRegions.isEmpty }
}

/// One revised value of an import: the series, the value `show` read before and the new vintage.
package struct Revision: Equatable, Sendable, CustomStringConvertible {
  package var indicator: String
  package var region: String
  package var period: String
  /// The value before; when `keptCurrent`, the current value, which stays.
  package var previous: String
  package var value: String
  package var vintage: String?
  /// Whether the new vintage is older than the current value and so only recorded.
  package var keptCurrent: Bool

  /// `gdp mianyang 2023: 4038.73 → 4096 (vintage 2025-01-20)`, or `gdp mianyang 2023: kept 4096
  /// (newer source); 4038.73 (vintage 2024-04-17) recorded as an earlier version`.
  package var description: String {
    Messages.revision(series: "\(indicator) \(region) \(period)", previous: previous, value: value, vintage: vintage, keptCurrent: keptCurrent, .en)
  }
}

extension IndicatorStore {
  /// Imports the rows of `source` in one transaction, reading them as they come. A row that
  /// cannot be read or matched to the store (a mistake in the file, an unknown indicator name, a
  /// unit that does not convert, two rows of the file that disagree) aborts the whole import
  /// with the row's place in the file, and the database is left as it was.
  ///
  /// A value is never overwritten: a changed value for the same indicator, region, period and
  /// source adds a vintage (dated by its publication date; undated rows are recorded on
  /// `importDate`); another source's value is kept beside it. An import that changes nothing
  /// (the same rows again) writes nothing at all, not even its batch: the file stays
  /// byte-for-byte the same.
  ///
  /// Rows of series the store has values of are staged in a temporary table as they are read and
  /// merged with a few set-based statements; rows of new series are written as they are read
  /// (`BatchImporter`). Memory grows only by 4 bytes a row of a new series (their lines, for
  /// messages) and a hash of each key up to 2 million rows; `latestObservation` and
  /// `seriesSummary` are brought up to date in the same transaction.
  package func importObservations(
    from source: inout some ObservationSource, file: String, importDate: CalendarDate
  ) throws(StoreError) -> ImportSummary {
    do {
      return try writer.writeWithoutTransaction { db in
        // A large import touches far more pages than SQLite's default 2 MiB cache holds: a bigger
        // cache for this import only. (The stage stays in a temporary file: in memory it would
        // grow with the file.)
        //
        // The CHECKs on `observation` (qualifier and status IN a list) make SQLite build a scratch
        // table of the list for every row inserted, a fifth of an import's work; the values come
        // from Swift enums (`Qualifier`, `ObservationStatus`), valid by construction, so the
        // import skips them. Likewise the foreign keys of `observation`: every id it writes was
        // read or inserted by this import in this transaction (indicator, region, source, batch),
        // and checking them cost four lookups a row, half of the merge's insert
        // (`StoreTests.keptLatestValuesAgreeWithRankingEveryVintage` runs `PRAGMA
        // foreign_key_check` after its imports). The pragma is a no-op inside a transaction, so
        // it is set here, before the import's.
        try db.execute(sql: "PRAGMA cache_size = -\(Self.importCacheKiB); PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF")
        defer {
          try? db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA ignore_check_constraints = OFF; PRAGMA foreign_keys = ON")
        }
        var summary = ImportSummary()
        try db.inTransaction(.immediate) {
          var importer = try BatchImporter(db: db, file: file, importDate: importDate)
          while let input = try source.next() { try importer.stage(input) }
          try importer.dropRepeatedRows()
          summary = try importer.merge()
          guard summary.changedAnything else { return .rollback }
          try Self.audit(
            db, attribution, .importFile, subject: file, rows: summary.added + summary.revised + summary.unchanged,
            importBatch: importer.batchID)
          return .commit
        }
        return summary
      }
    } catch let error as InputError {
      throw .input(error)
    } catch {
      throw Self.translate(error, path: path, busySeconds: busyTimeout)
    }
  }

  /// The page cache of the connection while it imports: 40 MiB, a fraction of the memory an
  /// import may take, and enough for the indexes a million-row file touches.
  static let importCacheKiB = 40_960
}
