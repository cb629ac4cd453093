import IndicatorsCore
import IndicatorsStore
import PostgresNIO

/// How the import sends its rows: in COPY's text format, in chunks of about `copyChunkBytes`, to
/// the stage (rows of series the store has) or straight into `observation` (rows of new series).
extension PostgresImporter {
  /// The columns of `observation` both kinds of row give, in the order `CopyText.observation`
  /// writes them.
  static let observationColumns = [
    "indicatorid", "regionid", "period", "periodend", "value", "qualifier", "status", "vintage", "sourceid", "locator", "note",
  ]
  /// A row of a new series: its id, the observation, the import batch.
  static let directColumns = ["id"] + observationColumns + ["importbatchid"]
  /// A staged row: its place in the file (order, line, column), then the observation.
  static let stageColumns = ["seq", "line", "col"] + observationColumns

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
}

extension CopyText {
  /// One observation's fields, in `PostgresImporter.observationColumns`' order; `vintage` nil is
  /// NULL (the stage writes '' for an undated row instead, so that its key compares equal).
  mutating func observation(
    indicatorID: Int64, regionID: Int64, period: (text: String, end: Double), value: Double, qualifier: Qualifier,
    status: ObservationStatus, vintage: String?, sourceID: Int64, locator: String, note: String
  ) {
    int(indicatorID)
    int(regionID)
    text(period.text)
    real(period.end)
    real(value)
    text(qualifier.rawValue)
    text(status.rawValue)
    text(vintage)
    int(sourceID)
    text(locator)
    text(note)
  }
}
