import IndicatorsCore

/// Which indicator a figure belongs to, and what role its words give it.
extension SentenceReading {
  // MARK: Subjects and codes

  func subject(for token: NumberToken, lead: Range<Int>, namesFrom: Int, role: FigureRole) -> Subject? {
    let isCount = !token.isRank && token.unit != "%" && !token.unit.hasSuffix("元")
    // 7个国家级产业集群: a count followed by its name.
    if isCount, let next = concepts.first(where: { $0.range.lowerBound >= token.range.upperBound }),
      next.range.lowerBound - token.range.upperBound <= 6,
      !(token.range.upperBound..<next.range.lowerBound).contains(where: { NormalizedText.isClauseMark(t[$0]) || t[$0] == "、" })
    {
      return .known(next.value, phrase: text(next.range))
    }
    if role == .rank {
      if let c = rankConcept(in: namesFrom..<lead.upperBound) { return .known(c.value, phrase: text(c.range)) }
      if lead.count < 12, let lastSubject { return lastSubject }
    }
    // 在15个副省级城市中排名第2: a count that sets the field of a ranking.
    if isCount, followingWords(token).contains(where: { $0 == "中" }) { return nil }
    let names = concepts.filter { $0.range.lowerBound >= lead.lowerBound && $0.range.upperBound <= lead.upperBound }
    let isShare: Bool
    switch role { case .share, .rate: isShare = true; default: isShare = false }
    // 占 outside names (R&D经费支出占营业收入比重 is one name).
    let zhan = lead.reversed().first { i in t[i] == "占" && !names.contains { $0.range.contains(i) } }
    if isShare, let zhan {
      if let c = names.last(where: { $0.range.upperBound <= zhan }) {
        if modifiesHead(c) { return .unknown(phrase: longerName(ending: c)) }
        return .known(c.value, phrase: text(c.range))
      }
    } else if let c = names.last {
      // 装备工业增加值, 信息技术服务业增加值, 机电产品出口: a part of the whole the name stands for.
      if modifiesHead(c) { return .unknown(phrase: longerName(ending: c)) }
      // 规模以上工业企业实现营业收入: words after the name name something else.
      let after = unknownWords(c.range.upperBound..<lead.upperBound)
      if after.count >= 2 { return .unknown(phrase: unknownWords(lead)) }
      return .known(c.value, phrase: text(c.range))
    }
    let words = unknownWords(lead)
    if words.count >= 2 { return .unknown(phrase: words) }
    // A count does not inherit the name of an amount (15个 after 工业投资1954亿元).
    // A caption without a name continues the caption before it (2022年 / 约5.67万亿元).
    if let lastSubject, role != .level || sentence.isCaption
      || emitted.last.map({ Self.dimension($0.figure.unit) == Self.dimension(token.unit) }) ?? false
    {
      // 新增…62户、总数达107户: the total is the stock, not the addition.
      if has("总数", in: lead) || has("总量", in: lead), case .known(let c, let p) = lastSubject,
        let total = IndicatorLexicon.totals[c.key], let concept = extractor.lexicon.concept(forKey: total)
      {
        return .known(concept, phrase: p)
      }
      return lastSubject
    }
    if let c = concepts.last(where: { $0.range.upperBound <= lead.lowerBound }) {
      return .known(c.value, phrase: text(c.range))
    }
    if isCount {
      let words = followingWords(token)
      if words.count >= 2 { return .unknown(phrase: words) }
    }
    return nil
  }

  /// Names of a whole that a text also writes at the end of the name of one of its parts.
  static let genericHeads: Set<String> = ["industry_va", "services_va", "industrial_output", "exports", "imports", "fixed_investment"]

  /// Whether `c` is a generic name (工业增加值) written as the end of a longer one (装备工业增加值):
  /// the two characters before it are words that are not a filler, a period, a year or a place.
  func modifiesHead(_ c: (range: Range<Int>, value: Concept)) -> Bool {
    let i = c.range.lowerBound
    guard Self.genericHeads.contains(c.value.key), i >= 2 else { return false }
    for k in [i - 1, i - 2] where !NormalizedText.isWide(t[k]) || NormalizedText.isClauseMark(t[k]) || "、和与及的其".unicodeScalars.contains(t[k]) {
      return false
    }
    if mentions.contains(where: { $0.range.upperBound == i }) || markers.contains(where: { $0.range.upperBound == i })
      || years.contains(where: { $0.range.upperBound == i }) || concepts.contains(where: { $0.range.upperBound == i })
    {
      return false
    }
    for j in max(0, i - 6)..<i {
      if let m = FigureExtractor.leadFillers.match(t, at: j, limit: i), j + m.length == i { return false }
    }
    return true
  }

  /// The longer name that ends with `c`: back to the clause start or a list mark.
  func longerName(ending c: (range: Range<Int>, value: Concept)) -> [Unicode.Scalar] {
    var start = c.range.lowerBound
    while start > 0, NormalizedText.isWide(t[start - 1]), !NormalizedText.isClauseMark(t[start - 1]), t[start - 1] != "、",
      c.range.lowerBound - start < 12
    {
      start -= 1
    }
    return Array(t[start..<c.range.upperBound])
  }

  func followingWords(_ token: NumberToken) -> [Unicode.Scalar] {
    var j = token.range.upperBound
    var words: [Unicode.Scalar] = []
    while j < t.count, words.count < 10, NormalizedText.isWide(t[j]), !NormalizedText.isClauseMark(t[j]), t[j] != "、" {
      words.append(t[j]); j += 1
    }
    return words
  }

  static func dimension(_ unit: String) -> MeasurementUnit.Dimension? {
    MeasurementUnit(symbol: unit)?.dimension
  }

  /// The wide characters of `lead` that are not fillers, region names, years or markers.
  func unknownWords(_ lead: Range<Int>) -> [Unicode.Scalar] {
    var covered = Array(repeating: false, count: t.count)
    for m in mentions where m.range.overlaps(lead) { for i in m.range { covered[i] = true } }
    for y in years where y.range.overlaps(lead) { for i in y.range { covered[i] = true } }
    for m in markers where m.range.overlaps(lead) { for i in m.range { covered[i] = true } }
    var words: [Unicode.Scalar] = []
    var i = lead.lowerBound
    var depth = 0
    while i < lead.upperBound {
      if t[i] == "(" { depth += 1 } else if t[i] == ")" { depth = max(0, depth - 1) }
      if covered[i] || depth > 0 { i += 1; continue }
      // 在全省地级市中: where the figure ranks, not what it counts.
      if t[i] == "在", let end = Self.fieldEnd(t, from: i + 1), end <= lead.upperBound { i = end; continue }
      if let m = FigureExtractor.leadFillers.match(t, at: i, limit: lead.upperBound) { i += m.length; continue }
      if NormalizedText.isWide(t[i]), !NormalizedText.isClauseMark(t[i]), !"、（）()《》".unicodeScalars.contains(t[i]) {
        words.append(t[i])
      }
      i += 1
    }
    return Array(words.suffix(16))
  }

  func rankConcept(in lead: Range<Int>) -> (range: Range<Int>, value: Concept)? {
    concepts.last { $0.range.lowerBound >= lead.lowerBound && $0.range.upperBound <= lead.upperBound && $0.value.codes[.rank] != nil }
  }

  func code(_ subject: Subject, role: FigureRole, token: NumberToken, lead: Range<Int>) -> (code: String, review: Bool, phrase: String) {
    switch subject {
    case .known(let concept, let phrase):
      // 增速居全省第2位: the rank of the growth rate, not of the level.
      if role == .rank, concept.codes[.rank] == nil, has("增速", in: lead), let growth = concept.code(for: .growth) {
        let code = growth + "_rank"
        return (code, !extractor.lexicon.catalogue.contains(code), phrase)
      }
      guard var code = concept.code(for: role) else { return (concept.proposedCode(for: role), true, phrase) }
      // A count of projects is not the investment in them: the catalogue's unit decides.
      if let unit = extractor.lexicon.units[code], let written = MeasurementUnit(symbol: token.figure.unit?.symbol ?? token.unit),
        unit.dimension != written.dimension, !(unit.dimension == .count && written.dimension == .persons)
      {
        // 外商直接投资245.2亿元: the catalogue keeps a yuan twin of a dollar indicator (fdi_cny).
        let twin = code + "_cny"
        code = written.dimension.rawValue == "yuan" && extractor.lexicon.catalogue.contains(twin)
          ? twin : code + "_" + written.dimension.rawValue
      }
      // 新增4家单项冠军, 新增高新技术企业1600余家: an addition to a stock the catalogue counts in full.
      let namedAt = concepts.last { $0.range.upperBound <= token.range.lowerBound && $0.range.lowerBound >= lead.lowerBound }?.range.lowerBound
      let added = { (at: Int) in
        NumberScanner.endsWith(self.t, "新增", before: at) || NumberScanner.endsWith(self.t, "净增", before: at)
      }
      if role == .level, added(lead.upperBound) || namedAt.map(added) == true, !code.contains("new"), !code.contains("net") {
        let at = added(lead.upperBound) ? lead.upperBound : namedAt!
        let word = NumberScanner.endsWith(t, "净增", before: at) ? "净增" : "新增"
        if let (w, key) = IndicatorLexicon.additions[concept.key], w == word,
          let addition = extractor.lexicon.concept(forKey: key), let c = addition.codes[.level]
        {
          code = c
        } else {
          code = (word == "净增" ? "net_new_" : "new_") + code
        }
      }
      return (code, !extractor.lexicon.catalogue.contains(code), phrase)
    case .unknown(let words):
      return (ProposedCode.make(from: words, role: role), true, String(String.UnicodeScalarView(words)))
    }
  }

  func make(
    _ token: NumberToken, subject: Subject, role: FigureRole, region: String, period: Period, kind: FigureKind,
    lead: Range<Int>
  ) -> ExtractedFigure {
    let (code, review, phrase) = code(subject, role: role, token: token, lead: lead)
    return ExtractedFigure(
      indicator: code, review: review, phrase: phrase, region: region, period: period,
      value: token.figure.value, valueText: token.text, unit: token.figure.unit?.symbol ?? token.unit,
      qualifier: token.figure.qualifier ?? .exact, status: .normal, kind: kind,
      locator: sentence.locator, note: review ? "not in the catalogue (原文「\(phrase)」): proposed code, review before import" : "")
  }

  static let placeSuffixes = ["高新区", "开发区", "经开区", "新区", "园区", "县", "区", "镇", "乡"]
  static let placeVerbs = ["实现", "完成", "全年", "共有", "拥有", "的", "年"]

  /// A district, county or zone the region list lacks, named as the subject before the indicator
  /// (涪城区实现地区生产总值…, 科技城新区GDP约为500亿元): its figures are not the document's region's.
  func unlistedPlace(before position: Int) -> String? {
    let clause = clauseStart(before: position)
    guard let first = concepts.first(where: { $0.range.lowerBound >= clause && $0.range.lowerBound < position }) else { return nil }
    var end = first.range.lowerBound
    var trimmed = true
    while trimmed {
      trimmed = false
      for w in Self.placeVerbs where end - w.unicodeScalars.count >= clause && NumberScanner.endsWith(t, w, before: end) {
        end -= w.unicodeScalars.count
        trimmed = true
      }
    }
    guard let suffix = Self.placeSuffixes.first(where: { NumberScanner.endsWith(t, $0, before: end) }),
      !mentions.contains(where: { $0.range.upperBound == end })
    else { return nil }
    var start = end
    while start > clause, NormalizedText.isWide(t[start - 1]), !NormalizedText.isClauseMark(t[start - 1]),
      !"、()（）“”".unicodeScalars.contains(t[start - 1]),
      !years.contains(where: { $0.range.contains(start - 1) }), !markers.contains(where: { $0.range.contains(start - 1) })
    {
      start -= 1
    }
    // 园区 alone, 全区, 我县: the document's own place.
    guard end - start > suffix.unicodeScalars.count, !"全我本该各".unicodeScalars.contains(t[start]) else { return nil }
    return text(start..<end)
  }

  // MARK: Roles

  func lastIndex(of word: String, in range: Range<Int>) -> Int? { NumberScanner.lastIndex(of: word, in: t, range) }

  func has(_ word: String, in range: Range<Int>) -> Bool { lastIndex(of: word, in: range) != nil }

  /// +1 or −1 for the last growth word in `range`.
  func lastWord(in range: Range<Int>, up: [String], down: [String]) -> Double? {
    var best: (Int, Double)?
    for w in up { if let i = lastIndex(of: w, in: range), i >= (best?.0 ?? -1) { best = (i, 1) } }
    for w in down { if let i = lastIndex(of: w, in: range), i > (best?.0 ?? -1) { best = (i, -1) } }
    return best?.1
  }

  /// 高于全国、全省 / 比全省高 → the regions compared with and the sign of the difference.
  /// 高于年度预期目标, 快于目标, 低于预期目标 just before the number: the sign of a gap to the plan.
  func gapToTarget(_ lead: Range<Int>) -> Double? {
    for (words, sign) in [(Self.relativeUp, 1.0), (Self.relativeDown, -1.0)] {
      for w in words {
        guard let i = lastIndex(of: w, in: lead) else { continue }
        var k = i + w.unicodeScalars.count
        if NumberScanner.has(t, "全年", at: k) || NumberScanner.has(t, "年度", at: k) || NumberScanner.has(t, "年初", at: k) { k += 2 }
        if NumberScanner.has(t, "预期", at: k) { k += 2 }
        if NumberScanner.has(t, "目标", at: k), lead.upperBound - (k + 2) <= 2 { return sign }
      }
    }
    return nil
  }

  func relative(_ lead: Range<Int>) -> ([String], Double)? {
    var best: (Int, Int, Double)?  // position, end, sign
    for (words, sign) in [(Self.relativeUp, 1.0), (Self.relativeDown, -1.0)] {
      for w in words {
        if let i = lastIndex(of: w, in: lead), i >= (best?.0 ?? -1) { best = (i, i + w.unicodeScalars.count, sign) }
      }
    }
    if let (_, end, sign) = best {
      let regions = mentions.filter { $0.range.lowerBound >= end && $0.range.upperBound <= lead.upperBound }.map(\.code)
      if !regions.isEmpty { return (regions, sign) }
    }
    // 比全省高1.4个百分点, 比全国、全省分别高1.5和0.7个百分点, 比全国平均水平高…
    if let bi = lastIndex(of: "比", in: lead) {
      var k = bi + 1
      var regions: [String] = []
      while let m = mentions.first(where: { $0.range.lowerBound == k }) {
        regions.append(m.code)
        k = m.range.upperBound
        if k < lead.upperBound, "、和与及".unicodeScalars.contains(t[k]) { k += 1 } else { break }
      }
      guard !regions.isEmpty else { return nil }
      for word in ["平均水平", "水平", "平均", "分别"] where NumberScanner.has(t, word, at: k) {
        k += word.unicodeScalars.count
      }
      if NumberScanner.has(t, "分别", at: k) { k += 2 }
      guard k < lead.upperBound else { return nil }
      if "高快多".unicodeScalars.contains(t[k]) { return (regions, 1) }
      if "低慢少".unicodeScalars.contains(t[k]) { return (regions, -1) }
    }
    return nil
  }

  func shareRegion(_ lead: Range<Int>) -> (String, RegionScope)? {
    guard let zhan = lastIndex(of: "占", in: lead) else { return nil }
    guard let m = mentions.first(where: { $0.range.lowerBound > zhan && $0.range.lowerBound <= zhan + 2 && $0.range.upperBound <= lead.upperBound }) else {
      return nil
    }
    return (m.code, extractor.regions.scope(ofCode: m.code))
  }

  func averageSpan(_ lead: Range<Int>, at position: Int) -> Period? {
    guard has("年均", in: lead) || has("平均增长", in: lead) || has("平均增速", in: lead) else { return nil }
    let year = period(at: position).period.year
    for m in markers where m.range.lowerBound < position {
      if case .average(let n) = m.value { return .span(year - n + 1, year) }
    }
    for m in markers {
      guard case .span(let a, let b) = m.value else { continue }
      // 十四五以来: from the plan's first year to the year read.
      if NumberScanner.has(t, "以来", at: m.range.upperBound), year > a { return .span(a, min(b, year)) }
      return .span(a, b)
    }
    // 2020年以来年均增长 → 2020–year; 比2020年年均增长 → 2021–year.
    if let base = years.last(where: { $0.role == .base && $0.range.upperBound <= position && $0.year < year }) {
      let since = text(base.range.upperBound..<min(t.count, base.range.upperBound + 2)) == "以来"
      return .span(since ? base.year : base.year + 1, year)
    }
    if let span = spanWritten() { return span }
    for (word, n) in [("五年", 5), ("三年", 3), ("两年", 2)] where has(word, in: 0..<position) {
      return .span(year - n + 1, year)
    }
    return .span(year - 4, year)
  }

  /// `2021-2025年` written in the sentence.
  func spanWritten() -> Period? {
    var i = 0
    while i + 9 <= t.count {
      if (0..<4).allSatisfy({ NumberScanner.isDigit(t[i + $0]) }), t[i + 4] == "-",
        (5..<9).allSatisfy({ NumberScanner.isDigit(t[i + $0]) }),
        let a = Int(text(i..<i + 4)), let b = Int(text(i + 5..<i + 9)), a < b, a > 1949, b < 2100
      {
        return .span(a, b)
      }
      i += 1
    }
    return nil
  }
}
