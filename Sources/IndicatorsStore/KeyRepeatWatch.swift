/// Whether rows of an import may repeat a key, told cheaply from the hashes of their keys: until a
/// hash repeats, or more than `limit` rows have been seen, no two rows share a key and the search
/// for repeats in SQL can be skipped. A repeated hash may be a collision: it only leaves the
/// question to SQL. Both backends' importers keep one per kind of row (staged, written directly).
package struct KeyRepeatWatch: Sendable {
  /// Hashes kept at most (16 bytes a row).
  package static let limit = 2_000_000
  package private(set) var mayRepeat = false
  private var hashes: Set<Int> = []

  package init() {}

  package mutating func note(_ hash: Int) {
    guard !mayRepeat else { return }
    mayRepeat = !hashes.insert(hash).inserted || hashes.count > Self.limit
    if mayRepeat { hashes = [] }
  }
}
