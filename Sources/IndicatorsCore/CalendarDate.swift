/// A publication or vintage date, kept as `YYYY-MM-DD`. Sources often give only a month or a year
/// (`2025-02`, `2025`); those are read as the first day of that month or year, and the text as
/// written is kept by the source.
package struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  package let year: Int
  package let month: Int
  package let day: Int

  package init?(year: Int, month: Int, day: Int) {
    guard SupportedRange.years.contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// Reads `2025-02-03`, `2025/2/3`, `2025.02.03`, `2025年2月3日`, `2025-02`, `2025年2月`, `2025`.
  /// The year must lie in `SupportedRange.years`; nil for anything else.
  package init?(parsing raw: String) {
    let text = ChineseText.normalizeWidth(raw).trimmingWhitespace()
    guard text.utf8.count <= 40 else { return nil }
    var parts: [Int] = []
    var current = ""
    for c in text {
      if c.isASCII, c.isNumber { current.append(c); continue }
      guard "-/.年月日".contains(c), !current.isEmpty, current.count <= 4 else { return nil }
      parts.append(Int(current)!)
      current = ""
    }
    guard current.count <= 4 else { return nil }
    if !current.isEmpty { parts.append(Int(current)!) }
    guard (1...3).contains(parts.count) else { return nil }
    self.init(year: parts[0], month: parts.count > 1 ? parts[1] : 1, day: parts.count > 2 ? parts[2] : 1)
  }

  /// How to write a date, for messages.
  package static let formatHint =
    "use 2024-02-02, 2024-02 or 2024 (years \(SupportedRange.years.lowerBound)–\(SupportedRange.years.upperBound))"

  package var description: String {
    func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  package static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
