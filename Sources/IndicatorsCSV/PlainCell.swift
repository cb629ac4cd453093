import IndicatorsCore

/// Shortcuts for the cells a machine-written file is made of, with exactly the results of the
/// general readers (which they fall back to for anything else): most cells of a large file
/// need no trimming, and most values are plain decimals.
enum PlainCell {
  /// `trimmingWhitespace()`, without work when the cell starts and ends with a character that
  /// cannot be white space (printable ASCII, or a CJK ideograph: UTF-8 lead bytes E4–E9).
  static func trimmed(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.first else { return text }
    var lastStart = utf8.index(before: utf8.endIndex)
    while lastStart > utf8.startIndex, utf8[lastStart] & 0xC0 == 0x80 { lastStart = utf8.index(before: lastStart) }
    return cannotBeSpace(first) && cannotBeSpace(utf8[lastStart]) ? text : text.trimmingWhitespace()
  }

  private static func cannotBeSpace(_ lead: UInt8) -> Bool {
    (0x21...0x7E).contains(lead) || (0xE4...0xE9).contains(lead)
  }

  /// `Figure(parsing:)` of a plain decimal of at most 15 characters (an optional sign, digits,
  /// at most one point): no qualifier words, units or 万/亿 to look for, so the figure is the
  /// number and nothing else. Nil for any other text.
  static func figure(_ text: String) -> Figure? {
    let utf8 = text.utf8
    guard utf8.count <= 15 else { return nil }
    var digits = false
    var point = false
    var first = true
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits = true
      case UInt8(ascii: ".") where !point: point = true
      case UInt8(ascii: "-") where first, UInt8(ascii: "+") where first: break
      default: return nil
      }
      first = false
    }
    guard digits, let number = DecimalText(text) else { return nil }
    return Figure(number: number)
  }
}
