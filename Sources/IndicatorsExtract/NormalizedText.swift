import IndicatorsCore

/// A document prepared for matching: full-width forms made half-width, Traditional characters made
/// Simplified, quotation marks, zero-width characters, replacement characters, `&nbsp;` and
/// romanisation in parentheses (`增长(zēngzhǎng)`) removed, and spaces between Chinese characters
/// or between a number and its unit dropped. `origin[i]` is the index in `original` that
/// `scalars[i]` came from, so every match can be quoted as written.
struct NormalizedText {
  let original: [Unicode.Scalar]
  private(set) var scalars: [Unicode.Scalar] = []
  private(set) var origin: [Int] = []

  init(_ text: String) {
    original = Array(text.unicodeScalars)
    scalars.reserveCapacity(original.count)
    origin.reserveCapacity(original.count)
    var i = 0
    let nbsp = Array("&nbsp;".unicodeScalars)
    while i < original.count {
      let s = original[i]
      if s == "&", i + nbsp.count <= original.count, Array(original[i..<i + nbsp.count]) == nbsp {
        append(" ", from: i)
        i += nbsp.count
        continue
      }
      // HTML tags left in copied text: <p>, </span>, <br/>.
      if s == "<", let close = Self.tagEnd(original, from: i) {
        i = close + 1
        continue
      }
      if (s == "(" || s == "\u{FF08}"), let close = Self.romanisationEnd(original, from: i, afterWord: scalars.last.map(Self.isWide) ?? false) {
        i = close + 1
        continue
      }
      switch s.value {
      case 0xFF01...0xFF5E: append(Unicode.Scalar(s.value - 0xFEE0)!, from: i)
      case 0x3000, 0x09, 0xA0, 0x2002...0x200A, 0x202F, 0x205F: append(" ", from: i)
      case 0x0D: append("\n", from: i)
      case 0x2212, 0x2013, 0x2014, 0x301C, 0xFE63: append("-", from: i)
      case 0x201C, 0x201D, 0x2018, 0x2019, 0x22, 0x27, 0x300C, 0x300D, 0x300E, 0x300F,
        0x200B, 0x200C, 0x200D, 0xFEFF, 0xFFFD:
        break
      default: append(TraditionalChinese.simplified(s), from: i)
      }
      i += 1
    }
    dropSpaces()
    joinBrokenNumbers()
    joinUnitLines()
    joinWrappedLines()
    expandElidedLists()
    writeTableUnits()
  }

  /// A table's rows (`居民消费价格 | 2.5`) under a title that gives the unit (`表1 …涨跌幅度(单位:%)`)
  /// are written as the bulletin's prose would be (`居民消费价格 | 2.5%`, `蛋类 | 下降7.7%`), so each
  /// row is read as a figure. The unit holds until a blank line or a line that is not a row.
  private mutating func writeTableUnits() {
    // Most texts have no table: nothing to rewrite.
    guard scalars.contains("|") else { return }
    var out: [Unicode.Scalar] = []
    var outOrigin: [Int] = []
    out.reserveCapacity(scalars.count)
    outOrigin.reserveCapacity(origin.count)
    var unit: [Unicode.Scalar]?
    var start = 0
    while start <= scalars.count {
      var end = start
      while end < scalars.count, scalars[end] != "\n" { end += 1 }
      let line = Array(scalars[start..<end])
      let bars = line.filter { $0 == "|" }.count
      if bars == 0 {
        unit = Self.tableUnit(line)
      } else if bars == 1, let unit, let bar = line.firstIndex(of: "|") {
        var cell = bar + 1
        while cell < line.count, line[cell] == " " { cell += 1 }
        let negative = cell < line.count && line[cell] == "-"
        let digitsFrom = negative ? cell + 1 : cell
        let (digits, numberEnd) = NumberScanner.readNumber(line, from: digitsFrom)
        if !digits.isEmpty, line[numberEnd...].allSatisfy({ $0 == " " }) {
          for k in 0..<cell { out.append(line[k]); outOrigin.append(origin[start + k]) }
          if negative { for s in "下降".unicodeScalars { out.append(s); outOrigin.append(origin[start + cell]) } }
          for k in digitsFrom..<numberEnd { out.append(line[k]); outOrigin.append(origin[start + k]) }
          for s in unit { out.append(s); outOrigin.append(origin[start + numberEnd - 1]) }
          if end < scalars.count { out.append("\n"); outOrigin.append(origin[end]) }
          start = end + 1
          continue
        }
      }
      if line.allSatisfy({ $0 == " " }) { unit = nil }
      for k in start..<end { out.append(scalars[k]); outOrigin.append(origin[k]) }
      if end < scalars.count { out.append("\n"); outOrigin.append(origin[end]) }
      start = end + 1
    }
    scalars = out
    origin = outOrigin
  }

  /// The unit a table title states: `单位:%`, `(单位:亿元)`, `（%）` at its end.
  static func tableUnit(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard let at = NumberScanner.lastIndex(of: "单位", in: line) else {
      if line.count >= 3, Array(line.suffix(3)) == Array("(%)".unicodeScalars) { return ["%"] }
      return nil
    }
    var i = at + 2
    while i < line.count, line[i] == ":" || line[i] == " " { i += 1 }
    if i < line.count, line[i] == "%" { return ["%"] }
    guard let length = NumberScanner.unitLength(line, at: i) else { return nil }
    return Array(line[i..<i + length])
  }

  /// Sectors named once for several (第一、二、三产业增加值分别增长…), written out so each has its
  /// name; the written-out names quote the words they stand for.
  static let elidedLists: [([Unicode.Scalar], [Unicode.Scalar])] = [
    ("第一、二、三产业", "第一产业、第二产业、第三产业"), ("第一、第二、第三产业", "第一产业、第二产业、第三产业"),
    ("一、二、三产业", "第一产业、第二产业、第三产业"), ("第二、三产业", "第二产业、第三产业"), ("第一、二产业", "第一产业、第二产业"),
  ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

  private mutating func expandElidedLists() {
    for (short, long) in Self.elidedLists {
      var i = 0
      while i + short.count <= scalars.count {
        guard NumberScanner.has(scalars, short, at: i) else { i += 1; continue }
        let (from, to) = (origin[i], origin[i + short.count - 1])
        scalars.replaceSubrange(i..<i + short.count, with: long)
        origin.replaceSubrange(i..<i + short.count, with: long.indices.map { $0 == long.count - 1 ? to : from })
        i += long.count
      }
    }
  }

  /// Prose wrapped inside a figure (`…地区生产总值` / `4600.66` / `亿元，比上年增长6.5%。`): a line
  /// break between words and a number, or a number and its unit, is dropped when the next line
  /// reads on as a sentence (it holds a comma or a full stop), so the figure keeps its name.
  private mutating func joinWrappedLines() {
    // From the end, so that a number joined to its unit line is seen whole by the words above it.
    var i = scalars.count - 2
    while i >= 1 {
      defer { i -= 1 }
      guard scalars[i] == "\n" else { continue }
      let previous = scalars[i - 1]
      let next = scalars[i + 1]
      let wordThenNumber = Self.isWide(previous) && !Self.isClauseMark(previous) && !Self.sentenceEnds.contains(previous)
        && !"：:）)】》”".unicodeScalars.contains(previous) && NumberScanner.isDigit(next)
      let numberThenUnit = NumberScanner.isDigit(previous) && NumberScanner.unitLength(scalars, at: i + 1) != nil
      guard wordThenNumber || numberThenUnit else { continue }
      // 2024年一季度经济运行简况 / 2024年，面对…: a heading over a paragraph that opens with a year.
      if wordThenNumber, opensWithYear(at: i + 1), isHeading(endingAt: i) { continue }
      var end = i + 1
      var readsOn = false
      while end < scalars.count, scalars[end] != "\n" {
        if Self.isClauseMark(scalars[end]) || Self.sentenceEnds.contains(scalars[end]) { readsOn = true }
        end += 1
      }
      if readsOn {
        scalars.remove(at: i)
        origin.remove(at: i)
      }
    }
  }

  private func opensWithYear(at i: Int) -> Bool {
    i + 4 < scalars.count && (i..<i + 4).allSatisfy { NumberScanner.isDigit(scalars[$0]) } && scalars[i + 4] == "年"
  }

  /// The line ending at `newline` is short and has no clause mark: a title or a heading.
  private func isHeading(endingAt newline: Int) -> Bool {
    var start = newline
    while start > 0, scalars[start - 1] != "\n" { start -= 1 }
    return newline - start <= 40 && !(start..<newline).contains { Self.isClauseMark(scalars[$0]) }
  }

  /// `4600.66` on one line and `亿元` alone on the next (an infographic) are one figure.
  private mutating func joinUnitLines() {
    var i = 0
    var drop: [Int] = []
    while i < scalars.count {
      defer { i += 1 }
      guard scalars[i] == "\n", i > 0, NumberScanner.isDigit(scalars[i - 1]) else { continue }
      var end = i + 1
      while end < scalars.count, scalars[end] != "\n" { end += 1 }
      let next = Array(scalars[(i + 1)..<end])
      if NumberScanner.unitLength(next, at: 0) == next.count, !next.isEmpty { drop.append(i) }
    }
    for k in drop.reversed() {
      scalars.remove(at: k)
      origin.remove(at: k)
    }
  }

  private mutating func append(_ scalar: Unicode.Scalar, from index: Int) {
    scalars.append(scalar)
    origin.append(index)
  }

  /// A number broken where a PDF wrapped its line or a converter spaced it (`达22` / `09亿元`,
  /// `户籍人口624.` / `4万人`, `77. 6亿元`) is one figure: the break goes when the first part
  /// follows a word and the second runs into a unit or `%`. A break after a whole number needs a
  /// line break; a space after a whole number is a thousands gap, which the scanner reads.
  private mutating func joinBrokenNumbers() {
    var i = scalars.count - 2
    while i >= 1 {
      defer { i -= 1 }
      let gap = scalars[i]
      let previous = scalars[i - 1]
      guard gap == "\n" || (gap == " " && previous == "."), NumberScanner.isDigit(scalars[i + 1]),
        NumberScanner.isDigit(previous) || previous == "."
      else { continue }
      var start = i - 1
      while start > 0, NumberScanner.isDigit(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
      guard start > 0, Self.isWide(scalars[start - 1]), !Self.isClauseMark(scalars[start - 1]), !Self.sentenceEnds.contains(scalars[start - 1]) else { continue }
      var end = i + 1
      while end < scalars.count, NumberScanner.isDigit(scalars[end]) || scalars[end] == "." { end += 1 }
      let points = (start..<end).filter { scalars[$0] == "." }.count
      guard points <= 1, end < scalars.count, scalars[end] == "%" || NumberScanner.unitLength(scalars, at: end) != nil else { continue }
      scalars.remove(at: i)
      origin.remove(at: i)
    }
  }

  /// Parentheses holding only Latin letters (with tone marks), spaces and apostrophes: pinyin
  /// glosses left by a converter, or an abbreviation glossing the name before it (地区生产总值（GDP）).
  /// Returns the index of the closing parenthesis.
  private static func romanisationEnd(_ text: [Unicode.Scalar], from open: Int, afterWord: Bool) -> Int? {
    var j = open + 1
    var letters = 0
    var lowercase = 0
    while j < text.count, j - open < 40 {
      let v = text[j].value
      if text[j] == ")" || v == 0xFF09 { break }
      let isLetter = (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v)
      guard isLetter || v == 0x20 || v == 0x27 || v == 0x2D else { return nil }
      if isLetter { letters += 1 }
      if (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v) { lowercase += 1 }
      j += 1
    }
    // All-capital glosses such as (GDP) or (PMI) are kept where they name something alone
    // (增长(GDP)); after a name they only repeat it.
    guard j < text.count, letters >= 2, lowercase > 0 || afterWord else { return nil }
    return j
  }

  private static func tagEnd(_ text: [Unicode.Scalar], from open: Int) -> Int? {
    guard open + 1 < text.count else { return nil }
    let first = text[open + 1].value
    guard (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) || first == 0x2F else { return nil }
    var j = open + 1
    while j < text.count, j - open < 80 {
      if text[j] == ">" { return j }
      if text[j] == "<" || text[j] == "\n" { return nil }
      j += 1
    }
    return nil
  }

  /// Removes a run of spaces when a Chinese character or `%` stands on either side of it.
  private mutating func dropSpaces() {
    var keptScalars: [Unicode.Scalar] = []
    var keptOrigin: [Int] = []
    keptScalars.reserveCapacity(scalars.count)
    keptOrigin.reserveCapacity(scalars.count)
    var i = 0
    while i < scalars.count {
      if scalars[i] == " " {
        var j = i
        while j < scalars.count, scalars[j] == " " { j += 1 }
        let before = keptScalars.last
        let after = j < scalars.count ? scalars[j] : nil
        let drop = before.map(Self.isWide) ?? true || after.map(Self.isWide) ?? true
          || after == "%" || before == "\n" || after == "\n"
        if !drop {
          keptScalars.append(" ")
          keptOrigin.append(origin[i])
        }
        i = j
        continue
      }
      keptScalars.append(scalars[i])
      keptOrigin.append(origin[i])
      i += 1
    }
    scalars = keptScalars
    origin = keptOrigin
  }

  static func isWide(_ s: Unicode.Scalar) -> Bool { s.value >= 0x2E80 }

  /// The original text behind `range`, with line breaks turned into spaces.
  func quote(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    var from = origin[range.lowerBound]
    var to = origin[range.upperBound - 1]
    // Quotation marks dropped for matching still belong to the quote: “十四五”时期.
    let quotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{2018}", "\u{300C}", "\u{300E}", "\""]
    let closing: Set<Unicode.Scalar> = ["\u{201D}", "\u{2019}", "\u{300D}", "\u{300F}", "\""]
    while from > 0, quotes.contains(original[from - 1]) { from -= 1 }
    while to + 1 < original.count, closing.contains(original[to + 1]) { to += 1 }
    var view = String.UnicodeScalarView()
    for s in original[from...to] { view.append(s == "\n" || s == "\r" ? " " : s) }
    return String(view).trimmingWhitespace()
  }
}

