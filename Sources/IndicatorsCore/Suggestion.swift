/// "Did you mean": the known names nearest to a mistyped one, by edit distance on characters
/// (so it works for Chinese names as for codes, with no pinyin).
package enum Suggestion {
  /// The candidates within a small edit distance of `name` (1 for names up to 4 characters, 2 up
  /// to 8, else 3), nearest first, at most `limit`; ties keep the candidates' order. Case is ignored.
  package static func nearest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
    let key = Array(name.lowercased())
    let threshold = key.count <= 4 ? 1 : key.count <= 8 ? 2 : 3
    var seen = Set<String>()
    let scored = candidates.enumerated().compactMap { index, candidate -> (Int, Int, String)? in
      guard !candidate.isEmpty, seen.insert(candidate.lowercased()).inserted else { return nil }
      let d = distance(key, Array(candidate.lowercased()))
      return d <= threshold && d > 0 ? (d, index, candidate) : nil
    }
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
  }

  /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
  /// two adjacent characters each cost 1 (`gpd` → `gdp` is 1; plain Levenshtein would say 2).
  package static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
      }
      (previous2, previous) = (previous, current)
    }
    return previous[b.count]
  }
}
