import IndicatorsCore

extension SentenceReading {
  /// Words that introduce the three sectors' shares of GDP written as a ratio.
  static let structureWords = NumberScanner.words(["三次产业结构", "三次产业比例", "三次产业构成", "三次产业比重", "三次产业的比例", "产业结构比例", "三次产业增加值比例",
    // 三次产业占GDP的比重依次为2.1%、41.3%和56.6%
    "三次产业占", "三次产业增加值占"])

  static let structureCodes = ["primary_va_share_of_gdp", "secondary_va_share_of_gdp", "tertiary_va_share_of_gdp"]

  /// `三次产业结构调整为2.2:46.3:51.5`: each sector's share of GDP in percent, one figure each
  /// (proposed codes, marked for review: the catalogue has no sector shares). The ratio must be
  /// three numbers within 16 characters of the words, and they must add up to 100 ± 0.3 (a
  /// bulletin's rounding), so that 1:2:3 of anything else is not read as shares.
  mutating func readSectorStructure() {
    for word in Self.structureWords {
      var i = 0
      while i + word.count <= t.count {
        guard NumberScanner.has(t, word, at: i) else { i += 1; continue }
        let wordEnd = i + word.count
        var j = wordEnd
        while j < t.count, j < wordEnd + 16, !NumberScanner.isDigit(t[j]), !NormalizedText.isClauseMark(t[j]) { j += 1 }
        if let (values, texts, end) = Self.ratio(t, from: j), values.count == 3, abs(values.reduce(0, +) - 100) <= 0.3 {
          // Shares listed in percent (2.1%、41.3%和56.6%) were read as figures of no known name: these replace them.
          let read = Set(emitted.filter { (j..<end).contains($0.token.range.lowerBound) }.map(\.figure))
          figures.removeAll { read.contains($0) }
          var (period, _) = period(at: j)
          // 由上年的3.7:45.4:50.9调整为3.3:47.5:49.2: the first ratio is last year's, the second this year's.
          let lastYears = NumberScanner.lastIndex(of: "上年", in: t, wordEnd..<j) != nil
          if lastYears, case .year(let y) = period { period = .year(y - 1) }
          appendShares(values, texts, word: i..<wordEnd, at: j, end: end, period: period)
          var next = end
          if lastYears, let to = Self.changedTo.first(where: { NumberScanner.has(t, $0, at: end) }) {
            let k = end + to.unicodeScalars.count
            if k < t.count, NumberScanner.isDigit(t[k]), let (values, texts, after) = Self.ratio(t, from: k), values.count == 3,
              abs(values.reduce(0, +) - 100) <= 0.3
            {
              appendShares(values, texts, word: i..<wordEnd, at: k, end: after, period: self.period(at: k).period)
              next = after
            }
          }
          i = next
          continue
        }
        i = wordEnd
      }
    }
  }

  /// Words between last year's ratio and this year's (由上年的…调整为…).
  static let changedTo = ["调整为", "调整到", "变为", "转变为", "优化为"]

  /// The three sectors' shares from one ratio, as figures.
  mutating func appendShares(_ values: [Double], _ texts: [String], word: Range<Int>, at j: Int, end: Int, period: Period) {
    let region = subjectRegion(before: word.lowerBound, allowScopes: true)
    for (k, value) in values.enumerated() {
      figures.append(ExtractedFigure(
        indicator: Self.structureCodes[k], review: !extractor.lexicon.catalogue.contains(Self.structureCodes[k]),
        phrase: text(word), region: region, period: period, value: value, valueText: texts[k], unit: "%",
        qualifier: .exact, status: isProvisional(at: j) ? .provisional : .normal, kind: .observation,
        locator: sentence.locator, note: "not in the catalogue (原文「\(text(word.lowerBound..<end))」): proposed code, review before import"))
    }
  }

  /// `2.2:46.3:51.5` (also `∶`, or `2.1%、41.3%和56.6%`) from `start`: the numbers, as written, and
  /// where the ratio ends.
  static func ratio(_ t: [Unicode.Scalar], from start: Int) -> ([Double], [String], Int)? {
    var values: [Double] = []
    var texts: [String] = []
    var i = start
    while i < t.count {
      let (digits, end) = NumberScanner.readNumber(t, from: i)
      guard !digits.isEmpty, let value = Double(digits) else { break }
      values.append(value)
      texts.append(digits)
      i = end
      // 2.2:46.3:51.5, or shares listed in percent: 2.1%、41.3%和56.6%.
      let percent = i < t.count && t[i] == "%"
      if percent { i += 1 }
      guard i < t.count, t[i] == ":" || t[i] == "∶" || percent && "、和,".unicodeScalars.contains(t[i]) else { break }
      i += 1
    }
    return values.count >= 2 ? (values, texts, i) : nil
  }
}
