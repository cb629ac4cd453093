/// A number as a Chinese source writes it, read into its parts:
/// `超100` → 100, at least; `2900余` → 2900, at least; `近300` → 300, below; `1.02万` → 10200;
/// `约6%` → 6, about, unit %; `633亿元` → 633 in 亿元; `下降1.2%` → −1.2 %; `预计4000` → provisional.
package struct Figure: Hashable, Sendable {
  package var number: DecimalText
  /// The qualifier the text itself carries, if any.
  package var qualifier: Qualifier?
  /// A unit written inside the value, if any.
  package var unit: MeasurementUnit?
  /// The text said 预计 (expected, preliminary).
  package var provisional: Bool

  package var value: Double { number.doubleValue }

  package init(number: DecimalText, qualifier: Qualifier? = nil, unit: MeasurementUnit? = nil, provisional: Bool = false) {
    self.number = number
    self.qualifier = qualifier
    self.unit = unit
    self.provisional = provisional
  }
}

package struct FigureParseError: Error, Equatable, Sendable, CustomStringConvertible {
  package let text: String
  package let reason: String
  package var description: String { "'\(ChineseText.excerpt(text))' is not a number: \(reason)" }
}

extension Figure {
  private static let atLeastPrefixes = ["超过", "超", "突破", "逾", "多于", "大于", "≥", ">="]
  private static let aboutPrefixes = ["大约", "约为", "约", "≈", "~"]
  private static let belowPrefixes = ["接近", "将近", "近", "不到", "不足", "<"]
  private static let atLeastSuffixes = ["以上", "余", "多"]
  private static let aboutSuffixes = ["左右", "上下"]
  private static let negatingPrefixes = ["下降", "减少", "回落"]
  /// Words a bulletin puts before a growth figure (`同比增长6.0%`, `比上年增长5%`) or a level.
  private static let neutralPrefixes = ["同比", "比上年", "较上年", "比去年", "较去年", "增长", "提高", "达到", "达", "为", "实现"]

  /// Refuses what no source prints: text longer than `SupportedRange.valueCharacters`, and numbers
  /// beyond `Double` — too large (`1e309`, 400 digits) or so small they would be stored as 0
  /// (`1e-400`). Every figure it returns has a finite `value`.
  package init(parsing raw: String) throws(FigureParseError) {
    guard raw.utf8.count <= SupportedRange.valueCharacters * 4, raw.count <= SupportedRange.valueCharacters else {
      throw FigureParseError(text: raw, reason: "it is \(raw.count) characters long; a value has at most \(SupportedRange.valueCharacters)")
    }
    var text = ChineseText.normalizeWidth(raw).trimmingWhitespace()
      .replacingAll(" ", with: "")
    func fail(_ reason: String) -> FigureParseError { FigureParseError(text: raw, reason: reason) }
    guard !text.isEmpty else { throw fail("the cell is empty") }

    var qualifier: Qualifier?
    var provisional = false
    var negate = false
    func note(_ q: Qualifier) throws(FigureParseError) {
      if let existing = qualifier, existing != q {
        throw fail("it says both '\(existing.rawValue)' and '\(q.rawValue)'")
      }
      qualifier = q
    }
    // Prefix words, in any order: 预计超过…, 约…
    var progressed = true
    while progressed {
      progressed = false
      if text.dropPrefix("预计") { provisional = true; progressed = true }
      for p in Self.negatingPrefixes where text.dropPrefix(p) { negate = true; progressed = true }
      for p in Self.neutralPrefixes where text.dropPrefix(p) { progressed = true }
      if Self.atLeastPrefixes.contains(where: { text.dropPrefix($0) }) { try note(.atLeast); progressed = true }
      if Self.aboutPrefixes.contains(where: { text.dropPrefix($0) }) { try note(.about); progressed = true }
      if Self.belowPrefixes.contains(where: { text.dropPrefix($0) }) { try note(.below); progressed = true }
    }
    // Suffix words: 左右, 以上, 余 may stand before or after the unit (300余家, 6%左右).
    func stripQualifierSuffixes() throws(FigureParseError) {
      if Self.atLeastSuffixes.contains(where: { text.dropSuffix($0) }) { try note(.atLeast) }
      if Self.aboutSuffixes.contains(where: { text.dropSuffix($0) }) { try note(.about) }
    }
    try stripQualifierSuffixes()
    var unit: MeasurementUnit?
    for symbol in MeasurementUnit.symbolsLongestFirst
    where symbol.count < text.count && text.hasSuffix(symbol) {
      let head = text.dropLast(symbol.count)
      // Only a unit if what stands before it can end a number (digit, 万, 余 …).
      guard let last = head.last, last.isNumber || "万亿余多".contains(last) else { continue }
      unit = MeasurementUnit(symbol: symbol)
      text = String(head)
      break
    }
    try stripQualifierSuffixes()
    var power = 0
    if text.dropSuffix("万亿") { power = 12 } else if text.dropSuffix("亿") { power = 8 }
    else if text.dropSuffix("万") { power = 4 }
    try stripQualifierSuffixes()
    guard var number = DecimalText(text) else {
      if text.contains(",") {
        throw fail("use '.' for decimals and no separators other than thousands groups (1,234.5)")
      }
      throw fail("expected digits, optionally with 超/约/近/余/万/亿 or a unit")
    }
    number = number.scaled(byPowerOfTen: power)
    if negate { number = number.negated }
    let value = number.doubleValue
    guard value.isFinite else { throw fail("it is too large to store (the largest number is about 1.8e308)") }
    guard value != 0 || number.digits == "0" else {
      throw fail("it is too small to store (it would be kept as 0; the smallest number is about 5e-324)")
    }
    self.init(number: number, qualifier: qualifier, unit: unit, provisional: provisional)
  }
}

extension Figure {
  /// Whether a cell says "no data" rather than giving a figure: empty, or only dashes as bulletins
  /// and spreadsheets write them (`-`, `－`, `—`, `——`, `–`, `−`, at most three). Such a cell is not a
  /// mistake: the row has no value to import.
  package static func meansNoData(_ raw: String) -> Bool {
    let text = ChineseText.normalizeWidth(raw).trimmingWhitespace()
    guard text.count <= 3 else { return false }
    return text.allSatisfy { "-—–‒―".contains($0) }
  }
}

extension String {
  mutating func dropPrefix(_ prefix: String) -> Bool {
    guard hasPrefix(prefix), count > prefix.count else { return false }
    removeFirst(prefix.count)
    return true
  }

  mutating func dropSuffix(_ suffix: String) -> Bool {
    guard hasSuffix(suffix), count > suffix.count else { return false }
    removeLast(suffix.count)
    return true
  }

  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self { if c == target { out += replacement } else { out.append(c) } }
    return out
  }
}
