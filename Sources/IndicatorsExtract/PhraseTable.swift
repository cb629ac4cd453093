/// Phrases looked up by their first character: the longest phrase starting at a position wins.
/// Phrases are stored normalised the way `NormalizedText` normalises a document, so a Traditional
/// or full-width phrase finds its Simplified, half-width occurrence.
struct PhraseTable<Value: Sendable>: Sendable {
  private var byFirst: [Unicode.Scalar: [(phrase: [Unicode.Scalar], value: Value)]] = [:]
  /// Which Basic Multilingual Plane characters start a phrase: most positions start none, and
  /// this spares them a hash lookup.
  private var starts = [Bool](repeating: false, count: 0x10000)

  init() {}

  mutating func add(_ phrase: String, _ value: Value) {
    let scalars = NormalizedText(phrase).scalars
    guard let first = scalars.first else { return }
    if first.value < 0x10000 { starts[Int(first.value)] = true }
    byFirst[first, default: []].append((scalars, value))
    byFirst[first]!.sort { $0.phrase.count > $1.phrase.count }
  }

  /// The longest phrase that starts at `index` and ends before `limit`.
  func match(_ text: [Unicode.Scalar], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
    guard index < text.count else { return nil }
    let first = text[index].value
    if first < 0x10000, !starts[Int(first)] { return nil }
    guard let candidates = byFirst[text[index]] else { return nil }
    let end = limit ?? text.count
    for (phrase, value) in candidates where index + phrase.count <= end {
      var i = 1
      while i < phrase.count, text[index + i] == phrase[i] { i += 1 }
      if i == phrase.count { return (phrase.count, value) }
    }
    return nil
  }

  /// Every non-overlapping longest match in `range`, left to right.
  func matches(_ text: [Unicode.Scalar], in range: Range<Int>) -> [(range: Range<Int>, value: Value)] {
    var found: [(Range<Int>, Value)] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let m = match(text, at: i, limit: range.upperBound) {
        found.append((i..<i + m.length, m.value))
        i += m.length
      } else {
        i += 1
      }
    }
    return found
  }
}
