import IndicatorsCore

extension SentenceReading {
  static let percentagePoints: Set<String> = ["个百分点", "百分点"]
  static let growthUp = ["增长", "增速", "增幅", "上涨", "上升", "提高", "回升", "增加", "涨幅", "扩大", "加快"]
  static let growthDown = ["下降", "减少", "回落", "降低", "下跌", "降幅", "跌幅", "缩小", "下滑", "放缓", "收窄"]
  static let relativeUp = ["高于", "快于", "高出", "超出", "领先", "超过"]
  static let relativeDown = ["低于", "慢于", "落后"]
  static let rankWords = ["居", "位居", "位列", "排名", "排", "列", "名列", "位次", "强"]

  mutating func read() {
    var groups: [[Int]] = []
    for (k, token) in tokens.enumerated() {
      if let last = groups.last?.last, tokens[last].group == token.group { groups[groups.count - 1].append(k) }
      else { groups.append([k]) }
    }
    var previousEnd = 0
    for group in groups {
      let start = tokens[group[0]].range.lowerBound
      let lead = max(previousEnd, clauseStart(before: start))..<start
      readGroup(group.map { tokens[$0] }, lead: lead, namesFrom: previousEnd)
      previousEnd = tokens[group.last!].range.upperBound
    }
    readRankChanges()
  }

  private mutating func readGroup(_ group: [NumberToken], lead: Range<Int>, namesFrom: Int) {
    let first = group[0]
    let unit = group.last!.unit
    let start = first.range.lowerBound
    if Self.percentagePoints.contains(unit) {
      if let (regions, sign) = relative(lead) { deriveRelative(group, regions: regions, sign: sign) }
      else if let sign = lastWord(in: lead, up: Self.growthUp, down: Self.growthDown) { deriveChange(group, sign: sign, lead: lead) }
      return
    }
    // 比上年末减少1.2万人, 比年初增加300亿元: a change, not the level.
    if !first.isRank, unit != "%", Self.isComparedChange(text(lead)) {
      deriveLevelBefore(group, lead: lead)
      return
    }
    var role = FigureRole.level
    var sign = 1.0
    var share: String?
    var average: Period?
    if first.isRank {
      guard contains(lead, anyOf: Self.rankWords) || rankConcept(in: lead) != nil
        || mentions.contains(where: { $0.range.upperBound == start })
      else { return }
      role = .rank
    } else if unit == "%" {
      if let (code, scope) = shareRegion(lead) {
        role = .share(scope)
        share = code
      } else if let span = averageSpan(lead, at: start) {
        role = .average
        average = span
      } else if let s = lastWord(in: lead.lowerBound + max(0, lead.count - 8)..<lead.upperBound, up: Self.growthUp, down: Self.growthDown) {
        role = .growth
        sign = s
      } else {
        role = .rate
      }
    }
    // Names for each item of a list: 第一产业、第二产业和第三产业增加值分别增长6.1%、7.3%和5.2%.
    let listed = concepts.filter { $0.range.lowerBound >= namesFrom && $0.range.upperBound <= start }
    for (k, token) in group.enumerated() {
      var subject: Subject?
      if group.count == 2, let pair = listed.last.flatMap({ IndicatorLexicon.pairs[$0.value.key] }),
        let concept = extractor.lexicon.concept(forKey: pair[k])
      {
        subject = .known(concept, phrase: text(listed.last!.range))
      } else if group.count > 1, listed.count >= group.count {
        let c = listed[listed.count - group.count + k]
        subject = .known(c.value, phrase: text(c.range))
      } else {
        subject = self.subject(for: token, lead: lead, namesFrom: namesFrom, role: role)
      }
      guard let subject else { continue }
      let (period, due) = self.period(at: token.range.lowerBound)
      // 十四五期间年均增长7%左右, read before 2025 ends: a plan's average, so a target.
      var futureSpan = false
      if case .span(_, let last)? = average, last > extractor.context.defaultYear { futureSpan = true }
      let target = due || futureSpan || isTarget(at: token.range.lowerBound)
      let region = role == .rank
        ? subjectRegion(before: start, allowScopes: false)
        : subjectRegion(before: share.map { _ in lead.lowerBound } ?? start, allowScopes: true)
      var figure = make(
        token, subject: subject, role: role, region: region, period: average ?? period,
        kind: target ? .target : .observation, lead: lead)
      if sign < 0 {
        figure.value = -figure.value
        figure.valueText = "-" + figure.valueText
      }
      if !target, isProvisional(at: token.range.lowerBound) { figure.status = .provisional }
      figures.append(figure)
      emitted.append((token, figure, subject))
      lastSubject = subject
      if let share, !target { deriveTotal(from: figure, subject: subject, region: share) }
      // 连续两年突破1亿美元: the same bound for the years before.
      for (word, n) in [("连续两年", 2), ("连续三年", 3)] where has(word, in: lead) {
        if case .year(let y) = figure.period {
          for back in 1..<n {
            var earlier = figure
            earlier.period = .year(y - back)
            figures.append(earlier)
          }
        }
      }
    }
  }

  static func isComparedChange(_ lead: String) -> Bool {
    var core = Substring(lead)
    for tail in ["了", "达", "为"] where core.hasSuffix(tail) { core = core.dropLast() }
    guard ["增加", "减少", "下降", "增长", "降低", "扩大", "缩小", "多", "少"].contains(where: { core.hasSuffix($0) }) else { return false }
    return core.contains("比") || core.contains("较")
  }

  // MARK: Subjects and codes

  private func subject(for token: NumberToken, lead: Range<Int>, namesFrom: Int, role: FigureRole) -> Subject? {
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
      if let c = names.last(where: { $0.range.upperBound <= zhan }) { return .known(c.value, phrase: text(c.range)) }
    } else if let c = names.last {
      // 规模以上工业企业实现营业收入: words after the name name something else.
      let after = unknownWords(c.range.upperBound..<lead.upperBound)
      if after.count >= 2 { return .unknown(phrase: unknownWords(lead)) }
      return .known(c.value, phrase: text(c.range))
    }
    let words = unknownWords(lead)
    if words.count >= 2 { return .unknown(phrase: words) }
    // A count does not inherit the name of an amount (15个 after 工业投资1954亿元).
    if let lastSubject, role != .level || emitted.last.map({ Self.dimension($0.figure.unit) == Self.dimension(token.unit) }) ?? false {
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

  private func followingWords(_ token: NumberToken) -> [Unicode.Scalar] {
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
  private func unknownWords(_ lead: Range<Int>) -> [Unicode.Scalar] {
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
      if let m = FigureExtractor.leadFillers.match(t, at: i, limit: lead.upperBound) { i += m.length; continue }
      if NormalizedText.isWide(t[i]), !NormalizedText.isClauseMark(t[i]), !"、（）()《》".unicodeScalars.contains(t[i]) {
        words.append(t[i])
      }
      i += 1
    }
    return Array(words.suffix(16))
  }

  private func rankConcept(in lead: Range<Int>) -> (range: Range<Int>, value: Concept)? {
    concepts.last { $0.range.lowerBound >= lead.lowerBound && $0.range.upperBound <= lead.upperBound && $0.value.codes[.rank] != nil }
  }

  private func code(_ subject: Subject, role: FigureRole, token: NumberToken, lead: Range<Int>) -> (code: String, review: Bool, phrase: String) {
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
        code += "_" + written.dimension.rawValue
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

  private func make(
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

  // MARK: Roles

  func lastIndex(of word: String, in range: Range<Int>) -> Int? {
    var i = range.upperBound - word.unicodeScalars.count
    while i >= range.lowerBound {
      if NumberScanner.has(t, word, at: i) { return i }
      i -= 1
    }
    return nil
  }

  func has(_ word: String, in range: Range<Int>) -> Bool { lastIndex(of: word, in: range) != nil }

  /// +1 or −1 for the last growth word in `range`.
  private func lastWord(in range: Range<Int>, up: [String], down: [String]) -> Double? {
    var best: (Int, Double)?
    for w in up { if let i = lastIndex(of: w, in: range), i >= (best?.0 ?? -1) { best = (i, 1) } }
    for w in down { if let i = lastIndex(of: w, in: range), i > (best?.0 ?? -1) { best = (i, -1) } }
    return best?.1
  }

  /// 高于全国、全省 / 比全省高 → the regions compared with and the sign of the difference.
  private func relative(_ lead: Range<Int>) -> ([String], Double)? {
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

  private func shareRegion(_ lead: Range<Int>) -> (String, RegionScope)? {
    guard let zhan = lastIndex(of: "占", in: lead) else { return nil }
    guard let m = mentions.first(where: { $0.range.lowerBound > zhan && $0.range.lowerBound <= zhan + 2 && $0.range.upperBound <= lead.upperBound }) else {
      return nil
    }
    return (m.code, extractor.regions.scope(ofCode: m.code))
  }

  private func averageSpan(_ lead: Range<Int>, at position: Int) -> Period? {
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
  private func spanWritten() -> Period? {
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

  // MARK: Derived figures

  private mutating func deriveRelative(_ group: [NumberToken], regions: [String], sign: Double) {
    guard let base = emitted.last(where: { $0.figure.unit == "%" })?.figure else { return }
    for (k, token) in group.enumerated() {
      let region = regions.count == group.count ? regions[k] : regions.last!
      guard region != base.region else { continue }
      let value = Self.rounded(base.value - sign * token.figure.value, like: [base.valueText, token.text])
      var figure = base
      figure.region = region
      figure.value = value
      figure.valueText = Self.format(value)
      figure.status = .derived
      figure.note = "\(base.valueText)\(sign > 0 ? "-" : "+")\(token.text)"
      figures.append(figure)
    }
  }

  private mutating func deriveChange(_ group: [NumberToken], sign: Double, lead: Range<Int>) {
    guard group.count == 1, let base = emitted.last(where: { $0.figure.unit == "%" })?.figure,
      base.kind == .observation, let previous = Self.yearBefore(base.period)
    else { return }
    let token = group[0]
    let value = Self.rounded(base.value - sign * token.figure.value, like: [base.valueText, token.text])
    var figure = base
    figure.period = previous
    if let bi = lastIndex(of: "比", in: lead) ?? lastIndex(of: "较", in: lead),
      let m = markers.first(where: { $0.range.lowerBound == bi + 1 }), case .period(let w) = m.value
    {
      guard w != .year else { return }
      figure.period = Self.period(year: base.period.year, word: w)
      guard figure.period != base.period else { return }
    }
    figure.value = value
    figure.valueText = Self.format(value)
    figure.status = .derived
    figure.note = "\(base.valueText)\(sign > 0 ? "-" : "+")\(token.text)"
    figures.append(figure)
  }

  private mutating func deriveTotal(from share: ExtractedFigure, subject: Subject, region: String) {
    guard share.value > 0, region != share.region,
      let base = emitted.last(where: { $0.figure.unit != "%" && $0.figure.region == share.region && !$0.token.isRank })?.figure
    else { return }
    let value = Self.rounded(base.value / (share.value / 100), decimals: 2)
    var figure = base
    figure.region = region
    figure.value = value
    figure.valueText = Self.format(value)
    figure.status = .derived
    figure.note = "\(base.valueText)/\(Self.format(share.value / 100))"
    figures.append(figure)
  }

  /// 常住人口487.7万人，比上年末增加0.6万人: last year's level, when the change is in the level's unit.
  private mutating func deriveLevelBefore(_ group: [NumberToken], lead: Range<Int>) {
    guard group.count == 1, has("上年", in: lead) || has("去年", in: lead) || has("年初", in: lead),
      let base = emitted.last(where: { !$0.token.isRank && $0.figure.unit != "%" })?.figure,
      base.kind == .observation, base.unit == group[0].unit, let previous = Self.yearBefore(base.period)
    else { return }
    let token = group[0]
    let sign: Double = ["减少", "下降", "降低", "缩小", "少"].contains { has($0, in: lead) } ? -1 : 1
    var figure = base
    figure.period = previous
    figure.value = Self.rounded(base.value - sign * token.figure.value, like: [base.valueText, token.text])
    figure.valueText = Self.format(figure.value)
    figure.status = .derived
    figure.note = "\(base.valueText)\(sign > 0 ? "-" : "+")\(token.text)"
    figures.append(figure)
  }

  /// 两年提升19位, 比上年上升4位 after a rank: the earlier rank.
  private mutating func readRankChanges() {
    for verb in ["提升", "上升", "前移", "跃升", "提高", "前进"] {
      let w = Array(verb.unicodeScalars)
      var i = 0
      while i + w.count < t.count {
        defer { i += 1 }
        guard NumberScanner.has(t, w, at: i) else { continue }
        let (digits, end) = NumberScanner.readNumber(t, from: i + w.count)
        guard let n = Int(digits), end < t.count, t[end] == "位" || NumberScanner.has(t, "个位次", at: end) else { continue }
        let back = max(0, i - 4)..<i
        let years = has("两年", in: back) ? 2 : has("三年", in: back) ? 3 : has("五年", in: back) ? 5
          : (has("比上年", in: back) || has("较上年", in: back) || has("同比", in: back)) ? 1 : 0
        // 较前年上升4位: the year before last, counted from the caller's year.
        let yearBeforeLast = has("前年", in: back) && !has("两年", in: back)
        guard years > 0 || yearBeforeLast,
          let base = emitted.last(where: { $0.token.isRank && $0.token.range.upperBound <= i })?.figure,
          case .year(let y) = base.period
        else { continue }
        var figure = base
        figure.period = .year(yearBeforeLast ? extractor.context.defaultYear - 2 : y - years)
        guard figure.period != base.period else { continue }
        figure.value = base.value + Double(n)
        figure.valueText = Self.format(figure.value)
        figure.status = .derived
        figure.note = "\(base.valueText)+\(n)"
        figures.append(figure)
      }
    }
  }

  static func yearBefore(_ period: Period) -> Period? {
    switch period {
    case .year(let y): .year(y - 1)
    case .half(let y, let h): .half(y - 1, h)
    case .quarter(let y, let q): .quarter(y - 1, q)
    case .month(let y, let m): .month(y - 1, m)
    case .yearToDate(let y, let m): .yearToDate(y - 1, throughMonth: m)
    case .span: nil
    }
  }

  static func decimals(_ text: String) -> Int {
    guard let dot = text.firstIndex(of: ".") else { return 0 }
    return text[text.index(after: dot)...].prefix { $0.isNumber }.count
  }

  static func rounded(_ value: Double, like texts: [String]) -> Double {
    rounded(value, decimals: texts.map(decimals).max() ?? 0)
  }

  static func rounded(_ value: Double, decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded() / scale
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
  }
}
