/// A forward-only scanner over characters, for the small grammars of periods and values.
struct TextScanner {
  private let characters: [Character]
  private(set) var index = 0

  init(_ text: String) { characters = Array(text) }

  var isAtEnd: Bool { index == characters.count }

  /// Consumes `literal` if the text continues with it.
  mutating func scan(_ literal: String) -> Bool {
    let wanted = Array(literal)
    guard index + wanted.count <= characters.count,
      Array(characters[index..<index + wanted.count]) == wanted
    else { return false }
    index += wanted.count
    return true
  }

  /// Consumes the first of `literals` that matches.
  mutating func scanAny(_ literals: [String]) -> Bool {
    literals.contains { scan($0) }
  }

  /// Consumes ASCII digits; returns the number and how many digits it had.
  mutating func scanDigits() -> (value: Int, count: Int)? {
    var value = 0
    var count = 0
    while index < characters.count, let d = characters[index].wholeNumberValue,
      characters[index].isASCII, count < 9
    {
      value = value * 10 + d
      count += 1
      index += 1
    }
    return count == 0 ? nil : (value, count)
  }

  /// Consumes one Chinese numeral 一…十二.
  mutating func scanChineseNumeral() -> Int? {
    let numerals = ["十二": 12, "十一": 11, "十": 10, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                    "六": 6, "七": 7, "八": 8, "九": 9]
    for (text, value) in numerals.sorted(by: { $0.key.count > $1.key.count }) where scan(text) {
      return value
    }
    return nil
  }
}
