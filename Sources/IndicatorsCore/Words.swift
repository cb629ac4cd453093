/// The Chinese and English words of every value of a closed set, as one table.
///
/// Precondition: the table names every case of `Value` (checked when the table is made, so a
/// case added to the enum without its words traps on first use, in the tests, not in a table).
package struct Words<Value: Hashable & CaseIterable>: Sendable where Value: Sendable {
  private let table: [Value: (zh: String, en: String)]

  package init(_ table: [Value: (zh: String, en: String)]) {
    precondition(Value.allCases.allSatisfy { table[$0] != nil }, "Words: a case of \(Value.self) has no words")
    self.table = table
  }

  /// The words of `value` in `language`.
  package func callAsFunction(_ value: Value, _ language: Language) -> String {
    let words = table[value]!
    return language.pick(words.zh, words.en)
  }
}
