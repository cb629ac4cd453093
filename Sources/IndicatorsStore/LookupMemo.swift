/// Answers already worked out, by key, with the last one compared first: the rows of a file come
/// in runs of one series, so most rows ask again what the row before asked, and comparing a key
/// with the last one costs less than hashing it.
///
/// What the answer is, and whether it may be remembered at all, is the caller's: `answer(for:_:)`
/// remembers every answer it works out; `recalled(_:)` and `remember(_:for:)` let a caller leave
/// one out (an answer that a later row may change). A lookup that throws remembers nothing.
package struct LookupMemo<Key: Hashable, Value> {
  private var answers: [Key: Value] = [:]
  private var last: (key: Key, value: Value)?

  package init() {}

  /// The remembered answer for `key`, or the one `work` gives, remembered.
  package mutating func answer(for key: Key, _ work: (Key) throws -> Value) rethrows -> Value {
    if let known = recalled(key) { return known }
    let value = try work(key)
    remember(value, for: key)
    return value
  }

  /// The answer remembered for `key`, if any (it becomes the last one).
  package mutating func recalled(_ key: Key) -> Value? {
    if let last, last.key == key { return last.value }
    guard let value = answers[key] else { return nil }
    last = (key, value)
    return value
  }

  package mutating func remember(_ value: Value, for key: Key) {
    answers[key] = value
    last = (key, value)
  }
}

extension LookupMemo: Sendable where Key: Sendable, Value: Sendable {}
