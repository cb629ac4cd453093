import IndicatorsCore
import IndicatorsStore
import PostgresNIO

/// Rows of one file that repeat each other: dropped when they repeat exactly, refused when they
/// contradict (SQLite's `BatchImporter.dropRepeatedRows`).
extension PostgresImporter {
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
}
