/// A code a file may write as its raw value (`at_least`) or as a word sources use for it (超),
/// read by `init?(parsing:)`: one reading rule for every such column (qualifier, status).
package protocol WordCoded: RawRepresentable<String> {
  /// What an empty cell, or one of white space only, means (most files have no such column).
  static var blank: Self { get }
  /// The other words for each case, lower-case and trimmed.
  static var words: [String: Self] { get }
}

extension WordCoded {
  /// Reads the raw value or one of `words`, ignoring case and surrounding white space; empty is
  /// `blank`; anything else is nil.
  package init?(parsing text: String) {
    // An empty cell (the common case) needs no trimming or lowering.
    if text.isEmpty { self = .blank; return }
    let t = text.trimmingWhitespace().lowercased()
    if t.isEmpty { self = .blank; return }
    guard let code = Self(rawValue: t) ?? Self.words[t] else { return nil }
    self = code
  }

  /// `words` from each case's list; a word may stand for one case only (traps otherwise).
  static func table(_ lists: KeyValuePairs<Self, [String]>) -> [String: Self] {
    Dictionary(uniqueKeysWithValues: lists.flatMap { code, words in words.map { ($0, code) } })
  }
}
