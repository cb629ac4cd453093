import IndicatorsCore

/// Figures the text implies: the other side of 高于全省…个百分点, 占全市…%, 比上年提高…, 两年提升…位.
extension SentenceReading {
  // MARK: Derived figures

  mutating func deriveRelative(_ group: [NumberToken], regions: [String], sign: Double) {
    // 地区生产总值、规上工业增加值分别增长7.5%、12.7%，分别高于全区1.0和4.2个百分点: each gap is
    // its own rate's, stated; nothing is derived from a 分别 list (as the corpus is annotated).
    if group.count > 1, regions.count == 1, let bases = pairedBases(group) {
      for (token, base) in zip(group, bases) where regions[0] != base.region {
        figures.append(stated(token, about: base, code: base.indicator + "_gap_vs_" + regions[0], sign: sign))
      }
      return
    }
    guard let base = emitted.last(where: { $0.figure.unit == "%" })?.figure else { return }
    for (k, token) in group.enumerated() {
      let region = regions.count == group.count ? regions[k] : regions.last!
      guard region != base.region else { continue }
      figures.append(stated(token, about: base, code: base.indicator + "_gap_vs_" + region, sign: sign))
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

  /// The rates a list of gaps speaks of, in order: the last `group.count` rates of the sentence,
  /// when there are that many observations.
  func pairedBases(_ group: [NumberToken]) -> [ExtractedFigure]? {
    let rates = emitted.filter { $0.figure.unit == "%" && $0.figure.kind == .observation && $0.token.range.upperBound <= group[0].range.lowerBound }
    guard rates.count >= group.count else { return nil }
    return rates.suffix(group.count).map(\.figure)
  }

  /// 增长8.6%，高于年度预期目标2.1个百分点 (or 分别高于预期目标1.0和4.2个百分点): the gap to the
  /// plan, stated as `<code>_gap_vs_target`; the plan's own figure is not derived.
  mutating func readGapToTarget(_ group: [NumberToken], sign: Double) {
    let lastRate = emitted.last { $0.figure.unit == "%" && $0.figure.kind == .observation }
    guard let bases = group.count > 1 ? pairedBases(group) : lastRate.map({ [$0.figure] }) else { return }
    for (token, base) in zip(group, bases) {
      figures.append(stated(token, about: base, code: base.indicator + "_gap_vs_target", sign: sign))
    }
  }

  /// The other indicator's rate: 高技术产业产值增长25.9%，比全市规上工业总产值增速高7.9个百分点 → 18.0.
  mutating func deriveCompared(_ group: [NumberToken], concept: Concept, region: String?, sign: Double) {
    guard group.count == 1, let base = emitted.last(where: { $0.figure.unit == "%" })?.figure,
      base.kind == .observation, let code = concept.code(for: .growth)
    else { return }
    let token = group[0]
    var figure = base
    figure.indicator = code
    figure.review = !extractor.lexicon.catalogue.contains(code)
    figure.region = region ?? base.region
    figure.value = Self.rounded(base.value - sign * token.figure.value, like: [base.valueText, token.text])
    figure.valueText = Self.format(figure.value)
    figure.status = .derived
    figure.note = "\(base.valueText)\(sign > 0 ? "-" : "+")\(token.text)"
    guard figure.indicator != base.indicator || figure.region != base.region else { return }
    figures.append(figure)
  }

  mutating func deriveChange(_ group: [NumberToken], sign: Double, lead: Range<Int>) {
    // 出生率为3.73‰，比上年下降1.09个千分点: points of a ‰ rate change that rate.
    let rateUnit = group.first?.unit.hasSuffix("千分点") == true ? "‰" : "%"
    guard group.count == 1, let base = emitted.last(where: { $0.figure.unit == rateUnit })?.figure,
      base.kind == .observation, let previous = Self.yearBefore(base.period)
    else { return }
    let token = group[0]
    let value = Self.rounded(base.value - sign * token.figure.value, like: [base.valueText, token.text])
    figures.append(stated(token, about: base, code: base.indicator + "_change", sign: sign))
    var figure = base
    figure.period = previous
    if let bi = lastIndex(of: "比", in: lead) ?? lastIndex(of: "较", in: lead) {
      // 一季度…增长10.7%，比上年全年加快1.8个百分点: last year's whole-year rate.
      if ["上年全年", "去年全年"].contains(where: { NumberScanner.has(t, $0, at: bi + 1) }) {
        figure.period = .year(base.period.year - 1)
      } else if let m = markers.first(where: { $0.range.lowerBound == bi + 1 }), case .period(let w) = m.value {
        guard w != .year else { return }
        figure.period = Self.period(year: base.period.year, word: w)
        guard figure.period != base.period else { return }
      } else if let month = Self.monthNamed(t, at: bi + 1) {
        // 7月份…增速比6月提高9.1个百分点: June of the same year.
        figure.period = .month(base.period.year, month)
        guard figure.period != base.period else { return }
      }
    }
    figure.value = value
    figure.valueText = Self.format(value)
    figure.status = .derived
    figure.note = "\(base.valueText)\(sign > 0 ? "-" : "+")\(token.text)"
    figures.append(figure)
  }

  /// `6月` (also `6月份`) at `i`: the month.
  static func monthNamed(_ t: [Unicode.Scalar], at i: Int) -> Int? {
    let (digits, end) = NumberScanner.readNumber(t, from: i)
    guard let m = Int(digits), (1...12).contains(m), end < t.count, t[end] == "月" else { return nil }
    return m
  }

  /// The difference as the text states it (高于全省1.4个百分点 → +1.4 on `<code>_gap_vs_sichuan`),
  /// beside the figure derived from it.
  func stated(_ token: NumberToken, about base: ExtractedFigure, code: String, sign: Double) -> ExtractedFigure {
    var figure = base
    figure.indicator = code
    figure.review = !extractor.lexicon.catalogue.contains(code)
    figure.value = sign * token.figure.value
    figure.valueText = (sign < 0 ? "-" : "") + token.text
    figure.unit = token.unit
    figure.qualifier = token.figure.qualifier ?? .exact
    figure.status = base.status == .provisional ? .provisional : .normal
    figure.note = figure.review ? "not in the catalogue (原文「\(base.phrase)」): proposed code, review before import" : ""
    return figure
  }

  /// 增速与全省持平: the other region's rate equals this one's.
  mutating func readLevelWith() {
    var i = 0
    while i + 2 <= t.count {
      defer { i += 1 }
      guard NumberScanner.has(t, "持平", at: i) else { continue }
      var end = i
      for word in ["平均水平", "水平", "平均"] where NumberScanner.endsWith(t, word, before: end) { end -= word.unicodeScalars.count }
      guard let m = mentions.last(where: { $0.range.upperBound == end }), m.range.lowerBound > 0,
        "与和同跟".unicodeScalars.contains(t[m.range.lowerBound - 1]),
        let base = emitted.last(where: { $0.figure.unit == "%" && $0.token.range.upperBound <= i })?.figure,
        base.region != m.code, base.kind == .observation
      else { continue }
      var figure = base
      figure.region = m.code
      figure.status = .derived
      figure.note = "\(base.valueText) (持平)"
      figures.append(figure)
    }
  }

  /// 民营经济增加值32195.1亿元，占地区生产总值的比重为53.5%: the whole (GDP), from the part and its
  /// share. The part is the figure named before 占 in the clause, else the figure just before.
  mutating func deriveWhole(from share: ExtractedFigure, token: NumberToken, lead: Range<Int>) {
    guard share.value > 0, share.value < 100, let zhan = lastIndex(of: "占", in: lead) else { return }
    var k = zhan + 1
    if let m = mentions.first(where: { $0.range.lowerBound == k }) { k = m.range.upperBound }
    guard let whole = concepts.first(where: { $0.range.lowerBound == k }), let code = whole.value.codes[.level],
      let part = emitted.last(where: { !$0.token.isRank && $0.figure.unit != "%" && $0.token.range.upperBound <= lead.lowerBound + 1 }),
      part.figure.indicator != code, part.figure.region == share.region, part.figure.period == share.period,
      part.figure.kind == .observation
    else { return }
    if let named = concepts.last(where: { $0.range.lowerBound >= lead.lowerBound && $0.range.upperBound <= zhan }) {
      guard case .known(let c, _) = part.subject, c.key == named.value.key else { return }
    }
    var figure = part.figure
    figure.indicator = code
    figure.review = !extractor.lexicon.catalogue.contains(code)
    figure.phrase = text(whole.range)
    figure.value = Self.rounded(part.figure.value / (share.value / 100), decimals: Self.isCount(figure.unit) ? 0 : 2)
    figure.valueText = Self.format(figure.value)
    figure.status = .derived
    figure.note = "\(part.figure.valueText)/\(Self.format(share.value / 100))"
    figures.append(figure)
  }

  /// Units of things counted one by one: a total worked out from a share is a whole number.
  static func isCount(_ unit: String) -> Bool { ["家", "个", "户", "项", "人", "名", "件", "座", "所", "台", "辆"].contains(unit) }

  mutating func deriveTotal(from share: ExtractedFigure, subject: Subject, region: String) {
    guard share.value > 0, region != share.region,
      let base = emitted.last(where: { $0.figure.unit != "%" && $0.figure.region == share.region && !$0.token.isRank })?.figure
    else { return }
    let value = Self.rounded(base.value / (share.value / 100), decimals: Self.isCount(base.unit) ? 0 : 2)
    var figure = base
    figure.region = region
    figure.value = value
    figure.valueText = Self.format(value)
    figure.status = .derived
    figure.note = "\(base.valueText)/\(Self.format(share.value / 100))"
    figures.append(figure)
  }

  /// 常住人口487.7万人，比上年末增加0.6万人: the change as stated (`<code>_change`, as every
  /// annotator of the corpus writes it) and, when the change is in the level's unit, last year's level.
  mutating func deriveLevelBefore(_ group: [NumberToken], lead: Range<Int>) {
    guard group.count == 1, has("上年", in: lead) || has("去年", in: lead) || has("年初", in: lead),
      let base = emitted.last(where: { !$0.token.isRank && $0.figure.unit != "%" })?.figure,
      base.kind == .observation, let previous = Self.yearBefore(base.period)
    else { return }
    let token = group[0]
    let sign: Double = ["减少", "下降", "降低", "缩小", "少"].contains { has($0, in: lead) } ? -1 : 1
    // 万人 and 人 are both people: 比上年末增加6000人 is still the population's change.
    guard base.unit.unicodeScalars.last == token.unit.unicodeScalars.last else { return }
    figures.append(stated(token, about: base, code: base.indicator + "_change", sign: sign))
    guard base.unit == token.unit else { return }
    var figure = base
    figure.period = previous
    figure.value = Self.rounded(base.value - sign * token.figure.value, like: [base.valueText, token.text])
    figure.valueText = Self.format(figure.value)
    figure.status = .derived
    figure.note = "\(base.valueText)\(sign > 0 ? "-" : "+")\(token.text)"
    figures.append(figure)
  }

  /// 两年提升19位, 比上年上升4位 after a rank: the earlier rank.
  mutating func readRankChanges() {
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
        figure.period = .year(yearBeforeLast ? extractor.context.currentYear - 2 : y - years)
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
