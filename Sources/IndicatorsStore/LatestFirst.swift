/// Which of several versions of a value is the current one: a dated figure outranks an undated
/// one (a source without a publication date cannot supersede one with a date); among dated ones
/// the latest publication wins; among equals, the last recorded.
package enum LatestFirst {
  package static func order(_ table: String = "") -> String {
    let t = table.isEmpty ? "" : table + "."
    return "\(t)vintage IS NULL, \(t)vintage DESC, \(t)id DESC"
  }

  /// The same rule as an SQL condition, for a row `new` recorded after `old` (both with a
  /// `vintage` column).
  package static func outranks(new: String, old: String) -> String {
    "(\(new).vintage IS NOT NULL AND (\(old).vintage IS NULL OR \(new).vintage >= \(old).vintage))"
      + " OR (\(new).vintage IS NULL AND \(old).vintage IS NULL)"
  }
}
