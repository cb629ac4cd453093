/// A unit of reading: a sentence of prose, or an infographic caption put back together from a
/// label line and the figure lines that belong to it.
struct Sentence {
  var scalars: [Unicode.Scalar]
  var locator: String
  /// The sentence opens a paragraph (a line break came before it).
  var opensParagraph: Bool
  /// Put together from an infographic's caption lines: its years label this caption alone, and a
  /// caption without a name continues the figure of the caption before it.
  var isCaption = false
}

extension NormalizedText {
  static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
  static let clauseMarks: Set<Unicode.Scalar> = ["，", ",", "；", ";", "：", ":", "。"]

  /// `clauseMarks.contains(s)` without hashing: this runs for every character looked back over.
  static func isClauseMark(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "，", ",", "；", ";", "：", ":", "。": true
    default: false
    }
  }

  /// Lines split into sentences; runs of short lines (an infographic's captions) are paired label
  /// with figures: `地区生产总值 / 4600.66亿元 / 增长6.5%` or `4600.66亿元 / 地区生产总值`.
  func sentences(isFigureLine: ([Unicode.Scalar]) -> Bool?) -> [Sentence] {
    var lines: [Range<Int>] = []
    var start = 0
    for (i, s) in scalars.enumerated() where s == "\n" {
      lines.append(start..<i)
      start = i + 1
    }
    lines.append(start..<scalars.count)

    var out: [Sentence] = []
    var block: [(range: Range<Int>, figure: Bool)] = []
    func flushBlock() {
      defer { block = [] }
      let hasLabel = block.contains { !$0.figure }
      let hasFigure = block.contains { $0.figure }
      // Figure lines alone (6.0% / 比上年增长) make one caption that continues the one before.
      if !hasLabel, block.count > 1 {
        out.append(caption(labels: [], figures: block.map(\.range)))
        return
      }
      guard hasLabel && hasFigure else {
        for line in block { out.append(sentence(line.range, opens: true)) }
        return
      }
      if block[0].figure {
        var figures: [Range<Int>] = []
        for line in block {
          if line.figure { figures.append(line.range); continue }
          if figures.isEmpty { out.append(sentence(line.range, opens: true)); continue }
          out.append(caption(labels: [line.range], figures: figures))
          figures = []
        }
        // Figure lines after the last label (71835元 / 人均地区生产总值 / 增长6.0%) go on with it.
        if !figures.isEmpty { out.append(caption(labels: [], figures: figures)) }
      } else {
        // Label lines in a row make one label: 规上工业增加值 / 同比增长 / 8.5%.
        var label: [Range<Int>] = []
        var figures: [Range<Int>] = []
        for line in block {
          if line.figure { figures.append(line.range); continue }
          if !label.isEmpty, !figures.isEmpty {
            out.append(caption(labels: label, figures: figures))
            label = []
            figures = []
          }
          label.append(line.range)
        }
        if !label.isEmpty { out.append(caption(labels: label, figures: figures)) }
      }
    }
    for line in lines {
      let trimmed = trim(line)
      // A blank line ends a group of captions.
      if trimmed.isEmpty { flushBlock(); continue }
      let short = trimmed.count <= 30 && !scalars[trimmed].contains { Self.isClauseMark($0) }
      if short, let figure = isFigureLine(Array(scalars[trimmed])) {
        block.append((trimmed, figure))
        continue
      }
      flushBlock()
      var from = trimmed.lowerBound
      var first = true
      for i in trimmed where Self.sentenceEnds.contains(scalars[i]) {
        if i + 1 > from { out.append(sentence(from..<i + 1, opens: first)) }
        first = false
        from = i + 1
      }
      if from < trimmed.upperBound { out.append(sentence(from..<trimmed.upperBound, opens: first)) }
    }
    flushBlock()
    return out
  }

  private func trim(_ range: Range<Int>) -> Range<Int> {
    var a = range.lowerBound
    var b = range.upperBound
    while a < b, scalars[a] == " " { a += 1 }
    while b > a, scalars[b - 1] == " " { b -= 1 }
    return a..<b
  }

  private func sentence(_ range: Range<Int>, opens: Bool) -> Sentence {
    Sentence(scalars: Array(scalars[range]), locator: quote(range), opensParagraph: opens)
  }

  private func caption(labels: [Range<Int>], figures unordered: [Range<Int>]) -> Sentence {
    var text: [Unicode.Scalar] = []
    for label in labels { text.append(contentsOf: scalars[label]) }
    // A verb line left last (6.0% / 比上年增长) reads before the number above it.
    var figures = unordered
    let hasDigit = { (r: Range<Int>) in self.scalars[r].contains(where: NumberScanner.isDigit) }
    if figures.count >= 2, !hasDigit(figures[figures.count - 1]), hasDigit(figures[figures.count - 2]) {
      figures.swapAt(figures.count - 1, figures.count - 2)
    }
    for (k, range) in figures.enumerated() {
      // 同比增长 / 8.5% read as one: no comma after a line without a number.
      if k > 0, scalars[figures[k - 1]].contains(where: NumberScanner.isDigit) { text.append("，") }
      text.append(contentsOf: scalars[range])
    }
    let parts = (labels + figures).sorted { $0.lowerBound < $1.lowerBound }.map { quote($0) }
    return Sentence(scalars: text, locator: parts.joined(separator: " "), opensParagraph: true, isCaption: true)
  }
}
